import { defineCreate } from '../../src/define';
import { appointmentIdField, eventCalendarField } from '../../src/areas/calendars';

export default defineCreate({
  key: 'delete_calendar_event',
  noun: 'Calendar Event',
  label: 'Delete Appointment or Blocked Slot',
  description: 'Deletes a calendar event: an appointment or a blocked slot.',
  endpoint: 'DELETE /calendars/events/{eventId}',
  scopes: ['calendars/events.write'],
  input: {
    eventCalendarId: eventCalendarField(),
    eventId: appointmentIdField({
      label: 'Appointment or Blocked Slot',
      helpText:
        "Choose one of the calendar's appointments, or map the ID of an appointment or blocked slot from the step that found or created it.",
      required: true,
    }),
  },
  // GHL's DELETE requires a JSON body; its schema is an empty object, so we send {}.
  body: () => ({}),
  result: (data, { eventId }) => ({ id: eventId, succeeded: data.succeeded ?? true }),
  sample: { id: 'ocWd2wuBGAQzh2cH1fSZ', succeeded: true },
});
