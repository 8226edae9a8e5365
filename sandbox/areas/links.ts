/** Trigger links and custom values: small per-location lists GHL answers whole. */
import { forbidden, notFound } from '../lib/errors';
import type { Router } from '../lib/router';
import type { Grant, Row, State } from '../lib/types';
import { clone, getOr404, queryMatches, requireFields, skipLimit } from '../lib/util';

const fieldKeyOf = (name: string) =>
  `{{ custom_values.${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')} }}`;

/** The location in the path: one the token may use. */
const location = (state: State, auth: Grant, locationId: string) => {
  const loc = state.locations.find((l) => l.id === locationId);
  if (!loc) throw notFound('Location not found');
  if (auth.locationId ? auth.locationId !== loc.id : loc.companyId !== auth.companyId) throw forbidden();
  return loc;
};

export default (r: Router) => {
  r.get('/links', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return { links: clone(state.links.filter((l) => l.locationId === query.locationId)) };
  });
  // GHL's spec does not say which fields the text matches; the sandbox matches the name and the URL.
  r.get('/links/search', ({ state, query }) => {
    requireFields(query, ['locationId']);
    const found = state.links.filter((l) => l.locationId === query.locationId && queryMatches(l, query.query, ['name', 'redirectTo']));
    return { links: clone(skipLimit(found, query)) };
  });
  r.post('/links', ({ state, body }) => {
    requireFields(body, ['locationId', 'name', 'redirectTo']);
    const id = state.nextId();
    const link: Row = { id, name: body.name, redirectTo: body.redirectTo, fieldKey: `{{trigger_link.${id}}}`, locationId: body.locationId };
    state.links.push(link);
    return { link: clone(link) };
  });

  const values = (state: State, locationId: string) => state.customValues.filter((v) => v.locationId === locationId);
  r.get('/locations/:locationId/customValues', ({ state, params, auth }) => {
    location(state, auth, params.locationId);
    return { customValues: clone(values(state, params.locationId)) };
  });
  r.post('/locations/:locationId/customValues', ({ state, params, auth, body }) => {
    location(state, auth, params.locationId);
    requireFields(body, ['name', 'value']);
    const value: Row = {
      id: state.nextId(),
      name: body.name,
      fieldKey: fieldKeyOf(body.name),
      value: body.value,
      locationId: params.locationId,
    };
    state.customValues.push(value);
    return { customValue: clone(value) };
  });
  r.get('/locations/:locationId/customValues/:id', ({ state, params, auth }) => {
    location(state, auth, params.locationId);
    return { customValue: clone(getOr404(values(state, params.locationId), params.id, 'Custom value')) };
  });
  r.put('/locations/:locationId/customValues/:id', ({ state, params, auth, body }) => {
    location(state, auth, params.locationId);
    const value = getOr404(values(state, params.locationId), params.id, 'Custom value');
    requireFields(body, ['name', 'value']);
    Object.assign(value, { name: body.name, value: body.value, fieldKey: fieldKeyOf(body.name) });
    return { customValue: clone(value) };
  });
};
