import { defineCreate } from '../../src/define';
import { notificationBody, notificationFields, notificationIdFields } from '../../src/areas/calendars';

export default defineCreate({
  key: 'update_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Update Calendar Notification',
  description: 'Updates a calendar notification; fields left empty keep their value.',
  endpoint: 'PUT /calendars/{calendarId}/notifications/{notificationId}',
  scopes: ['calendars/events.write'],
  input: {
    ...notificationIdFields(),
    ...notificationFields,
  },
  body: ({ calendarId: _c, notificationId: _n, ...input }) => notificationBody(input),
  // GHL answers only {message}, not the updated notification: we return the ids with it.
  result: (data, { calendarId, notificationId }) => ({ id: notificationId, calendarId, message: data.message ?? '' }),
  sample: { id: 'n7Yc2QmWk9PzX4bRtLs1', calendarId: '0TkCdp9PfvLeWKYRRvIz', message: 'Notification updated successfully' },
});
