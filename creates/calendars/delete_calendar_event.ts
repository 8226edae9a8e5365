import { defineCreate } from '../../src/define';
import { appointmentIdField } from '../../src/areas/calendars';

export default defineCreate({
  key: 'delete_calendar_event',
  noun: 'Calendar Event',
  label: 'Delete Appointment or Blocked Slot',
  description: 'Deletes a calendar event: an appointment or a blocked slot.',
  endpoint: 'DELETE /calendars/events/{eventId}',
  scopes: ['calendars/events.write'],
  input: {
    eventId: appointmentIdField({
      label: 'Event ID',
      helpText: 'Map it from the step that found or created the appointment or blocked slot.',
      required: true,
    }),
  },
  // GHL's DELETE requires a JSON body; its schema is an empty object, so we send {}.
  body: () => ({}),
  result: (data, { eventId }) => ({ id: eventId, succeeded: data.succeeded ?? true }),
  sample: { id: 'ocWd2wuBGAQzh2cH1fSZ', succeeded: true },
});
