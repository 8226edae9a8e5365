import nock from 'nock';
import { describeOperations, errorOf, runOperation } from './helpers';
import { locationCases } from './cases/locations';

describeOperations('Locations', locationCases);

describe('Locations: agency-only', () => {
  it('create_location refuses a location connection before any request', async () => {
    const oauth = await errorOf(runOperation('create_location', { name: 'Knight Ortho' }));
    expect(oauth.message).toMatch(/needs an agency connection/);
    const token = await errorOf(runOperation('create_location', { name: 'Knight Ortho' }, { app: 'token' }));
    expect(token.message).toMatch(/needs an agency-level token/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
