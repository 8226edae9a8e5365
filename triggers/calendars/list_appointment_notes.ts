import { defineTrigger } from '../../src/define';
import { appointmentIdField, eventCalendarField, noteSample } from '../../src/areas/calendars';

export default defineTrigger({
  key: 'list_appointment_notes',
  noun: 'Appointment Note',
  label: 'New Appointment Note',
  description: 'Triggers when a note is added to an appointment.',
  endpoint: 'GET /calendars/appointments/{appointmentId}/notes',
  scopes: ['calendars/events.readonly'],
  input: { eventCalendarId: eventCalendarField(), appointmentId: appointmentIdField({ required: true }) },
  // GHL allows at most 20 notes per page.
  paging: { style: 'offset', size: 20 },
  result: 'notes',
  newestFirst: 'dateAdded',
  sample: noteSample,
});
