import { defineTrigger } from '../../src/define';
import { calendarField, notificationSample } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineTrigger({
  key: 'list_calendar_notifications',
  noun: 'Calendar Notification',
  label: 'New Calendar Notification',
  description: 'Triggers when a notification is set up on a calendar.',
  endpoint: 'GET /calendars/{calendarId}/notifications',
  scopes: ['calendars/events.readonly'],
  input: {
    calendarId: calendarField({ required: true }),
    isActive: fields.boolean('Active Only', { helpText: 'Yes lists only active notifications, No only inactive ones.' }),
    deleted: fields.boolean('Deleted', { helpText: 'Yes lists deleted notifications instead.' }),
  },
  query: ({ isActive, deleted }) => ({ isActive, deleted }),
  paging: { style: 'skip' },
  // GHL answers with a bare array whose records carry `_id`.
  result: (data) => (Array.isArray(data) ? data : []),
  idField: '_id',
  sample: notificationSample,
});
