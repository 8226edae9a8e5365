/**
 * Agency connections: the Location dropdown, the location token exchange, its cache, and
 * agency-only operations speaking with the agency token.
 */
import nock from 'nock';
import App from '../index';
import { agencyLocationInput, locationToken } from '../src/agency';
import { defineCreate, defineSearch } from '../src/define';
import { fields } from '../src/fields';
import { operations } from '../registry.generated';
import { BASE, COMPANY_ID, OAUTH_AUTH, TOKEN_AUTH, errorOf, expectRequest, runAppFunction } from './helpers';

const AGENCY_AUTH = {
  access_token: 'agency-access-token-for-tests',
  refresh_token: 'agency-refresh-token-for-tests',
  locationId: '',
  companyId: COMPANY_ID,
  userType: 'Company',
  userId: 'usr1',
};
const CHOSEN = 'loc7Pq2Zx9Wb3Kd1Hf5M';
const LOCATION_TOKEN = 'location-token-for-tests';

/** POST /oauth/locationToken exactly as GHL's spec has it; answered once. */
const expectExchange = (locationId = CHOSEN, token = LOCATION_TOKEN) =>
  nock(BASE, {
    reqheaders: {
      authorization: `Bearer ${AGENCY_AUTH.access_token}`,
      version: '2021-07-28',
      'content-type': 'application/x-www-form-urlencoded',
    },
  })
    .post('/oauth/locationToken', (body) => {
      // The raw form body: only companyId and locationId.
      expect(body).toEqual({ companyId: COMPANY_ID, locationId });
      return true;
    })
    .reply(200, { access_token: token, token_type: 'Bearer', expires_in: 86399, locationId, userId: 'usr1' });

const getContact = defineSearch({
  key: 'test_agency_get_contact',
  noun: 'Contact',
  label: 'Get Contact',
  description: 'Test operation.',
  endpoint: 'GET /contacts/{contactId}',
  scopes: ['contacts.readonly'],
  input: { contactId: fields.id('Contact ID', { required: true }) },
  result: 'contact',
  sample: { id: 'c1' },
});

/** One step that sends two requests (and reads its location), e.g. a lookup then a write. */
const twoRequests = defineCreate({
  key: 'test_agency_two_requests',
  noun: 'Contact',
  label: 'Two Requests',
  description: 'Test operation.',
  scopes: ['contacts.write'],
  input: { contactId: fields.id('Contact ID', { required: true }) },
  perform: async (ctx) => {
    const a = await ctx.request({ method: 'GET', path: ctx.path('/contacts/{contactId}') });
    const b = await ctx.request({ method: 'POST', path: '/contacts/', body: { locationId: ctx.locationId(), firstName: 'R' } });
    return { a: a.data, b: b.data };
  },
  sample: { id: 'c1' },
});

const agencyOnly = defineSearch({
  key: 'test_agency_only',
  noun: 'Company',
  label: 'Get Company',
  description: 'Test operation.',
  endpoint: 'GET /companies/{companyId}',
  scopes: ['companies.readonly'],
  access: 'agency',
  input: { companyId: fields.id('Company ID', { required: true }) },
  result: 'company',
  sample: { id: 'x' },
});

const run = (op: { definition: Record<string, any> }, inputData: Record<string, unknown>, authData: Record<string, string> = AGENCY_AUTH) =>
  runAppFunction('oauth', op.definition.operation.perform, { authData, inputData, meta: {} });

