import { defineSearch } from '../../src/define';
import { resourceSample, resourceTypeField } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineSearch({
  key: 'get_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Find Calendar Resource',
  description: 'Finds a room or piece of equipment by its ID.',
  endpoint: 'GET /calendars/resources/{resourceType}/{id}',
  scopes: ['calendars/resources.readonly'],
  input: {
    resourceType: resourceTypeField({ required: true }),
    id: fields.id('Resource', {
      required: true,
      dynamic: 'list_calendar_resources.id.name',
      helpText: 'A room or equipment of the chosen type.',
    }),
  },
  // The resource is the whole answer. GHL's schema declares no id field, yet records carry one
  // (`_id` or `id`): read `_id`, falling back to `id`.
  result: (data) => data,
  idField: '_id',
  sample: resourceSample,
});
