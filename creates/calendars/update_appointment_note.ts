import { defineCreate } from '../../src/define';
import { appointmentIdField, eventCalendarField, noteFields, noteSample } from '../../src/areas/calendars';
import { compact, fields } from '../../src/fields';

export default defineCreate({
  key: 'update_appointment_note',
  noun: 'Appointment Note',
  label: 'Update Appointment Note',
  description: 'Replaces the text of a note on an appointment.',
  // GHL's spec has {noteId} in the path but does not declare it as a parameter; it is the note's id.
  endpoint: 'PUT /calendars/appointments/{appointmentId}/notes/{noteId}',
  scopes: ['calendars/events.write'],
  input: {
    eventCalendarId: eventCalendarField(),
    appointmentId: appointmentIdField({ required: true }),
    noteId: fields.id('Note', {
      required: true,
      dynamic: 'list_appointment_notes.id.body',
      dependsOn: ['appointmentId'],
      helpText: "Choose one of the appointment's notes, or map a note ID from an earlier step.",
    }),
    ...noteFields,
    body: fields.text('Note Text', { required: true, helpText: "Replaces the note's whole text." }),
  },
  body: ({ body, userId }) => compact({ body, userId }),
  result: 'note',
  sample: noteSample,
});
