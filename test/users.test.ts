import nock from 'nock';
import { describeOperations, errorOf, runOperation, BASE, COMPANY_ID, LOCATION_ID, type AppKind } from './helpers';
import { userCases, userInputlessCases } from './cases/users';
import { strongPassword } from '../src/areas/users';

describeOperations('Users', userCases);

// Operations without input fields: their request and output (no bad input to refuse).
describeOperations('Users (no input)', userInputlessCases);

describe('Users: agency-only operations', () => {
  it.each(['oauth', 'token'] as AppKind[])('filter_users_by_email refuses a location connection (%s) before any request', async (app) => {
    const scope = nock(BASE).post('/users/search/filter-by-email').reply(200, { users: [] });
    const err = await errorOf(runOperation('filter_users_by_email', { emails: 'maya@example.com' }, { app }));
    expect(err.message).toMatch(/needs an agency/);
    expect(scope.isDone()).toBe(false);
  });
});

describe('Create User without a password', () => {
  it.each(['oauth', 'token'] as AppKind[])('sends a strong generated password and never returns it (%s)', async (app) => {
    let sent: Record<string, unknown> = {};
    const scope = nock(BASE)
      .post('/users/', (body) => {
        sent = body;
        return true;
      })
      .reply(201, { id: 'u9', firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com' });
    const out = await runOperation(
      'create_user',
      { firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com', type: 'account', role: 'user', locationIds: 'loc1' },
      { app, authData: app === 'oauth' ? undefined : { apiKey: 'pit-token-for-tests', locationId: 'loc0', companyId: 'cmp1' } },
    );
    expect(scope.isDone()).toBe(true);
    expect(sent.password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[!#%*+\-=?@_]).{20}$/);
    expect(sent.locationIds).toEqual(['loc1']);
    expect(JSON.stringify(out)).not.toContain(String(sent.password));
  });

  it('generates a different password each time', () => {
    expect(new Set(Array.from({ length: 50 }, () => strongPassword())).size).toBe(50);
  });
});

describe('Users: company id of a token connection', () => {
  it('is looked up once, then read from Zapier’s cache by later invocations', async () => {
    const lookup = nock(BASE)
      .get(`/locations/${LOCATION_ID}`)
      .once()
      .reply(200, { location: { id: LOCATION_ID, companyId: COMPANY_ID } });
    const search = nock(BASE)
      .get('/users/search')
      .query((q) => q.companyId === COMPANY_ID)
      .twice()
      .reply(200, { users: [] });
    await runOperation('search_users', {}, { app: 'token' });
    await runOperation('search_users', {}, { app: 'token', keepCache: true });
    expect(lookup.isDone()).toBe(true);
    expect(search.isDone()).toBe(true);
  });
});
