/** Calendars (list, create, read, update, delete) and their free slots. */
import { unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row, State } from '../../lib/types';
import { assignFields, clone, getOr404, removeOr404, requireFields } from '../../lib/util';
import { freeSlots, validZone } from './slots';
import { arraysIn, booleansIn, enumsIn, numbersIn, reject } from './validate';

const CALENDAR_TYPES = ['round_robin', 'event', 'class_booking', 'collective', 'service_booking', 'personal'] as const;
const NUMBERS = [
  'slotDuration',
  'slotInterval',
  'slotBuffer',
  'preBuffer',
  'appoinmentPerSlot',
  'appoinmentPerDay',
  'allowBookingAfter',
  'allowBookingFor',
];
const BOOLEANS = ['isActive', 'autoConfirm', 'allowReschedule', 'allowCancellation', 'enableRecurring', 'stickyContact'];
const UNITS = ['mins', 'hours'];
const ENUMS = {
  calendarType: CALENDAR_TYPES,
  slotDurationUnit: UNITS,
  slotIntervalUnit: UNITS,
  slotBufferUnit: UNITS,
  preBufferUnit: UNITS,
  widgetType: ['default', 'classic'],
  eventType: ['RoundRobin_OptimizeForAvailability', 'RoundRobin_OptimizeForEqualDistribution'],
};
/** What a create or an update keeps (the type is set on create only). */
const CALENDAR_FIELDS = [
  ...NUMBERS,
  ...BOOLEANS,
  ...Object.keys(ENUMS).filter((k) => k !== 'calendarType'),
  'name',
  'description',
  'slug',
  'widgetSlug',
  'groupId',
  'teamMembers',
  'openHours',
  'eventTitle',
  'eventColor',
  'meetingLocation',
  'notes',
  'formId',
  'alertEmail',
];

/** The body's calendar settings, checked as GHL's class-validator does. */
const checkCalendar = (state: State, body: Row) => {
  reject(
    enumsIn(body, ENUMS),
    numbersIn(body, NUMBERS, { min: 0 }),
    booleansIn(body, BOOLEANS),
    arraysIn(body, ['teamMembers', 'openHours']),
  );
  if (body.groupId) getOr404(state.calendarGroups, body.groupId, 'Group');
  const members: Row[] = body.teamMembers ?? [];
  if (members.some((m) => !m || typeof m.userId !== 'string')) throw unprocessable('teamMembers.userId should not be empty');
  for (const m of members) getOr404(state.users, m.userId, 'User');
  const hours: Row[] = body.openHours ?? [];
  const bad = (h: Row) => ['openHour', 'openMinute', 'closeHour', 'closeMinute'].some((k) => typeof h?.[k] !== 'number');
  if (hours.some((oh) => !Array.isArray(oh?.daysOfTheWeek) || !Array.isArray(oh?.hours) || oh.hours.some(bad)))
    throw unprocessable(
      'openHours must be a list of { daysOfTheWeek: number[], hours: [{ openHour, openMinute, closeHour, closeMinute }] }',
    );
};

export default (r: Router) => {
  r.get('/calendars', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return {
      calendars: clone(state.calendars.filter((c) => c.locationId === query.locationId && (!query.groupId || c.groupId === query.groupId))),
    };
  });
  r.get('/calendars/:calendarId/free-slots', ({ state, params, query }) => {
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
  r.get('/calendars/:calendarId', ({ state, params }) => ({
    calendar: clone(getOr404(state.calendars, params.calendarId, 'Calendar')),
  }));
  r.post('/calendars', ({ state, body }) => {
    requireFields(body, ['locationId', 'name']);
    checkCalendar(state, body);
    const calendar: Row = assignFields(
      {
        id: state.nextId(),
        locationId: body.locationId,
        calendarType: 'event',
        isActive: true,
        slotDuration: 30,
        slotDurationUnit: 'mins',
        slotInterval: 30,
        slotIntervalUnit: 'mins',
        teamMembers: [],
        groupId: null,
        timezone: state.locations.find((l) => l.id === body.locationId)?.timezone ?? 'UTC',
        // Weekdays 9 to 5 unless told.
        openHours: [1, 2, 3, 4, 5].map((d) => ({
          daysOfTheWeek: [d],
          hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }],
        })),
      },
      body,
      [...CALENDAR_FIELDS, 'calendarType'],
    );
    state.calendars.push(calendar);
    return { calendar: clone(calendar) };
  });
  r.put('/calendars/:calendarId', ({ state, params, body }) => {
    const calendar = getOr404(state.calendars, params.calendarId, 'Calendar');
    checkCalendar(state, body);
    assignFields(calendar, body, CALENDAR_FIELDS);
    return { calendar: clone(calendar) };
  });
  r.delete('/calendars/:calendarId', ({ state, params }) => {
    removeOr404(state.calendars, params.calendarId, 'Calendar');
    state.calendarNotifications = state.calendarNotifications.filter((n) => n.calendarId !== params.calendarId);
    return { success: true };
  });
};
