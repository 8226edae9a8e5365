import { defineTrigger } from '../../src/define';

export default defineTrigger({
  key: 'list_blog_authors',
  noun: 'Blog Author',
  label: 'New Blog Author',
  description: 'Triggers when a blog author is added to the location.',
  endpoint: 'GET /blogs/authors',
  scopes: ['blogs/author.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: 'authors',
  idField: '_id',
  newestFirst: 'updatedAt',
  paging: { style: 'offset', size: 100 },
  sample: {
    _id: '659ec9634a3796e4e47cc360',
    id: '659ec9634a3796e4e47cc360',
    name: 'Dr. Rosie Knight',
    locationId: 've9EPM428h8vShlRW1KT',
    canonicalLink: 'https://blog.knightdental.example.com/author/rosie-knight',
    updatedAt: '2026-01-03T11:06:35.822Z',
  },
});
