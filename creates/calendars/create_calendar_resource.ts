import { defineCreate } from '../../src/define';
import { resourceFields, resourceSample, resourceTypeField } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'create_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Create Calendar Resource',
  description: 'Adds equipment or a room that service calendars can book.',
  endpoint: 'POST /calendars/resources/{resourceType}',
  scopes: ['calendars/resources.write'],
  input: {
    resourceType: resourceTypeField({ required: true }),
    ...resourceFields,
    name: fields.string('Name', { required: true, helpText: 'The room or equipment name, e.g. Room 1.' }),
    description: fields.text('Description', { required: true, helpText: 'What the room or equipment is, shown to your team.' }),
  },
  // GHL's schema marks every field required for both kinds (quantity and outOfService for
  // equipment, capacity for rooms, calendarIds): the ones not given are sent as 0 or [].
  body: ({ resourceType: _t, ...input }, ctx) => ({
    locationId: ctx.locationId(),
    name: input.name,
    description: input.description,
    quantity: input.quantity ?? 0,
    outOfService: input.outOfService ?? 0,
    capacity: input.capacity ?? 0,
    calendarIds: input.calendarIds ?? [],
  }),
  // The answer is the resource itself. Its schema declares no id field, yet GHL returns one
  // (`_id` or `id`): read `_id`, falling back to `id`.
  idField: '_id',
  sample: resourceSample,
});
