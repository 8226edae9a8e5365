import nock from 'nock';
import { describeOperations, errorOf, runOperation } from './helpers';
import { companyCases } from './cases/locations';

describeOperations('Company', companyCases);

describe('Company: agency-only', () => {
  it('get_company refuses a location connection before any request', async () => {
    const oauth = await errorOf(runOperation('get_company', { companyId: 'cmp1' }));
    expect(oauth.message).toMatch(/Find Agency needs an agency connection/);
    const token = await errorOf(runOperation('get_company', {}, { app: 'token' }));
    expect(token.message).toMatch(/needs an agency-level token/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
