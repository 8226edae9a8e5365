import { defineCreate } from '../../src/define';
import { compact } from '../../src/fields';
import { appointmentIdField, blockSlotFields, eventCalendarField, blockSlotOwner, blockSlotSample } from '../../src/areas/calendars';

export default defineCreate({
  key: 'update_block_slot',
  noun: 'Blocked Slot',
  label: 'Update Blocked Slot',
  description: 'Changes the time or title of a blocked slot.',
  endpoint: 'PUT /calendars/events/block-slots/{eventId}',
  scopes: ['calendars/events.write'],
  input: {
    eventCalendarId: eventCalendarField('blocked slots'),
    eventId: appointmentIdField({
      label: 'Blocked Slot',
      dynamic: 'list_calendar_blocked_slots.id.label',
      helpText: "Choose one of the calendar's blocked slots, or map a blocked slot ID from an earlier step, e.g. New Blocked Slot.",
      required: true,
    }),
    ...blockSlotFields,
  },
  // As on create: a calendar OR a user, never both, although the schema marks calendarId required.
  body: (input, ctx) =>
    compact({
      ...blockSlotOwner(input, ctx, 'Update Blocked Slot'),
      locationId: ctx.locationId(),
      title: input.title,
      startTime: input.startTime,
      endTime: input.endTime,
    }),
  sample: blockSlotSample,
});
