import { defineSearch } from '../../src/define';
import { appointmentIdField, eventCalendarField, eventSample } from '../../src/areas/calendars';

export default defineSearch({
  key: 'get_appointment',
  noun: 'Appointment',
  label: 'Find Appointment',
  description: 'Finds an appointment by its ID.',
  endpoint: 'GET /calendars/events/appointments/{eventId}',
  scopes: ['calendars/events.readonly'],
  input: { eventCalendarId: eventCalendarField(), eventId: appointmentIdField({ required: true }) },
  result: 'event',
  sample: eventSample,
});
