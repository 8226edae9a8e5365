import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { pagingQuery, type Paging } from '../../src/paging';
import { companyIdField, locationSample } from '../../src/areas/locations';

const PAGING: Paging = { style: 'skip', size: 100 };

export default defineTrigger({
  key: 'search_locations',
  noun: 'Location',
  label: 'New Location',
  description: 'Triggers when a location (sub-account) is added to the agency.',
  endpoint: 'GET /locations/search',
  scopes: ['locations.readonly'],
  access: 'any',
  input: {
    companyId: companyIdField(' Works best with an agency connection.'),
    email: fields.email('Email', { helpText: 'Only locations with this email.' }),
  },
  // companyId is required; a location's Private Integration Token knows it only from the location
  // (one lookup, cached), so this builds the request itself.
  perform: async (ctx) => {
    const page = Number(ctx.bundle.meta?.page ?? 0) || 0;
    const res = await ctx.request({
      method: 'GET',
      path: '/locations/search',
      query: {
        companyId: ctx.input.companyId ?? (await ctx.companyId()),
        email: ctx.input.email,
        // Newest first.
        order: 'desc',
        ...pagingQuery(PAGING, page),
      },
    });
    return res.data;
  },
  result: 'locations',
  paging: PAGING,
  sample: locationSample,
});
