import { defineCreate } from '../../src/define';
import { calendarField, notificationBody, notificationFields } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'update_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Update Calendar Notification',
  description: 'Updates a calendar notification; fields left empty keep their value.',
  endpoint: 'PUT /calendars/{calendarId}/notifications/{notificationId}',
  scopes: ['calendars/events.write'],
  input: {
    calendarId: calendarField({ required: true }),
    notificationId: fields.id('Notification', {
      required: true,
      dynamic: 'list_calendar_notifications.id.notificationType',
      helpText: "One of the calendar's notifications.",
    }),
    ...notificationFields,
  },
  body: ({ calendarId: _c, notificationId: _n, ...input }) => notificationBody(input),
  // GHL answers only {message}, not the updated notification: we return the ids with it.
  result: (data, { calendarId, notificationId }) => ({ id: notificationId, calendarId, message: data.message ?? '' }),
  sample: { id: 'n7Yc2QmWk9PzX4bRtLs1', calendarId: '0TkCdp9PfvLeWKYRRvIz', message: 'Notification updated successfully' },
});
