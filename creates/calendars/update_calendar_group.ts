import { defineCreate } from '../../src/define';
import { calendarGroupField, groupSample } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'update_calendar_group',
  noun: 'Calendar Group',
  label: 'Update Calendar Group',
  description: "Changes a calendar group's name, description and slug.",
  endpoint: 'PUT /calendars/groups/{groupId}',
  scopes: ['calendars/groups.write'],
  input: {
    groupId: calendarGroupField({ required: true }),
    // GHL requires all three on every update.
    name: fields.string('Name', { required: true, helpText: 'The group name, e.g. Sales Team.' }),
    description: fields.text('Description', { required: true, helpText: 'What the calendars of this group are for.' }),
    slug: fields.string('Slug', { required: true, helpText: 'URL part of the group booking page.' }),
  },
  body: ({ name, description, slug }) => ({ name, description, slug }),
  result: 'group',
  sample: groupSample,
});
