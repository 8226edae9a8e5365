import { defineCreate } from '../../src/define';
import { calendarGroupField } from '../../src/areas/calendars';

export default defineCreate({
  key: 'delete_calendar_group',
  noun: 'Calendar Group',
  label: 'Delete Calendar Group',
  description: 'Deletes a calendar group; its calendars are kept.',
  endpoint: 'DELETE /calendars/groups/{groupId}',
  scopes: ['calendars/groups.write'],
  input: { groupId: calendarGroupField({ required: true }) },
  result: (data, { groupId }) => ({ id: groupId, success: data.success ?? true }),
  sample: { id: 'BqTwX8QFwXzpegMve9EQ', success: true },
});
