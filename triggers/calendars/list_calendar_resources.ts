import { defineTrigger } from '../../src/define';
import { resourceSample, resourceTypeField } from '../../src/areas/calendars';

export default defineTrigger({
  key: 'list_calendar_resources',
  noun: 'Calendar Resource',
  label: 'New Calendar Resource',
  description: 'Triggers when equipment or a room is added to the location.',
  endpoint: 'GET /calendars/resources/{resourceType}',
  scopes: ['calendars/resources.readonly'],
  input: { resourceType: resourceTypeField({ required: true }) },
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  paging: { style: 'skip' },
  // GHL answers with a bare array. Its schema declares no id field, yet records carry one
  // (`_id` or `id`): read `_id`, falling back to `id`.
  result: (data) => (Array.isArray(data) ? data : []),
  idField: '_id',
  sample: resourceSample,
});
