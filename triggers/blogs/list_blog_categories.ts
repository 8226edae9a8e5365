import { defineTrigger } from '../../src/define';

export default defineTrigger({
  key: 'list_blog_categories',
  noun: 'Blog Category',
  label: 'New Blog Category',
  description: 'Triggers when a blog category is added to the location.',
  endpoint: 'GET /blogs/categories',
  scopes: ['blogs/category.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: 'categories',
  idField: '_id',
  newestFirst: 'updatedAt',
  paging: { style: 'offset', size: 100 },
  sample: {
    _id: '659ecabc4a37969a2b7cc370',
    id: '659ecabc4a37969a2b7cc370',
    label: 'Oral Health',
    urlSlug: 'oral-health',
    locationId: 've9EPM428h8vShlRW1KT',
    canonicalLink: 'https://blog.knightdental.example.com/category/oral-health',
    updatedAt: '2026-01-03T11:06:35.822Z',
  },
});
