import { defineTrigger } from '../../src/define';
import { associationSample, associationList } from '../../src/areas/associations';

export default defineTrigger({
  key: 'list_associations',
  noun: 'Association',
  label: 'New Association',
  description: 'Triggers when an association is added to the location.',
  endpoint: 'GET /associations/',
  scopes: ['associations.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  // Undocumented list key: read `associations`, `data` or a bare array (see associationList).
  result: (data) => associationList(data, 'associations'),
  paging: { style: 'skip', size: 100 },
  sample: associationSample,
});
