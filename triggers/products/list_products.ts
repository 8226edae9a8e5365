import { defineTrigger } from '../../src/define';
import { productOutput, productSample } from '../../src/areas/products';

export default defineTrigger({
  key: 'list_products',
  noun: 'Product',
  label: 'List Products',
  description: 'Lists the products of the location for the Product dropdown.',
  hidden: true,
  endpoint: 'GET /products/',
  scopes: ['products.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId(), sortOrder: 'desc' }),
  result: (data) => (Array.isArray(data?.products) ? data.products : []).map(productOutput),
  paging: { style: 'offset', size: 100 },
  // A dropdown's sample needs only its value and label: every object here is copied per invocation.
  sample: { id: productSample.id, name: productSample.name },
});
