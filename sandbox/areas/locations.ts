/** Locations (sub-accounts), the agency (company), a location's custom fields and tags. */
import { forbidden, notFound, unprocessable } from '../lib/errors';
import type { Router } from '../lib/router';
import type { Grant, Row, State } from '../lib/types';
import { assignFields, clone, getOr404, lower, nowIso, requireFields, skipLimit, sortBy } from '../lib/util';

/** Agency endpoints answer only for the token's own company. */
export const ownCompany = (state: State, auth: Grant, companyId: unknown) => {
  if (companyId !== state.company.id || companyId !== auth.companyId) throw forbidden('The token does not have access to this company');
};

const LOCATION_FIELDS = [
  'name',
  'phone',
  'email',
  'address',
  'city',
  'state',
  'country',
  'postalCode',
  'website',
  'timezone',
  'settings',
  'social',
];

export default (r: Router) => {
  r.get('/locations/search', ({ state, query, auth }) => {
    requireFields(query, ['companyId']);
    ownCompany(state, auth, query.companyId);
    let list = state.locations.filter((l) => l.companyId === query.companyId);
    if (query.email) list = list.filter((l) => lower(l.email) === lower(query.email));
    list = sortBy(list, 'dateAdded', query.order === 'asc' ? 'asc' : 'desc');
    return { locations: clone(skipLimit(list, query, { def: 10, max: 1000 })) };
  });
  r.post('/locations', ({ state, body, auth }) => {
    requireFields(body, ['name', 'companyId']);
    ownCompany(state, auth, body.companyId);
    if (body.prospectInfo !== undefined) {
      const missing = ['firstName', 'lastName', 'email'].filter((k) => !body.prospectInfo?.[k]);
      if (missing.length) throw unprocessable(missing.map((k) => `prospectInfo.${k} should not be empty`));
    }
    if (body.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(String(body.email))) throw unprocessable('email must be an email');
    const blank = Object.fromEntries(LOCATION_FIELDS.map((f) => [f, null]));
    const location: Row = assignFields(
      { id: state.nextId(), companyId: body.companyId, ...blank, domain: null, logoUrl: null, dateAdded: nowIso() },
      body,
      LOCATION_FIELDS,
    );
    state.locations.push(location);
    state.company.locationCount = state.locations.length;
    return clone(location);
  });
  r.get('/locations/:locationId', ({ state, params, auth }) => {
    const loc = state.locations.find((l) => l.id === params.locationId);
    if (!loc) throw notFound('Location not found');
    if (auth.locationId ? auth.locationId !== loc.id : loc.companyId !== auth.companyId) throw forbidden();
    return { location: clone(loc) };
  });
  r.get('/locations/:locationId/customFields', ({ state, params, query }) => {
    getOr404(state.locations, params.locationId, 'Location');
    if (query.model && !['contact', 'opportunity', 'all'].includes(query.model))
      throw unprocessable('model must be one of the following values: contact, opportunity, all');
    const fields = state.customFields.filter((f) => !query.model || query.model === 'all' || f.model === query.model);
    return { customFields: clone(fields.filter((f) => f.locationId === params.locationId)) };
  });
  // The location's tags: the ones its contacts carry (GHL keeps them as records with ids).
  r.get('/locations/:locationId/tags', ({ state, params }) => {
    getOr404(state.locations, params.locationId, 'Location');
    const names = [...new Set(state.contacts.filter((c) => c.locationId === params.locationId).flatMap((c) => c.tags as string[]))].sort();
    for (const name of names) {
      if (!state.tags.some((t) => t.locationId === params.locationId && t.name === name))
        state.tags.push({ id: state.nextId(), name, locationId: params.locationId });
    }
    return { tags: clone(state.tags.filter((t) => t.locationId === params.locationId)) };
  });
  r.get('/companies/:companyId', ({ state, params, auth }) => {
    if (params.companyId !== state.company.id) throw notFound('Company not found');
    ownCompany(state, auth, params.companyId);
    return { company: clone({ ...state.company, locationCount: state.locations.length }) };
  });
};
