import { defineCreate } from '../../src/define';
import { compact } from '../../src/fields';
import { errorParts } from '../../src/areas/payments';
import { priceBody, priceFields, priceOutput, productFields, productOutput, productSample, priceSample } from '../../src/areas/products';

/**
 * Two writes: the product, then its first price (POST /products/{productId}/price). Should the
 * price fail, the product exists already: the error says so and names its id, so the user adds
 * the price with Create Price instead of running the step again (which would make a second product).
 */
export default defineCreate({
  key: 'create_product',
  noun: 'Product',
  label: 'Create Product',
  description: 'Creates a product, with its first price.',
  endpoint: 'POST /products/',
  scopes: ['products.write', 'products/prices.write'],
  input: { ...productFields(true), ...priceFields(false) },
  perform: async (ctx) => {
    const { amount, currency, priceName, priceType, interval, intervalCount, ...product } = ctx.input;
    const price = { amount, currency, priceName, priceType, interval, intervalCount };
    // Checked before the product is created, so a bad price never leaves a product behind.
    const body = amount === undefined ? undefined : priceBody(price, product.name ?? '', ctx, 'Create Product');
    const res = await ctx.request({ method: 'POST', path: '/products/', body: compact({ ...product, locationId: ctx.locationId() }) });
    const created = productOutput(res.data);
    if (!body) return created;
    try {
      const priced = await ctx.request({ method: 'POST', path: ctx.path('/products/{productId}/price', { productId: created.id }), body });
      return { ...created, price: priceOutput(priced.data) };
    } catch (err) {
      const { message, status } = errorParts(err);
      throw new ctx.z.errors.Error(
        `The product "${created.name ?? product.name}" was created (ID ${created.id}), but adding its price failed: ${message.replace(/\.$/, '')}. Check the product's prices in GHL and, if the price is missing, add it with the Create Price step (product ${created.id}); running this step again would create a second product.`,
        'GHL_PRICE_AFTER_PRODUCT',
        status ?? 502,
      );
    }
  },
  sample: { ...productSample, price: priceSample },
});
