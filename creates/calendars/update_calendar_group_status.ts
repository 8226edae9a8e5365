import { defineCreate } from '../../src/define';
import { calendarGroupField } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'update_calendar_group_status',
  noun: 'Calendar Group',
  label: 'Enable or Disable Calendar Group',
  description: 'Turns a calendar group on or off.',
  endpoint: 'PUT /calendars/groups/{groupId}/status',
  scopes: ['calendars/groups.write'],
  input: {
    groupId: calendarGroupField({ required: true }),
    isActive: fields.boolean('Active', { required: true, helpText: 'Yes enables the group, No disables it.' }),
  },
  body: ({ isActive }) => ({ isActive }),
  // GHL answers only {success}.
  result: (data, { groupId, isActive }) => ({ id: groupId, isActive, success: data.success ?? true }),
  sample: { id: 'BqTwX8QFwXzpegMve9EQ', isActive: false, success: true },
});
