/** Users of a location or of the agency. */
import { badRequest, unprocessable } from '../lib/errors';
import type { Router } from '../lib/router';
import type { Row } from '../lib/types';
import { EMAIL, clone, getOr404, intParam, lower, nowIso, queryMatches, requireFields, requireOneOf, sortBy } from '../lib/util';
import { ownCompany } from './locations';

const ROLES = ['admin', 'user'] as const;
const TYPES = ['account', 'agency'] as const;

/** GHL answers a user without its password, with its name joined. */
const view = (u: Row) => {
  const { password: _password, ...rest } = u;
  return clone(rest);
};

export default (r: Router) => {
  r.get('/users', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return { users: state.users.filter((u) => !u.deleted && u.roles.locationIds.includes(query.locationId)).map(view) };
  });
  r.get('/users/search', ({ state, query, auth }) => {
    requireFields(query, ['companyId']);
    ownCompany(state, auth, query.companyId);
    const skip = intParam(query.skip, 'skip', { def: 0 });
    const limit = intParam(query.limit, 'limit', { def: 25, min: 1, max: 100 });
    let list = state.users.filter((u) => !u.deleted && (!query.locationId || u.roles.locationIds.includes(query.locationId)));
    if (query.query) list = list.filter((u) => queryMatches(u, query.query, ['name', 'email', 'phone']));
    if (query.role) list = list.filter((u) => u.roles.role === query.role);
    list = sortBy(list, query.sort || 'name', query.sortDirection === 'desc' ? 'desc' : 'asc');
    return { users: list.slice(skip, skip + limit).map(view), count: list.length };
  });
  r.post('/users/search/filter-by-email', ({ state, body, auth }) => {
    requireFields(body, ['companyId', 'emails']);
    ownCompany(state, auth, body.companyId);
    const wanted = new Set(
      String(body.emails)
        .split(',')
        .map((e) => lower(e).trim()),
    );
    const users = state.users.filter((u) => !u.deleted && wanted.has(lower(u.email)));
    return { users: users.map(view), count: users.length };
  });
  r.post('/users', ({ state, body, auth, emit }) => {
    requireFields(body, ['companyId', 'firstName', 'lastName', 'email', 'password', 'type', 'role', 'locationIds']);
    ownCompany(state, auth, body.companyId);
    requireOneOf(body, 'type', TYPES);
    requireOneOf(body, 'role', ROLES);
    if (!EMAIL.test(String(body.email))) throw unprocessable('email must be an email');
    if (!Array.isArray(body.locationIds)) throw unprocessable('locationIds must be an array');
    if (state.users.some((u) => !u.deleted && lower(u.email) === lower(body.email)))
      throw badRequest('User with this email already exists');
    const user: Row = {
      id: state.nextId(),
      name: `${body.firstName} ${body.lastName}`,
      firstName: body.firstName,
      lastName: body.lastName,
      email: lower(body.email),
      password: body.password,
      phone: body.phone ?? '',
      extension: body.extension ?? '',
      permissions: body.permissions ?? {},
      roles: { type: body.type, role: body.role, locationIds: body.locationIds, restrictSubAccount: false },
      platformLanguage: 'en_US',
      deleted: false,
      dateAdded: nowIso(),
    };
    state.users.push(user);
    emit('UserCreate', user, user.roles?.locationIds?.[0]);
    return [201, view(user)];
  });
  r.get('/users/:userId', ({ state, params }) => view(getOr404(state.users, params.userId, 'User')));
  r.put('/users/:userId', ({ state, params, body }) => {
    const user = getOr404(state.users, params.userId, 'User');
    if (body.email !== undefined && !EMAIL.test(String(body.email))) throw unprocessable('email must be an email');
    if (body.role !== undefined) requireOneOf(body, 'role', ROLES);
    for (const k of ['firstName', 'lastName', 'email', 'phone', 'extension', 'password', 'permissions'])
      if (body[k] !== undefined) user[k] = body[k];
    if (body.role !== undefined) user.roles.role = body.role;
    if (body.type !== undefined) user.roles.type = body.type;
    if (Array.isArray(body.locationIds)) user.roles.locationIds = body.locationIds;
    user.name = `${user.firstName} ${user.lastName}`;
    return view(user);
  });
  r.delete('/users/:userId', ({ state, params }) => {
    const user = getOr404(state.users, params.userId, 'User');
    user.deleted = true;
    return { succeded: true, message: `Queued deleting user with e-mail ${user.email} and name ${user.name}.` };
  });
};
