/** Businesses of a location (the companies its contacts work for). */
import type { Router } from '../lib/router';
import type { Row } from '../lib/types';
import { EMAIL, assignFields, clone, getOr404, nowIso, removeOr404, requireFields, skipLimit, sortBy } from '../lib/util';
import { unprocessable } from '../lib/errors';

const FIELDS = ['name', 'phone', 'email', 'website', 'address', 'city', 'postalCode', 'state', 'country', 'description'];

const check = (body: Row) => {
  if (body.email !== undefined && body.email !== '' && !EMAIL.test(String(body.email))) throw unprocessable('email must be an email');
};

export default (r: Router) => {
  r.get('/businesses', ({ state, query }) => {
    requireFields(query, ['locationId']);
    const list = sortBy(
      state.businesses.filter((b) => b.locationId === query.locationId),
      'createdAt',
      'asc',
    );
    return { businesses: clone(skipLimit(list, query, { def: 100, max: 1000 })) };
  });
  r.post('/businesses', ({ state, body }) => {
    requireFields(body, ['name', 'locationId']);
    check(body);
    const at = nowIso();
    const business = assignFields({ id: state.nextId(), locationId: body.locationId, createdAt: at, updatedAt: at }, body, FIELDS);
    state.businesses.push(business);
    // sic: GHL's key is misspelt "buiseness" in its create and update answers.
    return [201, { success: true, buiseness: clone(business) }];
  });
  r.get('/businesses/:businessId', ({ state, params }) => ({ business: clone(getOr404(state.businesses, params.businessId, 'Business')) }));
  r.put('/businesses/:businessId', ({ state, params, body }) => {
    const business = getOr404(state.businesses, params.businessId, 'Business');
    check(body);
    assignFields(business, body, FIELDS).updatedAt = nowIso();
    return { success: true, buiseness: clone(business) };
  });
  r.delete('/businesses/:businessId', ({ state, params }) => {
    removeOr404(state.businesses, params.businessId, 'Business');
    for (const c of state.contacts) if (c.businessId === params.businessId) c.businessId = null;
    return { success: true };
  });
};
