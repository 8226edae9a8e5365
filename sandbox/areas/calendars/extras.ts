/** A calendar's notifications, resources (rooms, equipment), appointment notes and block slots. */
import { unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row } from '../../lib/types';
import { eventsInWindow } from './events';
import { assignFields, clone, getOr404, intParam, nowIso, removeOr404, requireFields, requireOneOf, sortBy } from '../../lib/util';

const RESOURCE_TYPES = ['equipments', 'rooms'] as const;
const RESOURCE_FIELDS = ['name', 'description', 'quantity', 'outOfService', 'capacity', 'calendarIds', 'isActive'];
const NOTIFICATION_FIELDS = [
  'receiverType',
  'channel',
  'notificationType',
  'isActive',
  'subject',
  'body',
  'templateId',
  'beforeTime',
  'afterTime',
  'additionalEmailIds',
  'selectedUsers',
];
const BLOCK_FIELDS = ['title', 'calendarId', 'assignedUserId', 'startTime', 'endTime'];

const resourceType = (params: Record<string, string>) => {
  requireOneOf(params, 'resourceType', RESOURCE_TYPES);
  return params.resourceType;
};

export default (r: Router) => {
  // Notifications: GHL answers bare arrays and `_id` keys here.
  r.get('/calendars/:calendarId/notifications', ({ state, params, query }) => {
    getOr404(state.calendars, params.calendarId, 'Calendar');
    let list = state.calendarNotifications.filter((n) => n.calendarId === params.calendarId && !n.deleted);
    if (query.isActive !== undefined) list = list.filter((n) => String(n.isActive) === String(query.isActive));
    const skip = intParam(query.skip, 'skip', { def: 0 });
    return clone(list.slice(skip, skip + intParam(query.limit, 'limit', { def: 100, min: 1 })));
  });
  r.post('/calendars/:calendarId/notifications', ({ state, params, body }) => {
    getOr404(state.calendars, params.calendarId, 'Calendar');
    if (!Array.isArray(body) || !body.length) throw unprocessable('a list of notifications is required');
    const made = body.map((n: Row) => {
      requireFields(n, ['receiverType', 'channel', 'notificationType']);
      return assignFields({ _id: state.nextId(), calendarId: params.calendarId, isActive: true, deleted: false }, n, NOTIFICATION_FIELDS);
    });
    state.calendarNotifications.push(...made);
    return clone(made);
  });
  r.get('/calendars/:calendarId/notifications/:notificationId', ({ state, params }) =>
    clone(
      getOr404(
        state.calendarNotifications.filter((n) => n.calendarId === params.calendarId && !n.deleted),
        params.notificationId,
        'Notification',
      ),
    ),
  );
  r.put('/calendars/:calendarId/notifications/:notificationId', ({ state, params, body }) => {
    const n = getOr404(
      state.calendarNotifications.filter((x) => x.calendarId === params.calendarId),
      params.notificationId,
      'Notification',
    );
    assignFields(n, body, NOTIFICATION_FIELDS);
    return { message: 'Notification updated successfully' };
  });
  r.delete('/calendars/:calendarId/notifications/:notificationId', ({ state, params }) => {
    const n = getOr404(
      state.calendarNotifications.filter((x) => x.calendarId === params.calendarId),
      params.notificationId,
      'Notification',
    );
    n.deleted = true;
    return { message: 'Notification deleted successfully' };
  });

  // Resources: rooms and equipment.
  r.get('/calendars/resources/:resourceType', ({ state, params, query }) => {
    const type = resourceType(params);
    requireFields(query, ['locationId', 'limit', 'skip']);
    const list = state.calendarResources.filter((x) => x.resourceType === type && x.locationId === query.locationId);
    const skip = intParam(query.skip, 'skip', { def: 0 });
    return clone(list.slice(skip, skip + intParam(query.limit, 'limit', { def: 100, min: 1 })));
  });
  r.post('/calendars/resources/:resourceType', ({ state, params, body }) => {
    const type = resourceType(params);
    requireFields(body, ['locationId', 'name', 'description', 'calendarIds']);
    for (const k of ['quantity', 'outOfService', 'capacity'])
      if (typeof body[k] !== 'number') throw unprocessable(`${k} must be a number conforming to the specified constraints`);
    const resource = assignFields(
      { _id: state.nextId(), locationId: body.locationId, resourceType: type, isActive: true },
      body,
      RESOURCE_FIELDS,
    );
    state.calendarResources.push(resource);
    return [201, clone(resource)];
  });
  const resourceOf = (state: Row, params: Record<string, string>) =>
    getOr404(
      (state.calendarResources as Row[]).filter((x) => x.resourceType === resourceType(params)),
      params.id,
      'Resource',
    );
  r.get('/calendars/resources/:resourceType/:id', ({ state, params }) => clone(resourceOf(state, params)));
  r.put('/calendars/resources/:resourceType/:id', ({ state, params, body }) => {
    const resource = resourceOf(state, params);
    assignFields(resource, body, RESOURCE_FIELDS);
    return clone(resource);
  });
  r.delete('/calendars/resources/:resourceType/:id', ({ state, params }) => {
    removeOr404(state.calendarResources, resourceOf(state, params)._id, 'Resource');
    return { success: true };
  });

  // Notes of an appointment.
  r.get('/calendars/appointments/:appointmentId/notes', ({ state, params, query }) => {
    getOr404(state.events, params.appointmentId, 'Appointment');
    const list = sortBy(
      state.appointmentNotes.filter((n) => n.appointmentId === params.appointmentId),
      'dateAdded',
    );
    const offset = intParam(query.offset, 'offset', { def: 0 });
    const limit = intParam(query.limit, 'limit', { def: 20, min: 1, max: 100 });
    return { notes: clone(list.slice(offset, offset + limit)), hasMore: offset + limit < list.length };
  });
  r.post('/calendars/appointments/:appointmentId/notes', ({ state, params, body }) => {
    getOr404(state.events, params.appointmentId, 'Appointment');
    requireFields(body, ['body']);
    const note: Row = {
      id: state.nextId(),
      body: String(body.body),
      userId: body.userId ?? null,
      appointmentId: params.appointmentId,
      dateAdded: nowIso(),
    };
    state.appointmentNotes.push(note);
    return [201, { note: clone(note) }];
  });
  const noteOf = (state: Row, params: Record<string, string>) =>
    getOr404(
      (state.appointmentNotes as Row[]).filter((n) => n.appointmentId === params.appointmentId),
      params.noteId,
      'Note',
    );
  r.put('/calendars/appointments/:appointmentId/notes/:noteId', ({ state, params, body }) => {
    const note = noteOf(state, params);
    requireFields(body, ['body']);
    note.body = String(body.body);
    return { note: clone(note) };
  });
  r.delete('/calendars/appointments/:appointmentId/notes/:noteId', ({ state, params }) => {
    removeOr404(state.appointmentNotes, noteOf(state, params).id, 'Note');
    return { success: true };
  });

  // Block slots: events that only block time.
  r.get('/calendars/blocked-slots', ({ state, query }) => ({ events: clone(eventsInWindow(state, query, true)) }));
  r.post('/calendars/events/block-slots', ({ state, body }) => {
    requireFields(body, ['locationId', 'startTime', 'endTime']);
    if (!body.calendarId && !body.assignedUserId) throw unprocessable('calendarId or assignedUserId should not be empty');
    if (body.calendarId) getOr404(state.calendars, body.calendarId, 'Calendar');
    if (!(Date.parse(body.endTime) > Date.parse(body.startTime))) throw unprocessable('endTime must be after startTime');
    const slot = assignFields(
      { id: state.nextId(), locationId: body.locationId, isBlockSlot: true, dateAdded: nowIso() },
      body,
      BLOCK_FIELDS,
    );
    state.events.push(slot);
    const { isBlockSlot: _b, dateAdded: _d, ...answer } = slot;
    return [201, clone(answer)];
  });
  r.put('/calendars/events/block-slots/:eventId', ({ state, params, body }) => {
    const slot = getOr404(
      state.events.filter((e) => e.isBlockSlot),
      params.eventId,
      'Blocked slot',
    );
    assignFields(slot, body, BLOCK_FIELDS);
    const { isBlockSlot: _b, dateAdded: _d, ...answer } = slot;
    return clone(answer);
  });
};
