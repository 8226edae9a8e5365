import { defineTrigger } from '../../src/define';
import { appointmentEventSample, appointmentScopeFields, APPOINTMENT_DAYS, eventOwnerQuery } from '../../src/areas/calendars';
import { listOf } from '../../src/output';

export default defineTrigger({
  key: 'new_appointment',
  noun: 'Appointment',
  label: 'New Appointment',
  description: 'Triggers when an appointment is booked on a calendar.',
  endpoint: 'GET /calendars/events',
  scopes: ['calendars/events.readonly'],
  input: appointmentScopeFields,
  // The window (epoch ms, now - 1 day .. now + 60 days) is the only limit this endpoint has.
  query: (input, ctx) => eventOwnerQuery(input, ctx, 'New Appointment', APPOINTMENT_DAYS),
  result: (data) => listOf(data, 'events'),
  // GHL sends the window's events by start time; the newest bookings go first.
  newestFirst: 'dateAdded',
  sample: appointmentEventSample,
});
