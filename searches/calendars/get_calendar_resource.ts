import { defineSearch } from '../../src/define';
import { resourceIdFields, resourceSample } from '../../src/areas/calendars';

export default defineSearch({
  key: 'get_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Find Calendar Resource',
  description: 'Finds a room or piece of equipment by its ID.',
  endpoint: 'GET /calendars/resources/{resourceType}/{id}',
  scopes: ['calendars/resources.readonly'],
  input: {
    ...resourceIdFields(),
  },
  // The resource is the whole answer. GHL's schema declares no id field, yet records carry one
  // (`_id` or `id`): read `_id`, falling back to `id`.
  result: (data) => data,
  idField: '_id',
  sample: resourceSample,
});
