import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { blogSample } from '../../src/areas/blogs';

export default defineTrigger({
  key: 'list_blogs',
  noun: 'Blog',
  label: 'New Blog',
  description: 'Triggers when a blog is added to the location.',
  endpoint: 'GET /blogs/site/all',
  scopes: ['blogs/list.readonly'],
  input: { searchTerm: fields.string('Name Contains', { helpText: 'Only blogs whose name contains this text.' }) },
  query: ({ searchTerm }, ctx) => ({ locationId: ctx.locationId(), searchTerm }),
  result: 'data',
  idField: '_id',
  paging: { style: 'skip', size: 100 },
  sample: blogSample,
});
