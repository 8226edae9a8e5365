import nock from 'nock';
import { describeOperations, errorOf, runOperation } from './helpers';
import { companyCases } from './cases/locations';

describeOperations('Company', companyCases);

describe('Company: agency-only', () => {
  it('get_company refuses a location connection before any request', async () => {
    const oauth = await errorOf(runOperation('get_company', { companyId: 'cmp1' }));
    expect(oauth.message).toMatch(/Find Agency needs an agency connection/);
    const token = await errorOf(runOperation('get_company', {}, { app: 'token' }));
    expect(token.message).toMatch(/needs an agency-level token, and this connection is a sub-account's Private Integration Token/);
    expect(token.message).toMatch(/agency-level Private Integration Token \(with its Company ID and no Location ID\)/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('an agency-level Private Integration Token', () => {
  const AGENCY_PIT = { apiKey: 'pit-agency-token-for-tests', companyId: 'cmp1' };

  it('a location step refuses it clearly, naming what to connect, before any request', async () => {
    const err = await errorOf(runOperation('get_contact', { contactId: 'c1' }, { app: 'token', authData: AGENCY_PIT }));
    expect(err.message).toMatch(
      /works in one sub-account, and this connection is an agency-level Private Integration Token \(no Location ID\)/,
    );
    expect(nock.pendingMocks()).toEqual([]);
  });
});
