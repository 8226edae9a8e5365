/**
 * End to end: the app's real operations against the local GHL sandbox (sandbox/server.js) over
 * loopback HTTP. No mocks: paging, token rotation and the rate limit are GHL's behaviours as the
 * sandbox plays them.
 */
import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import { oauthAuthentication } from '../../authentication';
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, SANDBOX_LOCATION_TOKEN, startSandbox, type Sandbox } from '../../sandbox/server';
import { invokeEnv } from '../../sandbox/invoke-env';
import { tokenAuthentication } from '../../authentication';
import { errorOf } from '../helpers';

jest.setTimeout(30_000);

const appTester = createAppTester(App.oauthApp);
const kinds = { trigger: 'triggers', search: 'searches', create: 'creates' } as const;

const run = (kind: keyof typeof kinds, key: string, authData: Record<string, unknown>, inputData = {}, meta = {}) =>
  appTester((App.oauthApp as any)[kinds[kind]][key].operation.perform, { authData, inputData, meta } as any) as Promise<any>;

const connection = (sandbox: Sandbox) => {
  const tokens = sandbox.state.issueTokens();
  return { ...tokens, locationId: sandbox.state.locationId, companyId: sandbox.state.companyId };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const savedBaseUrl = process.env.GHL_API_BASE_URL;

const start = async (options: Parameters<typeof startSandbox>[0] = {}) => {
  const sandbox = await startSandbox({ clientId: process.env.CLIENT_ID, clientSecret: process.env.CLIENT_SECRET, ...options });
  process.env.GHL_API_BASE_URL = sandbox.url; // config reads it per request
  return sandbox;
};

afterAll(() => {
  if (savedBaseUrl === undefined) delete process.env.GHL_API_BASE_URL;
  else process.env.GHL_API_BASE_URL = savedBaseUrl;
});

describe('against the GHL sandbox', () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await start();
  });
  afterEach(async () => {
    await sandbox.close();
  });

  it('a dropdown pages: page 0 then page 1 give different records (search_opportunities, GHL page/limit)', async () => {
    const { state } = sandbox;
    const contact = state.contacts[0];
    const pipeline = state.pipelines[0];
    // 130 more opportunities than the seed: two pages of 100.
    for (let i = 0; i < 130; i++) {
      const at = new Date(Date.now() - (i + 1) * 60_000).toISOString();
      state.opportunities.push({
        id: state.nextId(),
        name: `Bulk deal ${i}`,
        monetaryValue: i,
        pipelineId: pipeline.id,
        pipelineStageId: pipeline.stages[0].id,
        status: 'open',
        contactId: contact.id,
        locationId: state.locationId,
        createdAt: at,
        updatedAt: at,
      });
    }
    const auth = connection(sandbox);
    const page0 = await run('trigger', 'search_opportunities', auth, {}, { page: 0, isFillingDynamicDropdown: true });
    const page1 = await run('trigger', 'search_opportunities', auth, {}, { page: 1, isFillingDynamicDropdown: true });
    expect(page0).toHaveLength(100);
    expect(page1).toHaveLength(state.opportunities.length - 100);
    const ids0 = new Set(page0.map((o: any) => o.id));
    expect(page1.some((o: any) => ids0.has(o.id))).toBe(false);
    // Newest first, and page 1 continues where page 0 stopped.
    expect(Date.parse(page0[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(page0[99].createdAt));
    expect(Date.parse(page0[99].createdAt)).toBeGreaterThanOrEqual(Date.parse(page1[0].createdAt));
    const searches = state.log.filter((r) => r.path === '/opportunities/search');
    expect(searches.map((r) => new URLSearchParams(r.query).get('page'))).toEqual(['1', '2']);
    expect(searches.every((r) => r.status === 200)).toBe(true);
  });

  it('a poll asks for the first page only and gets the newest contacts first (new_contact)', async () => {
    const auth = connection(sandbox);
    const items = await run('trigger', 'new_contact', auth);
    expect(items.length).toBe(sandbox.state.contacts.length);
    expect(items[0].id).toBe(sandbox.state.contacts[0].id);
    expect(sandbox.state.log.filter((r) => r.path === '/contacts/search')).toHaveLength(1);
  });

  it('refresh tokens rotate across invocations: the new pair works, the old refresh token is refused', async () => {
    const first = connection(sandbox);
    const refresh = oauthAuthentication.oauth2Config.refreshAccessToken;

    // Invocation 1: refresh.
    const second = (await appTester(refresh as any, { authData: first } as any)) as any;
    expect(second.access_token).toBeTruthy();
    expect(second.refresh_token).toBeTruthy();
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.locationId).toBe(sandbox.state.locationId);
    // The new access token works.
    const found = await run('search', 'get_contact', second, { contactId: sandbox.state.contacts[0].id });
    expect(found[0].id).toBe(sandbox.state.contacts[0].id);

    // Invocation 2: the stored (new) refresh token rotates again.
    const third = (await appTester(refresh as any, { authData: second } as any)) as any;
    expect(third.refresh_token).not.toBe(second.refresh_token);

    // The first refresh token was spent: GHL refuses it.
    const err = await errorOf(appTester(refresh as any, { authData: first } as any));
    // A refresh cannot cure a spent refresh token: the error says so in GHL's words and asks the
    // user to reconnect (Zapier marks the connection stale on a 4xx from the refresh).
    expect(err.name).not.toBe('RefreshAuthError');
    expect(err.message).toMatch(/GHL refused the connection while connecting to GHL \(401: .+\)\..*reconnect your GHL account/);
    const tokenCalls = sandbox.state.log.filter((r) => r.path === '/oauth/token').map((r) => r.status);
    expect(tokenCalls).toEqual([200, 200, 401]);
  });

  it('Opportunity Status Changed sees a status change first, whenever the deal was created; Create Contact names its custom fields', async () => {
    const authData = connection(sandbox);
    const oldest = [...sandbox.state.opportunities].sort((a: any, b: any) => Date.parse(a.createdAt) - Date.parse(b.createdAt))[0] as any;
    const status = oldest.status === 'won' ? 'lost' : 'won';
    await run('create', 'update_opportunity_status', authData, { opportunityId: oldest.id, status });
    const polled = await run('trigger', 'opportunity_status_changed', authData);
    expect(polled[0].opportunityId).toBe(oldest.id);
    expect(polled[0].status).toBe(status);
    expect(sandbox.state.log.some((r: any) => r.method === 'POST' && r.path === '/opportunities/search' && r.status === 200)).toBe(true);

    const fields = await run('trigger', 'list_custom_fields', authData, { model: 'contact' });
    expect(fields.map((f: any) => f.name)).toContain('Favorite Color');
    const created = await run('create', 'create_contact', authData, {
      firstName: 'Ivy',
      email: 'ivy@example.com',
      cf_cfFavColor0000001: 'Teal',
    });
    expect(created.customFieldsByName).toEqual({ 'Favorite Color': 'Teal' });
  });

  it('npm run sandbox prints a .env with which `zapier-platform invoke` connects, for both connections', async () => {
    const opts = {
      url: sandbox.url,
      state: sandbox.state,
      clientId: SANDBOX_CLIENT_ID,
      clientSecret: SANDBOX_CLIENT_SECRET,
      locationToken: SANDBOX_LOCATION_TOKEN,
    };
    /** The authData lines of a .env, as the CLI reads them (`authData_<field>=…`). */
    const authDataOf = (text: string) =>
      Object.fromEntries(
        text
          .split('\n')
          .filter((l) => l.startsWith('authData_'))
          .map((l) => [l.slice('authData_'.length, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
    const oauthEnv = invokeEnv('oauth', opts);
    expect(oauthEnv).toContain(`GHL_API_BASE_URL=${sandbox.url}`);
    expect(oauthEnv).toContain(`CLIENT_ID=${SANDBOX_CLIENT_ID}`);
    const oauthTested = (await appTester(oauthAuthentication.test as any, { authData: authDataOf(oauthEnv) } as any)) as any;
    expect(oauthTested).toMatchObject({ id: sandbox.state.locationId, connectionLevel: 'location' });

    const tokenEnv = invokeEnv('token', opts);
    expect(tokenEnv).toContain('GHL_CONNECTION=token');
    const tokenTester = createAppTester(App.tokenApp);
    const tokenTested = (await tokenTester(tokenAuthentication.test as any, { authData: authDataOf(tokenEnv) } as any)) as any;
    expect(tokenTested).toMatchObject({ id: sandbox.state.locationId });
  });

  it('answers an unknown route with a 404 naming it, and a bad or missing token with GHL’s 401', async () => {
    const auth = connection(sandbox);
    const res = await fetch(`${sandbox.url}/contacts/nope/unknown/path`, {
      headers: { Authorization: `Bearer ${auth.access_token}`, Version: '2021-07-28' },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ statusCode: 404, message: 'Cannot GET /contacts/nope/unknown/path' });
    // An unknown access token is GHL's 401, which Zapier answers by refreshing (RefreshAuthError).
    const bad = await errorOf(run('search', 'get_contact', { ...auth, access_token: 'not-a-token' }, { contactId: 'abc' }));
    expect(bad.name).toBe('RefreshAuthError');
    const unauthorized = sandbox.state.log.find((r) => r.status === 401);
    expect(unauthorized).toMatchObject({ method: 'GET', path: '/contacts/abc' });
    const res401 = await fetch(`${sandbox.url}/contacts/abc`, { headers: { Version: '2021-07-28' } });
    expect(res401.status).toBe(401);
    expect(await res401.json()).toMatchObject({
      statusCode: 401,
      message: 'Invalid token: access token is invalid',
      error: 'Unauthorized',
    });
  });
});

describe('the rate limit', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await start({ rateLimit: { max: 5, intervalMs: 3000 } });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('a burst meets the limit (ThrottledError with GHL’s delay) and succeeds again after waiting', async () => {
    const auth = connection(sandbox);
    const contactId = sandbox.state.contacts[1].id;
    const burst = await Promise.allSettled(Array.from({ length: 8 }, () => run('search', 'get_contact', auth, { contactId })));
    const ok = burst.filter((r) => r.status === 'fulfilled');
    const throttled = burst.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(5);
    expect(throttled).toHaveLength(3);
    const err = await errorOf(Promise.reject(throttled[0].reason));
    expect(err.name).toBe('ThrottledError');
    // Retry-After: the seconds left in the 3 s window.
    expect(err.delay).toBeGreaterThanOrEqual(1);
    expect(err.delay).toBeLessThanOrEqual(3);
    expect(err.message).toMatch(/rate limit/i);
    expect(sandbox.state.log.filter((r) => r.status === 429)).toHaveLength(3);

    // The sandbox answers 429 with GHL's headers.
    const raw = await fetch(`${sandbox.url}/contacts/${contactId}`, {
      headers: { Authorization: `Bearer ${auth.access_token}`, Version: '2021-07-28' },
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(raw.headers.get('x-ratelimit-max')).toBe('5');
    expect(raw.headers.get('x-ratelimit-interval-milliseconds')).toBe('3000');
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    await sleep((err.delay ?? 1) * 1000 + 50);
    const again = await run('search', 'get_contact', auth, { contactId });
    expect(again[0].id).toBe(contactId);
  });
});
