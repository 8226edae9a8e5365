/** Block slots: events that only block time, on a calendar or in a user's availability. */
import { unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row, State } from '../../lib/types';
import { clone, getOr404, nowIso, requireFields } from '../../lib/util';
import { eventsInWindow } from './events';

const time = (body: Row, name: string) => {
  const ms = Date.parse(body[name]);
  if (Number.isNaN(ms)) throw unprocessable(`${name} must be a valid ISO 8601 date string`);
  return ms;
};

/** GHL's rule: a block slot belongs to a calendar or to a user, never both. */
const owner = (state: State, body: Row) => {
  if (body.calendarId && body.assignedUserId) throw unprocessable('Either calendarId or assignedUserId can be set, not both');
  if (body.calendarId) return { calendarId: getOr404(state.calendars, body.calendarId, 'Calendar').id, assignedUserId: undefined };
  if (body.assignedUserId) return { assignedUserId: getOr404(state.users, body.assignedUserId, 'User').id, calendarId: undefined };
  return undefined;
};

const answer = ({ id, locationId, title, startTime, endTime, calendarId, assignedUserId }: Row) =>
  clone({ id, locationId, title, startTime, endTime, calendarId, assignedUserId });

export default (r: Router) => {
  r.get('/calendars/blocked-slots', ({ state, query }) => ({ events: clone(eventsInWindow(state, query, true)) }));
  r.post('/calendars/events/block-slots', ({ state, body }) => {
    requireFields(body, ['locationId', 'startTime', 'endTime']);
    const who = owner(state, body);
    if (!who) throw unprocessable('calendarId or assignedUserId should not be empty');
    const start = time(body, 'startTime');
    const end = time(body, 'endTime');
    if (end <= start) throw unprocessable('endTime must be after startTime');
    const slot: Row = {
      id: state.nextId(),
      locationId: body.locationId,
      title: body.title ?? '',
      ...who,
      startTime: new Date(start).toISOString(),
      endTime: new Date(end).toISOString(),
      isBlockSlot: true,
      dateAdded: nowIso(),
    };
    state.events.push(slot);
    return [201, answer(slot)];
  });
  // GHL answers this update with 201, as it does the create.
  r.put('/calendars/events/block-slots/:eventId', ({ state, params, body }) => {
    const slot = getOr404(
      state.events.filter((e) => e.isBlockSlot),
      params.eventId,
      'Blocked slot',
    );
    requireFields(body, ['locationId']);
    const start = body.startTime === undefined ? Date.parse(slot.startTime) : time(body, 'startTime');
    const end = body.endTime === undefined ? Date.parse(slot.endTime) : time(body, 'endTime');
    if (end <= start) throw unprocessable('endTime must be after startTime');
    Object.assign(slot, owner(state, body) ?? {}, {
      startTime: new Date(start).toISOString(),
      endTime: new Date(end).toISOString(),
    });
    if (body.title !== undefined) slot.title = body.title;
    return [201, answer(slot)];
  });
};
