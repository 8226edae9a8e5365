import { defineCreate } from '../../src/define';
import { appointmentFields, appointmentIdField, appointmentSample, calendarField, eventCalendarField } from '../../src/areas/calendars';
import { compact, fields } from '../../src/fields';

export default defineCreate({
  key: 'update_appointment',
  noun: 'Appointment',
  label: 'Update Appointment',
  description: 'Updates an appointment; fields left empty keep their value.',
  endpoint: 'PUT /calendars/events/appointments/{eventId}',
  scopes: ['calendars/events.write'],
  input: {
    eventCalendarId: eventCalendarField(),
    eventId: appointmentIdField({
      required: true,
      helpText:
        "The appointment to change: choose one of the calendar's appointments, or map it from the step that found or created it. For a recurring series, give its master event ID to change every occurrence.",
    }),
    calendarId: calendarField({ helpText: 'Move the appointment to this calendar.' }),
    startTime: fields.datetime('Start Time', { as: 'iso', helpText: "New start. Read in the Zap's time zone unless it has an offset." }),
    endTime: fields.datetime('End Time', { as: 'iso' }),
    ...appointmentFields,
  },
  body: ({ eventId: _id, eventCalendarId: _calendar, ...input }) => compact(input),
  sample: appointmentSample,
});
