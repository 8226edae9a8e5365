import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';

export default defineSearch({
  key: 'validate_calendar_group_slug',
  noun: 'Group Slug',
  label: 'Find Calendar Group Slug',
  description: 'Finds whether a URL slug is still free for a calendar group.',
  endpoint: 'POST /calendars/groups/validate-slug',
  scopes: ['calendars/groups.write'],
  input: { slug: fields.string('Slug', { required: true, helpText: 'E.g. `sales-team`.' }) },
  // GHL checks the slug with a POST (and a write scope) although nothing is saved: a read for us,
  // so a failure is retried like any read.
  perform: async (ctx) => {
    const res = await ctx.request<{ available?: boolean }>({
      method: 'POST',
      path: '/calendars/groups/validate-slug',
      body: { locationId: ctx.locationId(), slug: ctx.input.slug },
      ghl: { write: false },
    });
    return res.data;
  },
  result: (data, { slug }) => ({ slug, available: Boolean(data?.available) }),
  sample: { slug: 'sales-team', available: true },
});
