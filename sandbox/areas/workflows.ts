/** Workflows and campaigns of the location. */
import type { Router } from '../lib/router';
import { clone, requireFields } from '../lib/util';

export default (r: Router) => {
  // Workflows and campaigns
  r.add('GET', '/workflows', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return { workflows: clone(state.workflows.filter((w) => w.locationId === query.locationId)) };
  });
  r.add('GET', '/campaigns', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return {
      campaigns: clone(state.campaigns.filter((c) => c.locationId === query.locationId && (!query.status || c.status === query.status))),
    };
  });
};
