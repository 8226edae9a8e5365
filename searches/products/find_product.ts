import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { productOutput, productSample } from '../../src/areas/products';

const sameName = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

export default defineSearch({
  key: 'find_product',
  noun: 'Product',
  label: 'Find Product',
  description: 'Finds a product by its name.',
  endpoint: 'GET /products/',
  scopes: ['products.readonly'],
  input: {
    name: fields.string('Product Name', {
      required: true,
      helpText: 'The name to look for; matched whole and ignoring case unless you allow partial matches.',
    }),
    partialName: fields.boolean('Allow Partial Name Matches', {
      helpText: 'Yes also returns products whose name merely contains the text (GHL search). Default: exact names only.',
    }),
  },
  query: ({ name }, ctx) => ({ locationId: ctx.locationId(), search: name, limit: 100, sortOrder: 'desc' }),
  result: (data, { name, partialName }) =>
    (Array.isArray(data?.products) ? data.products : [])
      .filter((p: { name?: unknown }) => partialName || sameName(p.name, name ?? ''))
      .map(productOutput),
  sample: productSample,
});
