import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import {
  APPOINTMENT_STATUSES,
  appointmentOutput,
  appointmentEventSample,
  appointmentScopeFields,
  APPOINTMENT_DAYS,
  eventOwnerQuery,
} from '../../src/areas/calendars';
import { changeId, listOf } from '../../src/output';

export default defineTrigger({
  key: 'appointment_status_changed',
  noun: 'Appointment',
  label: 'Appointment Status Changed',
  description: 'Triggers when an appointment gets a new status.',
  endpoint: 'GET /calendars/events',
  scopes: ['calendars/events.readonly'],
  input: {
    ...appointmentScopeFields,
    appointmentStatus: fields.choice('Status', APPOINTMENT_STATUSES, {
      helpText: 'Only when the appointment changes to this status. Leave empty for any status.',
    }),
  },
  query: (input, ctx) => eventOwnerQuery(input, ctx, 'Appointment Status Changed', APPOINTMENT_DAYS),
  // GHL has no status filter or change date here: filter on our side, and make one id per
  // appointment and status so each status change fires once.
  result: (data, { appointmentStatus }) =>
    listOf(data, 'events')
      .filter((e) => !appointmentStatus || e.appointmentStatus === appointmentStatus)
      .map((e) => ({ ...appointmentOutput(e), id: changeId(e.id, e.appointmentStatus) })),
  newestFirst: 'dateUpdated',
  sample: { ...appointmentEventSample, id: 'YS3jaqqeehkR2Is80miy:confirmed', appointmentId: 'YS3jaqqeehkR2Is80miy' },
});
