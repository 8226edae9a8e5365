import { defineTrigger } from '../../src/define';
import { calendarField, choiceWindow, eventLabel } from '../../src/areas/calendars';

// Fills the Appointment dropdowns: the appointments of the calendar the step chose above them.
export default defineTrigger({
  key: 'list_calendar_appointments',
  noun: 'Appointment',
  label: 'List Appointments of Calendar',
  description: "Lists a calendar's appointments for the Appointment dropdowns.",
  endpoint: 'GET /calendars/events',
  scopes: ['calendars/events.readonly'],
  hidden: true,
  input: { eventCalendarId: calendarField({ required: true }) },
  query: ({ eventCalendarId }, ctx) => ({ locationId: ctx.locationId(), calendarId: eventCalendarId, ...choiceWindow() }),
  // GHL takes a window and does not page; newest first, so the next appointments come first.
  result: (data) => (Array.isArray(data?.events) ? data.events : []).map((e: any) => ({ ...e, label: eventLabel(e) })),
  newestFirst: 'startTime',
  sample: { id: 'ocWd2wuBGAQzh2cH1fSZ', label: 'Intro Call with Rosie Knight · 2026-03-02 10:00', startTime: '2026-03-02T10:00:00-05:00' },
});
