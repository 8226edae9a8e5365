/** Locations, companies and a location's custom fields. */
import { forbidden, notFound, unprocessable } from '../lib/errors';
import type { Router } from '../lib/router';
import { clone, getOr404 } from '../lib/util';

export default (r: Router) => {
  // Locations and companies
  r.add('GET', '/locations/:locationId', ({ state, params, auth }) => {
    const loc = state.locations.find((l) => l.id === params.locationId);
    if (!loc) throw notFound('Location not found');
    if (auth.locationId && auth.locationId !== loc.id) throw forbidden();
    return { location: clone(loc) };
  });
  r.add('GET', '/locations/:locationId/customFields', ({ state, params, query }) => {
    getOr404(state.locations, params.locationId, 'Location');
    if (query.model && !['contact', 'opportunity', 'all'].includes(query.model))
      throw unprocessable('model must be one of the following values: contact, opportunity, all');
    const fields = state.customFields.filter((f) => !query.model || query.model === 'all' || f.model === query.model);
    return { customFields: fields.map((f) => ({ ...f, locationId: params.locationId })) };
  });
  r.add('GET', '/companies/:companyId', ({ state, params }) => {
    if (params.companyId !== state.company.id) throw notFound('Company not found');
    return { company: clone(state.company) };
  });
};
