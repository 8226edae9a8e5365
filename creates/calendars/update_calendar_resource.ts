import { defineCreate } from '../../src/define';
import { resourceFields, resourceIdFields, resourceSample } from '../../src/areas/calendars';
import { compact, fields } from '../../src/fields';

export default defineCreate({
  key: 'update_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Update Calendar Resource',
  description: 'Updates a room or equipment; fields left empty keep their value.',
  endpoint: 'PUT /calendars/resources/{resourceType}/{id}',
  scopes: ['calendars/resources.write'],
  input: {
    ...resourceIdFields(),
    ...resourceFields,
    isActive: fields.boolean('Active', { helpText: 'No takes the room or equipment out of booking.' }),
  },
  body: ({ resourceType: _t, id: _id, ...input }, ctx) => compact({ locationId: ctx.locationId(), ...input }),
  // The answer is the resource without an id field in GHL's schema: `_id`, else `id`, else ours.
  result: (data, { id }) => ({ id, ...data }),
  idField: '_id',
  sample: resourceSample,
});
