import { defineSearch } from '../../src/define';
import { companyIdField, companySample } from '../../src/areas/locations';

export default defineSearch({
  key: 'get_company',
  noun: 'Company',
  label: 'Find Agency',
  description: 'Finds an agency (company) with its plan and number of locations.',
  endpoint: 'GET /companies/{companyId}',
  scopes: ['companies.readonly'],
  access: 'agency',
  input: { companyId: companyIdField(' Needs an agency connection.') },
  perform: async (ctx) => {
    const companyId = ctx.input.companyId ?? (await ctx.companyId());
    const res = await ctx.request({ method: 'GET', path: ctx.path('/companies/{companyId}', { companyId }), ghl: { passThrough: [404] } });
    return res.status === 404 ? undefined : res.data;
  },
  result: 'company',
  sample: companySample,
});
