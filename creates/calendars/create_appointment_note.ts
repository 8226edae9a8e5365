import { defineCreate } from '../../src/define';
import { compact } from '../../src/fields';
import { appointmentIdField, eventCalendarField, noteFields, noteSample } from '../../src/areas/calendars';

export default defineCreate({
  key: 'create_appointment_note',
  noun: 'Appointment Note',
  label: 'Add Note to Appointment',
  description: 'Adds a note to an appointment.',
  endpoint: 'POST /calendars/appointments/{appointmentId}/notes',
  scopes: ['calendars/events.write'],
  input: { eventCalendarId: eventCalendarField(), appointmentId: appointmentIdField({ required: true }), ...noteFields },
  body: ({ body, userId }) => compact({ body, userId }),
  result: 'note',
  sample: noteSample,
});
