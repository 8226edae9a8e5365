import { defineCreate } from '../../src/define';
import { notificationIdFields } from '../../src/areas/calendars';

export default defineCreate({
  key: 'delete_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Delete Calendar Notification',
  description: 'Deletes a notification from a calendar.',
  endpoint: 'DELETE /calendars/{calendarId}/notifications/{notificationId}',
  scopes: ['calendars/events.write'],
  input: {
    ...notificationIdFields('The notification to delete.'),
  },
  // GHL answers only {message}.
  result: (data, { calendarId, notificationId }) => ({ id: notificationId, calendarId, message: data.message ?? '' }),
  sample: { id: 'n7Yc2QmWk9PzX4bRtLs1', calendarId: '0TkCdp9PfvLeWKYRRvIz', message: 'Notification deleted successfully' },
});
