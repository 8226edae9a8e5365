import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { userSample, withUserName } from '../../src/areas/users';

export default defineSearch({
  key: 'filter_users_by_email',
  noun: 'User',
  label: 'Find Agency User by Email',
  description: 'Finds agency users by email address.',
  endpoint: 'POST /users/search/filter-by-email',
  scopes: ['users.readonly'],
  access: 'agency',
  input: {
    emails: fields.list('Emails', { required: true, helpText: 'One or more email addresses, one per line. Needs an agency connection.' }),
    deleted: fields.boolean('Deleted Users', { helpText: 'Yes looks among deleted users instead.' }),
  },
  // The company id comes from the connection (a lookup is possible), so this builds the request.
  perform: async (ctx) => {
    const res = await ctx.request({
      method: 'POST',
      path: '/users/search/filter-by-email',
      body: {
        companyId: await ctx.companyId(),
        emails: (ctx.input.emails ?? []).join(','),
        deleted: ctx.input.deleted,
        // Without `projection: all` GHL returns only each user's id and email.
        projection: 'all',
      },
      // A lookup sent as POST: it changes nothing, so a failure may be retried like a read.
      ghl: { write: false },
    });
    return res.data;
  },
  result: (data) => (Array.isArray(data?.users) ? data.users.map(withUserName) : []),
  sample: userSample,
});
