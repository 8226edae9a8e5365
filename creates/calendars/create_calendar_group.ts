import { defineCreate } from '../../src/define';
import { groupSample } from '../../src/areas/calendars';
import { compact, fields } from '../../src/fields';

export default defineCreate({
  key: 'create_calendar_group',
  noun: 'Calendar Group',
  label: 'Create Calendar Group',
  description: 'Creates a calendar group, which shows several calendars on one booking page.',
  endpoint: 'POST /calendars/groups',
  scopes: ['calendars/groups.write'],
  input: {
    name: fields.string('Name', { required: true, helpText: 'The group name, e.g. Sales Team.' }),
    description: fields.text('Description', { required: true, helpText: 'What the calendars of this group are for.' }),
    slug: fields.string('Slug', { required: true, helpText: 'URL part of the group booking page, e.g. `sales-team`. Must be unused.' }),
    isActive: fields.boolean('Active', { helpText: 'Default: yes.' }),
  },
  body: (input, ctx) => compact({ locationId: ctx.locationId(), ...input }),
  result: 'group',
  sample: groupSample,
});
