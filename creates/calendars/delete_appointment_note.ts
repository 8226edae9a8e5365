import { defineCreate } from '../../src/define';
import { appointmentIdField, eventCalendarField } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'delete_appointment_note',
  noun: 'Appointment Note',
  label: 'Delete Appointment Note',
  description: 'Deletes a note from an appointment.',
  // GHL's spec has {noteId} in the path but does not declare it as a parameter; it is the note's id.
  endpoint: 'DELETE /calendars/appointments/{appointmentId}/notes/{noteId}',
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
  },
  result: (data, { noteId }) => ({ id: noteId, success: data.success ?? true }),
  sample: { id: 'HGPcayliwcdoUFzvbTok', success: true },
});
