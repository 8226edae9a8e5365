import { defineInstantTrigger } from '../../src/instant';
import { appointmentCalendarFilter, appointmentInstantSample, appointmentOutput, sampleAppointments } from '../../src/areas/calendars';
import { listOf } from '../../src/output';

export default defineInstantTrigger({
  key: 'appointment_updated_instant',
  noun: 'Appointment',
  label: 'Updated Appointment (Instant)',
  description: 'Triggers when an appointment is changed, instantly.',
  event: 'AppointmentUpdate',
  scopes: ['calendars/events.readonly'],
  input: appointmentCalendarFilter,
  filters: ({ calendarId }) => ({ calendarId }),
  // GHL nests the appointment in the event (`appointment`).
  output: (data) => appointmentOutput({ locationId: data.locationId, ...(data.appointment ?? {}) }),
  // Samples: the calendar's appointments from yesterday on, as New Appointment polls them.
  list: {
    endpoint: 'GET /calendars/events',
    perform: (ctx) => sampleAppointments(ctx, 'Updated Appointment (Instant)'),
    result: (data) => listOf(data, 'events').map(appointmentOutput),
    newestFirst: 'dateUpdated',
  },
  sample: appointmentInstantSample,
});
