import { defineCreate } from '../../src/define';
import {
  calendarField,
  channelField,
  notificationBody,
  notificationFields,
  notificationSample,
  notificationTypeField,
  receiverTypeField,
} from '../../src/areas/calendars';

export default defineCreate({
  key: 'create_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Create Calendar Notification',
  description: 'Adds a notification, such as a reminder, to a calendar.',
  endpoint: 'POST /calendars/{calendarId}/notifications',
  scopes: ['calendars/events.write'],
  input: {
    calendarId: calendarField({ required: true }),
    ...notificationFields,
    receiverType: receiverTypeField({ required: true }),
    channel: channelField({ required: true }),
    notificationType: notificationTypeField({ required: true }),
  },
  // GHL takes a JSON ARRAY of notifications and answers with an array: we send one and return it.
  body: ({ calendarId: _id, ...input }) => [notificationBody(input)],
  result: (data) => (Array.isArray(data) ? data[0] : data),
  idField: '_id',
  sample: notificationSample,
});
