import { defineTrigger } from '../../src/define';
import { productOutput, productSample } from '../../src/areas/products';

export default defineTrigger({
  key: 'new_product',
  noun: 'Product',
  label: 'New Product',
  description: 'Triggers when a product is added.',
  endpoint: 'GET /products/',
  scopes: ['products.readonly'],
  // sortOrder sorts by date (the spec): each poll reads the 100 newest products.
  query: (_input, ctx) => ({ locationId: ctx.locationId(), limit: 100, offset: 0, sortOrder: 'desc' }),
  result: (data) => (Array.isArray(data?.products) ? data.products : []).map(productOutput),
  newestFirst: 'createdAt',
  sample: productSample,
});
