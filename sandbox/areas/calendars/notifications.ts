/** A calendar's notifications. GHL answers bare arrays and `_id` keys here. */
import { notFound, unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row, State } from '../../lib/types';
import { assignFields, clone, getOr404, intParam, requireFields } from '../../lib/util';
import { arraysIn, booleansIn, enumsIn, reject } from './validate';

const ENUMS = {
  receiverType: ['contact', 'guest', 'assignedUser', 'emails', 'phoneNumbers', 'business'],
  channel: ['email', 'inApp', 'sms', 'whatsapp'],
  notificationType: ['booked', 'confirmation', 'cancellation', 'reminder', 'followup', 'reschedule'],
} as const;
const FIELDS = [
  'receiverType',
  'channel',
  'notificationType',
  'isActive',
  'templateId',
  'subject',
  'body',
  'beforeTime',
  'afterTime',
  'additionalEmailIds',
  'additionalPhoneNumbers',
  'additionalWhatsappNumbers',
  'selectedUsers',
  'fromAddress',
  'fromName',
  'fromNumber',
];
const LISTS = ['beforeTime', 'afterTime', 'additionalEmailIds', 'additionalPhoneNumbers', 'additionalWhatsappNumbers', 'selectedUsers'];

const check = (body: Row) => {
  reject(enumsIn(body, ENUMS), booleansIn(body, ['isActive', 'deleted']), arraysIn(body, LISTS));
};

/** The calendar's notification (a deleted one too: GHL keeps it, marked `deleted`). */
const notificationOf = (state: State, params: Record<string, string>) => {
  getOr404(state.calendars, params.calendarId, 'Calendar');
  return getOr404(
    state.calendarNotifications.filter((n) => n.calendarId === params.calendarId),
    params.notificationId,
    'Notification',
  );
};

export default (r: Router) => {
  r.get('/calendars/:calendarId/notifications', ({ state, params, query }) => {
    getOr404(state.calendars, params.calendarId, 'Calendar');
    const deleted = String(query.deleted ?? 'false') === 'true';
    let list = state.calendarNotifications.filter((n) => n.calendarId === params.calendarId && Boolean(n.deleted) === deleted);
    if (query.isActive !== undefined) list = list.filter((n) => String(n.isActive) === String(query.isActive));
    const skip = intParam(query.skip, 'skip', { def: 0 });
    return clone(list.slice(skip, skip + intParam(query.limit, 'limit', { def: 100, min: 1 })));
  });
  r.post('/calendars/:calendarId/notifications', ({ state, params, body }) => {
    getOr404(state.calendars, params.calendarId, 'Calendar');
    if (!Array.isArray(body) || !body.length) throw unprocessable('each value in the body must be a notification; send a list');
    const made = body.map((n: Row) => {
      requireFields(n, ['receiverType', 'channel', 'notificationType']);
      check(n);
      return assignFields({ _id: state.nextId(), calendarId: params.calendarId, isActive: true, deleted: false }, n, FIELDS);
    });
    state.calendarNotifications.push(...made);
    return clone(made);
  });
  r.get('/calendars/:calendarId/notifications/:notificationId', ({ state, params }) => {
    const n = notificationOf(state, params);
    if (n.deleted) throw notFound(`Notification with id ${params.notificationId} not found`);
    return clone(n);
  });
  r.put('/calendars/:calendarId/notifications/:notificationId', ({ state, params, body }) => {
    const n = notificationOf(state, params);
    check(body);
    assignFields(n, body, [...FIELDS, 'deleted']);
    return { message: 'Notification updated successfully' };
  });
  r.delete('/calendars/:calendarId/notifications/:notificationId', ({ state, params }) => {
    notificationOf(state, params).deleted = true;
    return { message: 'Notification deleted successfully' };
  });
};
