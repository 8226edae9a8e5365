/** Events: appointments (booked in free slots), the events of a calendar, user or group. */
import { badRequest, unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row, State } from '../../lib/types';
import { clone, fullName, getOr404, nowIso, requireFields, sortBy } from '../../lib/util';
import { durationMs, freeSlots } from './slots';
import { enumsIn, reject } from './validate';

const ENUMS = {
  appointmentStatus: ['new', 'confirmed', 'cancelled', 'showed', 'noshow', 'invalid'],
  meetingLocationType: ['custom', 'zoom', 'gmeet', 'phone', 'address', 'ms_teams', 'google'],
} as const;

/**
 * The events of a calendar, user or group in a window of epoch milliseconds, oldest first: the
 * appointments, or the block slots (GET /calendars/events and GET /calendars/blocked-slots).
 */
export const eventsInWindow = (state: State, query: Row, blockSlots: boolean) => {
  requireFields(query, ['locationId', 'startTime', 'endTime']);
  if (!query.calendarId && !query.userId && !query.groupId) throw unprocessable('Either of calendarId, userId or groupId is required');
  const from = Number(query.startTime);
  const to = Number(query.endTime);
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw unprocessable('startTime and endTime must be epoch milliseconds');
  const events = state.events.filter(
    (e) =>
      Boolean(e.isBlockSlot) === blockSlots &&
      e.locationId === query.locationId &&
      (!query.calendarId || e.calendarId === query.calendarId) &&
      (!query.userId || e.assignedUserId === query.userId) &&
      (!query.groupId || state.calendars.find((c) => c.id === e.calendarId)?.groupId === query.groupId) &&
      Date.parse(e.startTime) < to &&
      Date.parse(e.endTime) > from,
  );
  return sortBy(events, 'startTime', 'asc');
};

export default (r: Router) => {
  r.get('/calendars/events', ({ state, query }) => ({ events: clone(eventsInWindow(state, query, false)) }));
  r.get('/calendars/events/appointments/:eventId', ({ state, params }) => ({
    event: clone(getOr404(state.events, params.eventId, 'Event')),
  }));
  const APPT_FIELDS = [
    'title',
    'appointmentStatus',
    'assignedUserId',
    'description',
    'address',
    'meetingLocationType',
    'meetingLocationId',
    'rrule',
    'contactId',
    'calendarId',
  ];
  const appointmentTimes = (state: State, calendar: Row, body: Row, exceptId?: string) => {
    const start = Date.parse(body.startTime);
    if (Number.isNaN(start)) throw unprocessable('startTime must be a valid ISO 8601 date string');
    const end = body.endTime ? Date.parse(body.endTime) : start + durationMs(calendar, 'slotDuration');
    if (Number.isNaN(end) || end <= start) throw unprocessable('endTime must be a valid ISO 8601 date string after startTime');
    if (!body.ignoreFreeSlotValidation) {
      const others = { ...state, events: state.events.filter((e) => e.id !== exceptId) };
      const day = freeSlots(others, calendar, start, start + 1, 'UTC', undefined);
      const ok = Object.values(day).some((d) => d.slots.some((s) => Date.parse(s) === start));
      if (!ok) throw badRequest('The slot you have selected is no longer available.');
    }
    return { startTime: new Date(start).toISOString(), endTime: new Date(end).toISOString() };
  };
  r.post('/calendars/events/appointments', ({ state, body, emit }) => {
    requireFields(body, ['calendarId', 'locationId', 'contactId', 'startTime']);
    reject(enumsIn(body, ENUMS));
    const calendar = state.calendars.find((c) => c.id === body.calendarId);
    if (!calendar) throw badRequest('Calendar not found');
    const contact = state.contacts.find((c) => c.id === body.contactId);
    if (!contact) throw badRequest('Contact not found');
    const times = appointmentTimes(state, calendar, body);
    const at = nowIso();
    const event: Row = {
      id: state.nextId(),
      locationId: body.locationId,
      calendarId: calendar.id,
      groupId: calendar.groupId ?? '',
      title: body.title ?? `${calendar.name} - ${fullName(contact)}`,
      appointmentStatus: body.appointmentStatus ?? 'confirmed',
      assignedUserId: body.assignedUserId ?? calendar.teamMembers[0]?.userId ?? null,
      address: body.address ?? '',
      // An address without a type is a custom location.
      meetingLocationType: body.meetingLocationType ?? (body.address ? 'custom' : 'default'),
      isRecurring: Boolean(body.rrule),
      rrule: body.rrule ?? undefined,
      users: [],
      notes: '',
      dateAdded: at,
      dateUpdated: at,
    };
    for (const f of APPT_FIELDS) if (body[f] !== undefined) event[f] = body[f];
    Object.assign(event, times);
    if (event.assignedUserId) event.users = [event.assignedUserId];
    state.events.push(event);
    emit('AppointmentCreate', event);
    const { users: _u, notes: _n, dateAdded: _a, dateUpdated: _d, ...response } = event;
    return clone(response);
  });
  r.put('/calendars/events/appointments/:eventId', ({ state, params, body, emit }) => {
    const event = getOr404(
      state.events.filter((e) => !e.isBlockSlot),
      params.eventId,
      'Event',
    );
    reject(enumsIn(body, ENUMS));
    const calendar = state.calendars.find((c) => c.id === (body.calendarId ?? event.calendarId));
    if (!calendar) throw badRequest('Calendar not found');
    if (body.contactId && !state.contacts.some((c) => c.id === body.contactId)) throw badRequest('Contact not found');
    if (body.startTime) Object.assign(event, appointmentTimes(state, calendar, body, event.id));
    for (const f of APPT_FIELDS) if (body[f] !== undefined) event[f] = body[f];
    event.groupId = calendar.groupId ?? '';
    if (body.assignedUserId) event.users = [body.assignedUserId];
    event.dateUpdated = nowIso();
    emit('AppointmentUpdate', event);
    return clone(event);
  });
  // An appointment or a block slot; GHL answers 201. The appointment's notes go with it.
  r.delete('/calendars/events/:eventId', ({ state, params, emit }) => {
    const event = getOr404(state.events, params.eventId, 'Event');
    if (!event.isBlockSlot) emit('AppointmentDelete', event);
    state.events = state.events.filter((e) => e.id !== params.eventId);
    state.appointmentNotes = state.appointmentNotes.filter((n) => n.appointmentId !== params.eventId);
    return [201, { succeeded: true }];
  });
};
