import { defineInstantTrigger } from '../../src/instant';
import { appointmentCalendarFilter, appointmentInstantSample, appointmentOutput, sampleAppointments } from '../../src/areas/calendars';
import { listOf } from '../../src/output';

export default defineInstantTrigger({
  key: 'appointment_created_instant',
  noun: 'Appointment',
  label: 'New Appointment (Instant)',
  description: 'Triggers when an appointment is booked, instantly.',
  event: 'AppointmentCreate',
  scopes: ['calendars/events.readonly'],
  input: appointmentCalendarFilter,
  filters: ({ calendarId }) => ({ calendarId }),
  // GHL nests the appointment in the event (`appointment`).
  output: (data) => appointmentOutput({ locationId: data.locationId, ...(data.appointment ?? {}) }),
  // Samples: the calendar's appointments from yesterday on, as New Appointment polls them.
  list: {
    endpoint: 'GET /calendars/events',
    perform: (ctx) => sampleAppointments(ctx, 'New Appointment (Instant)'),
    result: (data) => listOf(data, 'events').map(appointmentOutput),
    newestFirst: 'dateAdded',
  },
  sample: appointmentInstantSample,
});
