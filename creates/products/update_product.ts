import { defineCreate } from '../../src/define';
import { productField, productFields, PRODUCT_KEYS, productOutput, productSample } from '../../src/areas/products';

type Raw = Record<string, any>;

/**
 * PUT /products/{productId} requires name, locationId and productType, and the spec does not say
 * whether a field left out is kept or cleared: the product is read first and every field this app
 * writes is sent, the changed ones with their new values.
 */
export default defineCreate({
  key: 'update_product',
  noun: 'Product',
  label: 'Update Product',
  description: "Updates a product's name, type, description or image.",
  endpoint: 'PUT /products/{productId}',
  scopes: ['products.readonly', 'products.write'],
  input: { productId: productField({ required: true }), ...productFields(false) },
  perform: async (ctx) => {
    const { productId: _p, ...changes } = ctx.input;
    const path = ctx.path('/products/{productId}');
    const current: Raw = (await ctx.request<Raw>({ method: 'GET', path, query: { locationId: ctx.locationId() } })).data ?? {};
    const body: Raw = { locationId: ctx.locationId() };
    for (const key of PRODUCT_KEYS) {
      const value = changes[key] ?? current[key];
      if (value !== undefined && value !== null) body[key] = value;
    }
    const res = await ctx.request({ method: 'PUT', path, body });
    return productOutput(res.data);
  },
  sample: productSample,
});
