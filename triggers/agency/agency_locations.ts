import { defineTrigger } from '../../src/define';
import { pagingQuery, type Paging } from '../../src/paging';

const paging: Paging = { style: 'skip', size: 100 };

/** Feeds the Location dropdown that location steps show on agency connections (see src/agency.ts). */
export default defineTrigger({
  key: 'agency_locations',
  noun: 'Location',
  label: 'Agency Locations',
  description: "Lists the agency's locations for the Location dropdown.",
  endpoint: 'GET /locations/search',
  scopes: ['locations.readonly'],
  access: 'agency',
  hidden: true,
  paging,
  perform: async (ctx) => {
    const page = Number(ctx.bundle.meta?.page ?? 0) || 0;
    const res = await ctx.request({
      method: 'GET',
      path: '/locations/search',
      query: { companyId: await ctx.companyId(), ...pagingQuery(paging, page) },
    });
    return res.data;
  },
  result: 'locations',
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    name: 'Knight Dental',
    companyId: 'cmp5KxW0t9R1aQ7mNbC2',
    email: 'office@knightdental.example.com',
    phone: '+14155550123',
    city: 'Dolomite',
    state: 'AL',
    country: 'US',
    timezone: 'America/Chicago',
  },
});
