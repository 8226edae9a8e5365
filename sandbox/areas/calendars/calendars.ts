/** Calendars and their free slots. */
import { unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import { clone, getOr404, requireFields } from '../../lib/util';
import { freeSlots, validZone } from './slots';

export default (r: Router) => {
  r.add('GET', '/calendars', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return {
      calendars: clone(state.calendars.filter((c) => c.locationId === query.locationId && (!query.groupId || c.groupId === query.groupId))),
    };
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
