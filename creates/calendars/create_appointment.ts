import { defineCreate } from '../../src/define';
import { appointmentFields, appointmentSample, calendarField, requiredDatetime } from '../../src/areas/calendars';
import { compact, fields } from '../../src/fields';

export default defineCreate({
  key: 'create_appointment',
  noun: 'Appointment',
  label: 'Create Appointment',
  description: 'Books an appointment for a contact on a calendar.',
  endpoint: 'POST /calendars/events/appointments',
  scopes: ['calendars/events.write'],
  input: {
    calendarId: calendarField({ required: true }),
    contactId: fields.contact({ required: true }),
    startTime: requiredDatetime('Start Time', { as: 'iso', helpText: "Read in the Zap's time zone unless it has an offset." }),
    endTime: fields.datetime('End Time', { as: 'iso', helpText: "Default: start time plus the calendar's slot duration." }),
    ...appointmentFields,
  },
  body: (input, ctx) => compact({ locationId: ctx.locationId(), ...input }),
  // GHL answers with the appointment itself, not wrapped.
  sample: appointmentSample,
});
