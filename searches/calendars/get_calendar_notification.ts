import { defineSearch } from '../../src/define';
import { notificationIdFields, notificationSample } from '../../src/areas/calendars';

export default defineSearch({
  key: 'get_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Find Calendar Notification',
  description: "Finds one of a calendar's notifications by its ID.",
  endpoint: 'GET /calendars/{calendarId}/notifications/{notificationId}',
  scopes: ['calendars/events.readonly'],
  input: {
    ...notificationIdFields(),
  },
  // The notification is the whole answer; its id is `_id`.
  result: (data) => data,
  idField: '_id',
  sample: notificationSample,
});
