import { defineSearch } from '../../src/define';
import { calendarField, flattenSlots, freeSlotSample, requiredDatetime } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineSearch({
  key: 'get_free_slots',
  noun: 'Free Slot',
  label: 'Find Free Slots',
  description: "Finds a calendar's free booking slots between two dates.",
  endpoint: 'GET /calendars/{calendarId}/free-slots',
  scopes: ['calendars.readonly'],
  input: {
    calendarId: calendarField({ required: true }),
    startDate: requiredDatetime('From', { as: 'epochMs', helpText: 'Start of the search, e.g. "today" or 2026-03-01.' }),
    endDate: requiredDatetime('Until', { as: 'epochMs', helpText: 'End of the search; at most 31 days after the start.' }),
    timezone: fields.string('Time Zone', {
      helpText: "IANA name the slots are given in, e.g. America/New_York. Default: the Zap's time zone.",
    }),
    userId: fields.user({ helpText: 'Only slots when this team member is free.' }),
    userIds: fields.users({ helpText: 'Only slots when these team members are free.' }),
    slotMinutes: fields.number('Slot Length (Minutes)', {
      integer: true,
      min: 1,
      helpText: "The calendar's slot duration. Give it to get each slot's end time; GHL only returns start times.",
    }),
  },
  query: ({ startDate, endDate, timezone, userId, userIds }, ctx) => ({
    startDate,
    endDate,
    timezone: timezone ?? ctx.timezone ?? undefined,
    userId,
    userIds,
  }),
  result: (data, { slotMinutes }) => flattenSlots(data, slotMinutes),
  sample: freeSlotSample,
});
