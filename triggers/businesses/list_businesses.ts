import { defineTrigger } from '../../src/define';
import { businessSample } from '../../src/areas/businesses';

export default defineTrigger({
  key: 'list_businesses',
  noun: 'Business',
  label: 'New Business',
  description: 'Triggers when a business is added to the location.',
  endpoint: 'GET /businesses/',
  scopes: ['businesses.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: 'businesses',
  // GHL cannot sort this list; the page is put newest first here.
  newestFirst: 'createdAt',
  paging: { style: 'skip', size: 100 },
  sample: businessSample,
});
