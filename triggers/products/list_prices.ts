import { defineTrigger } from '../../src/define';
import { priceOutput, priceSample, productField } from '../../src/areas/products';

export default defineTrigger({
  key: 'list_prices',
  noun: 'Price',
  label: 'List Prices',
  description: "Lists a product's prices for the Price dropdown.",
  hidden: true,
  endpoint: 'GET /products/{productId}/price',
  scopes: ['products/prices.readonly'],
  input: { productId: productField({ required: true }) },
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: (data) =>
    (Array.isArray(data?.prices) ? data.prices : []).map((raw: unknown) => {
      const price = priceOutput(raw);
      return { ...price, name: `${price.name ?? 'Price'} (${price.currency ?? ''} ${price.amount ?? ''})` };
    }),
  paging: { style: 'offset', size: 100 },
  // A dropdown's sample needs only its value and label: every object here is copied per invocation.
  sample: { id: priceSample.id, name: 'Standard (USD 49.99)' },
});
