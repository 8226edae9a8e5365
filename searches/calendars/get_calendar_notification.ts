import { defineSearch } from '../../src/define';
import { calendarField, notificationSample } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineSearch({
  key: 'get_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Find Calendar Notification',
  description: "Finds one of a calendar's notifications by its ID.",
  endpoint: 'GET /calendars/{calendarId}/notifications/{notificationId}',
  scopes: ['calendars/events.readonly'],
  input: {
    calendarId: calendarField({ required: true }),
    notificationId: fields.id('Notification', {
      required: true,
      dynamic: 'list_calendar_notifications.id.notificationType',
      helpText: "One of the calendar's notifications.",
    }),
  },
  // The notification is the whole answer; its id is `_id`.
  result: (data) => data,
  idField: '_id',
  sample: notificationSample,
});
