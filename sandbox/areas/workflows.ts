/** Workflows and campaigns of the location; the agency's snapshots. */
import { forbidden } from '../lib/errors';
import type { Router } from '../lib/router';
import { clone, requireFields } from '../lib/util';

export default (r: Router) => {
  // Workflows and campaigns
  r.get('/workflows', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return { workflows: clone(state.workflows.filter((w) => w.locationId === query.locationId)) };
  });
  r.get('/campaigns', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return {
      campaigns: clone(state.campaigns.filter((c) => c.locationId === query.locationId && (!query.status || c.status === query.status))),
    };
  });
  // Snapshots belong to the agency: an agency token, for its own company.
  r.get('/snapshots', ({ state, query, auth }) => {
    requireFields(query, ['companyId']);
    if (auth.userType !== 'Company') throw forbidden('This route needs an agency (Company) token');
    if (query.companyId !== auth.companyId) throw forbidden('The token does not have access to this company');
    return {
      snapshots: state.snapshots.filter((s) => s.companyId === query.companyId).map(({ id, name, type }) => ({ id, name, type })),
    };
  });
};