describe('agency connections', () => {
  it('location operations show the Location dropdown only on agency connections', async () => {
    const inputFields = (App.oauthApp as any).creates.create_contact.operation.inputFields as unknown[];
    expect(inputFields[0]).toBe(agencyLocationInput);
    const agency = (await runAppFunction('oauth', agencyLocationInput as any, { authData: AGENCY_AUTH, inputData: {} })) as any[];
    expect(agency).toEqual([
      expect.objectContaining({
        key: 'locationId',
        label: 'Location',
        required: true,
        dynamic: 'agency_locations.id.name',
        altersDynamicFields: true,
      }),
    ]);
    expect(await runAppFunction('oauth', agencyLocationInput as any, { authData: OAUTH_AUTH, inputData: {} })).toEqual([]);
    expect(await runAppFunction('token', agencyLocationInput as any, { authData: TOKEN_AUTH, inputData: {} })).toEqual([]);
  });

  it('only location operations without their own locationId input get the dropdown', () => {
    for (const op of operations) {
      const has = ((op.definition.operation.inputFields ?? []) as unknown[]).includes(agencyLocationInput);
      const expected = (op.spec.access ?? 'location') === 'location' && !op.spec.input?.locationId;
      expect([op.key, has]).toEqual([op.key, expected]);
    }
  });

  it('exchanges the agency token for a location token, once for two requests of one step', async () => {
    const exchange = expectExchange();
    const get = expectRequest({ method: 'GET', path: '/contacts/c1' }, { body: { contact: { id: 'c1' } } }, { token: LOCATION_TOKEN });
    const post = expectRequest(
      { method: 'POST', path: '/contacts/', body: { locationId: CHOSEN, firstName: 'R' } },
      { body: { contact: { id: 'c2' } } },
      { token: LOCATION_TOKEN },
    );
    const result = await run(twoRequests, { contactId: 'c1', locationId: CHOSEN });
    expect(result).toEqual({ a: { contact: { id: 'c1' } }, b: { contact: { id: 'c2' } } });
    expect(exchange.isDone()).toBe(true);
    expect(get.isDone() && post.isDone()).toBe(true);
  });

  it('a search on an agency connection works in the chosen location', async () => {
    expectExchange();
    const get = expectRequest({ method: 'GET', path: '/contacts/c1' }, { body: { contact: { id: 'c1' } } }, { token: LOCATION_TOKEN });
    expect(await run(getContact, { contactId: 'c1', locationId: CHOSEN })).toEqual([{ id: 'c1' }]);
    expect(get.isDone()).toBe(true);
  });

  it('refuses a missing location by name before any request', async () => {
    const err = await errorOf(run(getContact, { contactId: 'c1' }));
    expect(err.message).toMatch(/"Location" \(locationId\) is required/);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('location connections send their own token and no exchange', async () => {
    const get = expectRequest({ method: 'GET', path: '/contacts/c1' }, { body: { contact: { id: 'c1' } } });
    expect(await run(getContact, { contactId: 'c1', locationId: 'ignored' }, OAUTH_AUTH)).toEqual([{ id: 'c1' }]);
    expect(get.isDone()).toBe(true);
  });

  it('agency-only operations use the agency token directly', async () => {
    const get = expectRequest(
      { method: 'GET', path: `/companies/${COMPANY_ID}` },
      { body: { company: { id: COMPANY_ID } } },
      { token: AGENCY_AUTH.access_token },
    );
    expect(await run(agencyOnly, { companyId: COMPANY_ID })).toEqual([{ id: COMPANY_ID }]);
    expect(get.isDone()).toBe(true);
  });

  it('the hidden agency_locations trigger lists the agency locations with the agency token', async () => {
    const list = expectRequest(
      { method: 'GET', path: '/locations/search', query: { companyId: COMPANY_ID, limit: '100', skip: '0' } },
      { body: { locations: [{ id: CHOSEN, name: 'Knight Dental' }] } },
      { token: AGENCY_AUTH.access_token },
    );
    const trigger = (App.oauthApp as any).triggers.agency_locations;
    expect(trigger.display.hidden).toBe(true);
    expect(await run({ definition: trigger }, {})).toEqual([{ id: CHOSEN, name: 'Knight Dental' }]);
    expect(list.isDone()).toBe(true);
  });

  it('a 401 with a location token asks Zapier to refresh (and forgets that token)', async () => {
    expectExchange();
    expectRequest({ method: 'GET', path: '/contacts/c1' }, { status: 401, body: { message: 'Invalid token' } }, { token: LOCATION_TOKEN });
    const err = await errorOf(run(getContact, { contactId: 'c1', locationId: CHOSEN }));
    expect(err.name).toBe('RefreshAuthError');
  });
});

describe('location token cache', () => {
  const fakeZ = (cache: Map<string, unknown>) => {
    const request = jest.fn(async () => ({ status: 200, data: { access_token: 'minted', expires_in: 86399 } }));
    const z = {
      request,
      errors: { Error: class extends Error {} },
      cache: {
        get: async (k: string) => cache.get(k) ?? null,
        set: async (k: string, v: unknown, ttl: number, scope: string[]) => {
          expect(ttl).toBeGreaterThan(80000);
          expect(scope).toEqual(['auth']);
          cache.set(k, v);
          return true;
        },
        delete: async (k: string) => cache.delete(k),
      },
    };
    return { z: z as any, request };
  };

  it('reuses a token from z.cache in a later invocation until it expires', async () => {
    const store = new Map<string, unknown>();
    const { z, request } = fakeZ(store);
    expect(await locationToken(z, { authData: { ...AGENCY_AUTH } } as any, CHOSEN)).toBe('minted');
    expect(await locationToken(z, { authData: { ...AGENCY_AUTH } } as any, CHOSEN)).toBe('minted');
    expect(request).toHaveBeenCalledTimes(1);
    // Expired: a new exchange.
    store.set(`ghl-location-token:${CHOSEN}`, { token: 'old', expiresAt: Date.now() - 1 });
    await locationToken(z, { authData: { ...AGENCY_AUTH } } as any, CHOSEN);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('gives no location token on location connections', async () => {
    const { z, request } = fakeZ(new Map());
    expect(await locationToken(z, { authData: OAUTH_AUTH } as any, CHOSEN)).toBeUndefined();
    expect(request).not.toHaveBeenCalled();
  });
});

describe('Connect as', () => {
  it('exchanges the code with user_type=Company when the agency is chosen', async () => {
    const auth = (App.oauthApp as any).authentication;
    nock(BASE)
      .post('/oauth/token', (body) => body.user_type === 'Company' && body.grant_type === 'authorization_code')
      .reply(200, { access_token: 'a', refresh_token: 'r', userType: 'Company', companyId: COMPANY_ID });
    const data = (await runAppFunction('oauth', auth.oauth2Config.getAccessToken, {
      inputData: { code: 'c', redirect_uri: 'https://zapier.com/cb', connectAs: 'Company' },
    })) as Record<string, string>;
    expect(data).toMatchObject({ userType: 'Company', companyId: COMPANY_ID, locationId: '' });
    expect(auth.fields[0]).toMatchObject({ key: 'connectAs', default: 'Location' });
  });
});
