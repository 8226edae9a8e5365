import { defineCreate } from '../../src/define';
import { priceBody, priceFields, priceOutput, priceSample, productField } from '../../src/areas/products';

export default defineCreate({
  key: 'create_price',
  noun: 'Price',
  label: 'Create Price',
  description: 'Adds a price to a product.',
  endpoint: 'POST /products/{productId}/price',
  scopes: ['products/prices.write'],
  input: {
    productId: productField({ required: true }),
    ...priceFields(true),
  },
  body: (input, ctx) => priceBody(input, 'Standard', ctx, 'Create Price'),
  result: (data) => priceOutput(data),
  sample: priceSample,
});
