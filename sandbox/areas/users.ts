/** Users of a location or an agency. */
import { forbidden } from '../lib/errors';
import type { Router } from '../lib/router';
import { clone, getOr404, intParam, queryMatches, requireFields, sortBy } from '../lib/util';

export default (r: Router) => {
  r.add('GET', '/users', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return { users: clone(state.users.filter((u) => u.roles.locationIds.includes(query.locationId))) };
  });
  r.add('GET', '/users/search', ({ state, query }) => {
    requireFields(query, ['companyId']);
    if (query.companyId !== state.company.id) throw forbidden('The token does not have access to this company');
    const skip = intParam(query.skip, 'skip', { def: 0 });
    const limit = intParam(query.limit, 'limit', { def: 25, min: 1, max: 100 });
    let list = state.users.filter((u) => !query.locationId || u.roles.locationIds.includes(query.locationId));
    if (query.query) list = list.filter((u) => queryMatches(u, query.query, ['name', 'email', 'phone']));
    if (query.role) list = list.filter((u) => u.roles.role === query.role);
    list = sortBy(list, query.sort || 'name', query.sortDirection === 'desc' ? 'desc' : 'asc');
    return { users: clone(list.slice(skip, skip + limit)), count: list.length };
  });
  r.add('GET', '/users/:userId', ({ state, params }) => clone(getOr404(state.users, params.userId, 'User')));
};
