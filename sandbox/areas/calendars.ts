/** Calendars: calendars, events and appointments, free slots. */
import { badRequest, unprocessable } from '../lib/errors';
import type { Router } from '../lib/router';
import type { Row, State } from '../lib/types';
import { clone, getOr404, nowIso, requireFields, sortBy } from '../lib/util';

// ---------------------------------------------------------------------------------------------
// Time zones and free slots (no library: Intl gives the wall time in a zone)

const wallParts = (ms: number, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value;
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  const time = `${get('hour')}:${get('minute')}:${get('second')}`;
  const offsetMin = Math.round((Date.parse(`${date}T${time}Z`) - ms) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday') ?? '');
  return { date, time, offset, weekday, hour: Number(get('hour')), minute: Number(get('minute')), iso: `${date}T${time}${offset}` };
};

const validZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** Open, unbooked slot starts of a calendar between two instants, keyed by the zone's date. */
const freeSlots = (state: State, calendar: Row, startMs: number, endMs: number, timeZone: string, userId?: string) => {
  const stepMs = (calendar.slotInterval || 30) * 60_000;
  const durMs = (calendar.slotDuration || 30) * 60_000;
  const booked = state.events.filter(
    (e) => e.calendarId === calendar.id && e.appointmentStatus !== 'cancelled' && (!userId || e.assignedUserId === userId),
  );
  const out: Record<string, { slots: string[] }> = {};
  const first = Math.ceil(Math.max(startMs, Date.now()) / stepMs) * stepMs;
  for (let t = first; t < endMs; t += stepMs) {
    const local = wallParts(t, calendar.timezone);
    const open = calendar.openHours.some(
      (oh: Row) =>
        oh.daysOfTheWeek.includes(local.weekday) &&
        oh.hours.some((h: Row) => {
          const m = local.hour * 60 + local.minute;
          return m >= h.openHour * 60 + h.openMinute && m + durMs / 60_000 <= h.closeHour * 60 + h.closeMinute;
        }),
    );
    if (!open) continue;
    if (booked.some((e) => Date.parse(e.startTime) < t + durMs && Date.parse(e.endTime) > t)) continue;
    const shown = wallParts(t, timeZone);
    (out[shown.date] ??= { slots: [] }).slots.push(shown.iso);
  }
  return out;
};

export default (r: Router) => {
  // Calendars
  r.add('GET', '/calendars', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return {
      calendars: clone(state.calendars.filter((c) => c.locationId === query.locationId && (!query.groupId || c.groupId === query.groupId))),
    };
  });
  r.add('GET', '/calendars/events', ({ state, query }) => {
    requireFields(query, ['locationId', 'startTime', 'endTime']);
    if (!query.calendarId && !query.userId && !query.groupId) throw unprocessable('Either of calendarId, userId or groupId is required');
    const from = Number(query.startTime);
    const to = Number(query.endTime);
    if (!Number.isFinite(from) || !Number.isFinite(to)) throw unprocessable('startTime and endTime must be epoch milliseconds');
    const events = state.events.filter(
      (e) =>
        e.locationId === query.locationId &&
        (!query.calendarId || e.calendarId === query.calendarId) &&
        (!query.userId || e.assignedUserId === query.userId) &&
        (!query.groupId || state.calendars.find((c) => c.id === e.calendarId)?.groupId === query.groupId) &&
        Date.parse(e.startTime) < to &&
        Date.parse(e.endTime) > from,
    );
    return { events: clone(sortBy(events, 'startTime', 'asc')) };
  });
  r.add('GET', '/calendars/events/appointments/:eventId', ({ state, params }) => ({
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
    const end = body.endTime ? Date.parse(body.endTime) : start + (calendar.slotDuration || 30) * 60_000;
    if (Number.isNaN(end) || end <= start) throw unprocessable('endTime must be a valid ISO 8601 date string after startTime');
    if (!body.ignoreFreeSlotValidation) {
      const others = { ...state, events: state.events.filter((e) => e.id !== exceptId) };
      const day = freeSlots(others, calendar, start, start + 1, 'UTC', undefined);
      const ok = Object.values(day).some((d) => d.slots.some((s) => Date.parse(s) === start));
      if (!ok) throw badRequest('The slot you have selected is no longer available.');
    }
    return { startTime: new Date(start).toISOString(), endTime: new Date(end).toISOString() };
  };
  r.add('POST', '/calendars/events/appointments', ({ state, body }) => {
    requireFields(body, ['calendarId', 'locationId', 'contactId', 'startTime']);
    const calendar = state.calendars.find((c) => c.id === body.calendarId);
    if (!calendar) throw badRequest('Calendar not found');
    const contact = state.contacts.find((c) => c.id === body.contactId);
    if (!contact) throw badRequest('Contact not found');
    const times = appointmentTimes(state, calendar, body);
    const at = nowIso();
    const event: Row = {
      id: state.nextId(),
      locationId: body.locationId,
      title: body.title ?? `${calendar.name} - ${[contact.firstName, contact.lastName].filter(Boolean).join(' ')}`,
      appointmentStatus: body.appointmentStatus ?? 'confirmed',
      assignedUserId: body.assignedUserId ?? calendar.teamMembers[0]?.userId ?? null,
      address: body.address ?? '',
      meetingLocationType: body.meetingLocationType ?? 'default',
      isRecurring: Boolean(body.rrule),
      rrule: body.rrule ?? undefined,
      users: [],
      notes: '',
      dateAdded: at,
      dateUpdated: at,
    };
    for (const f of APPT_FIELDS) if (body[f] !== undefined) event[f] = body[f];
    Object.assign(event, times);
    state.events.push(event);
    const { users: _u, notes: _n, dateAdded: _a, dateUpdated: _d, ...response } = event;
    return clone(response);
  });
  r.add('PUT', '/calendars/events/appointments/:eventId', ({ state, params, body }) => {
    const event = getOr404(state.events, params.eventId, 'Event');
    const calendar = state.calendars.find((c) => c.id === (body.calendarId ?? event.calendarId));
    if (!calendar) throw badRequest('Calendar not found');
    if (body.startTime) Object.assign(event, appointmentTimes(state, calendar, body, event.id));
    for (const f of APPT_FIELDS) if (body[f] !== undefined) event[f] = body[f];
    event.dateUpdated = nowIso();
    return clone(event);
  });
  r.add('DELETE', '/calendars/events/:eventId', ({ state, params }) => {
    getOr404(state.events, params.eventId, 'Event');
    state.events = state.events.filter((e) => e.id !== params.eventId);
    return { succeeded: true };
  });
  r.add('GET', '/calendars/:calendarId/free-slots', ({ state, params, query }) => {
    const calendar = getOr404(state.calendars, params.calendarId, 'Calendar');
    requireFields(query, ['startDate', 'endDate']);
    const start = Number(query.startDate);
    const end = Number(query.endDate);
    if (!Number.isFinite(start) || !Number.isFinite(end)) throw unprocessable('startDate and endDate must be epoch milliseconds');
    if (end < start) throw unprocessable('endDate must be after startDate');
    if (end - start > 31 * 86_400_000) throw unprocessable('Date range cannot be more than 31 days');
    const tz = query.timezone || calendar.timezone;
    if (!validZone(tz)) throw unprocessable('timezone must be a valid IANA time zone');
    return { ...freeSlots(state, calendar, start, end, tz, query.userId), traceId: crypto.randomUUID() };
  });
  r.add('GET', '/calendars/:calendarId', ({ state, params }) => ({
    calendar: clone(getOr404(state.calendars, params.calendarId, 'Calendar')),
  }));
};
