import { defineSearch } from '../../src/define';
import { appointmentIdField, eventSample } from '../../src/areas/calendars';

export default defineSearch({
  key: 'get_appointment',
  noun: 'Appointment',
  label: 'Get Appointment by ID',
  description: 'Gets an appointment (its time, status, contact and assigned user) by its ID.',
  endpoint: 'GET /calendars/events/appointments/{eventId}',
  scopes: ['calendars/events.readonly'],
  input: { eventId: appointmentIdField({ required: true }) },
  result: 'event',
  sample: eventSample,
});
