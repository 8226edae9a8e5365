import { defineTrigger } from '../../src/define';
import { calendarField, choiceWindow, eventLabel } from '../../src/areas/calendars';

// Fills the Blocked Slot dropdown: the blocked slots of the calendar the step chose above it.
export default defineTrigger({
  key: 'list_calendar_blocked_slots',
  noun: 'Blocked Slot',
  label: 'List Blocked Slots of Calendar',
  description: "Lists a calendar's blocked slots for the Blocked Slot dropdown.",
  endpoint: 'GET /calendars/blocked-slots',
  scopes: ['calendars/events.readonly'],
  hidden: true,
  input: { eventCalendarId: calendarField({ required: true }) },
  query: ({ eventCalendarId }, ctx) => ({ locationId: ctx.locationId(), calendarId: eventCalendarId, ...choiceWindow() }),
  result: (data) => (Array.isArray(data?.events) ? data.events : []).map((e: any) => ({ ...e, label: eventLabel(e) })),
  newestFirst: 'startTime',
  sample: { id: 'bLkSlOt7Yh2mQ9xP4rT1', label: 'Lunch break · 2026-03-02 12:00', startTime: '2026-03-02T12:00:00-05:00' },
});
