import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { pagingQuery, type Paging } from '../../src/paging';
import { userRoleField, userSample, userTypeField, withUserName } from '../../src/areas/users';

// 25 is GHL's stated default page size; no maximum is documented.
const PAGING: Paging = { style: 'skip', size: 25 };

export default defineTrigger({
  key: 'search_users',
  noun: 'User',
  label: 'New User Matching Search',
  description: 'Triggers when a user matching your search is added.',
  endpoint: 'GET /users/search',
  scopes: ['users.readonly'],
  access: 'any',
  input: {
    query: fields.string('Search Text', {
      helpText:
        'Matches the user name, email or phone. Leave empty for all users. A location connection searches its location; an agency connection, the whole agency.',
    }),
    type: userTypeField(),
    role: userRoleField(),
  },
  // companyId is required even for a location connection; it may need a lookup, so this builds
  // the request itself (one request, or two the first time a Private Integration Token is used).
  perform: async (ctx) => {
    const page = Number(ctx.bundle.meta?.page ?? 0) || 0;
    const res = await ctx.request({
      method: 'GET',
      path: '/users/search',
      query: {
        companyId: await ctx.companyId(),
        locationId: ctx.bundle.authData?.locationId || undefined,
        query: ctx.input.query,
        type: ctx.input.type,
        role: ctx.input.role,
        // The spec's examples are `dateAdded` and `asc`; newest first is `desc`.
        sort: 'dateAdded',
        sortDirection: 'desc',
        ...pagingQuery(PAGING, page),
      },
    });
    return res.data;
  },
  result: (data) => (Array.isArray(data?.users) ? data.users.map(withUserName) : []),
  paging: PAGING,
  sample: userSample,
});
