/** Calendar groups: list, create (the slug checked), update, status, delete. */
import { badRequest, unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row, State } from '../../lib/types';
import { clone, getOr404, lower, removeOr404, requireFields } from '../../lib/util';
import { booleansIn, reject } from './validate';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A group's slug: URL-safe, and not another group's of the location. */
const checkSlug = (state: State, locationId: string, slug: string, exceptId?: string) => {
  if (!SLUG.test(String(slug))) throw unprocessable('slug must be lowercase letters, digits and hyphens');
  if (state.calendarGroups.some((g) => g.id !== exceptId && g.locationId === locationId && lower(g.slug) === lower(slug)))
    throw badRequest('Slug is already taken');
};

export default (r: Router) => {
  r.get('/calendars/groups', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return { groups: clone(state.calendarGroups.filter((g) => g.locationId === query.locationId)) };
  });
  r.post('/calendars/groups/validate-slug', ({ state, body }) => {
    requireFields(body, ['locationId', 'slug']);
    return { available: !state.calendarGroups.some((g) => g.locationId === body.locationId && lower(g.slug) === lower(body.slug)) };
  });
  r.post('/calendars/groups', ({ state, body }) => {
    requireFields(body, ['locationId', 'name', 'description', 'slug']);
    reject(booleansIn(body, ['isActive']));
    checkSlug(state, body.locationId, body.slug);
    const group: Row = {
      id: state.nextId(),
      locationId: body.locationId,
      name: body.name,
      description: body.description,
      slug: body.slug,
      isActive: body.isActive ?? true,
    };
    state.calendarGroups.push(group);
    return [201, { group: clone(group) }];
  });
  r.put('/calendars/groups/:groupId', ({ state, params, body }) => {
    const group = getOr404(state.calendarGroups, params.groupId, 'Group');
    requireFields(body, ['name', 'description', 'slug']);
    checkSlug(state, group.locationId, body.slug, group.id);
    Object.assign(group, { name: body.name, description: body.description, slug: body.slug });
    return { group: clone(group) };
  });
  r.put('/calendars/groups/:groupId/status', ({ state, params, body }) => {
    const group = getOr404(state.calendarGroups, params.groupId, 'Group');
    requireFields(body, ['isActive']);
    reject(booleansIn(body, ['isActive']));
    group.isActive = body.isActive;
    return { success: true };
  });
  r.delete('/calendars/groups/:groupId', ({ state, params }) => {
    removeOr404(state.calendarGroups, params.groupId, 'Group');
    for (const c of state.calendars) if (c.groupId === params.groupId) c.groupId = null;
    return { success: true };
  });
};
