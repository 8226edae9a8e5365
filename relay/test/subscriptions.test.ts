import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { loadConfig } from '../src/config';
import { allowedTarget } from '../src/hooks';
import { app, count, FakeClock, httpTarget, openTestDb, SECRET, testConfig } from './helpers';

const HOOK = 'https://hooks.zapier.com/hooks/standard/123/abc/';

describe('allowedTarget (WHATWG URL, not a string prefix)', () => {
  const allowed = [new URL('https://hooks.zapier.com/')];
  const cases: [string, boolean][] = [
    [HOOK, true],
    ['https://HOOKS.zapier.com/hooks/x', true],
    ['https://hooks.zapier.com.evil.com/hooks/x', false],
    ['https://hooks.zapier.com@evil.com/', false],
    ['https://user:pw@hooks.zapier.com/hooks/x', false],
    ['http://hooks.zapier.com/hooks/x', false],
    ['https://hooks.zapier.com:8443/hooks/x', false],
    ['https://evilhooks.zapier.com/', false],
    ['https://zapier.com/hooks/x', false],
    ['https://127.0.0.1/', false],
    ['not a url', false],
    ['javascript:alert(1)', false],
  ];
  for (const [url, ok] of cases) it(`${ok ? 'allows' : 'refuses'} ${url}`, () => assert.equal(Boolean(allowedTarget(url, allowed)), ok));

  it('compares an allowed path by whole segments', () => {
    const local = [new URL('http://127.0.0.1:3000/hooks')];
    assert.ok(allowedTarget('http://127.0.0.1:3000/hooks/1', local));
    assert.equal(allowedTarget('http://127.0.0.1:3000/hooksevil/1', local), undefined);
    assert.equal(allowedTarget('http://127.0.0.1:3000/hooks/../admin', local), undefined);
  });
});

describe('configuration', () => {
  it('refuses a bad value, naming the variable', () => {
    assert.throws(() => loadConfig({ RELAY_SHARED_SECRET: 'short' }), /RELAY_SHARED_SECRET/);
    assert.throws(() => loadConfig({ RELAY_SHARED_SECRET: SECRET, GHL_WEBHOOK_PUBLIC_KEY: 'nope' }), /GHL_WEBHOOK_PUBLIC_KEY/);
    assert.throws(() => loadConfig({ RELAY_SHARED_SECRET: SECRET, ALLOWED_HOOK_ORIGINS: 'ftp://x/' }), /ALLOWED_HOOK_ORIGINS/);
    assert.throws(() => loadConfig({ RELAY_SHARED_SECRET: SECRET, PORT: 'eighty' }), /PORT/);
  });
  it('defaults to GHL’s published key, Zapier’s hook host and a 256 KiB cap', () => {
    const c = loadConfig({ RELAY_SHARED_SECRET: SECRET });
    assert.equal(c.ghlPublicKey.asymmetricKeyDetails?.modulusLength, 4096);
    assert.deepEqual(
      c.allowedHookOrigins.map((u) => u.href),
      ['https://hooks.zapier.com/'],
    );
    assert.equal(c.maxBodyBytes, 262_144);
    assert.equal(c.databaseUrl, undefined);
  });
});

describe('subscriptions API', async () => {
  const db = await openTestDb();
  const clock = new FakeClock();
  const ghlCalls: { url: string; auth?: string; version?: string }[] = [];
  // A stand-in for GHL: tok-1 belongs to loc-1, tok-2 to "loc/2?x"; anything else is 401.
  const owners: Record<string, string> = { 'tok-1': 'loc-1', 'tok-2': 'loc/2?x' };
  const ghl = await httpTarget((req, _body, res) => {
    ghlCalls.push({ url: req.url ?? '', auth: req.headers.authorization, version: req.headers.version as string });
    if (req.headers.authorization === 'Bearer tok-down') return void res.writeHead(503).end();
    const owner = owners[(req.headers.authorization ?? '').replace('Bearer ', '')];
    if (!owner) return void res.writeHead(401).end('{}');
    const wanted = decodeURIComponent((req.url ?? '').replace('/locations/', ''));
    if (wanted !== owner) return void res.writeHead(403).end('{}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ location: { id: owner, name: 'Shop' } }));
  });
  let relay: ReturnType<typeof app>;
  before(() => void (relay = app(db.store, clock, testConfig({ GHL_API_BASE_URL: ghl.url }))));
  beforeEach(async () => {
    ghlCalls.length = 0;
    await db.reset();
  });
  after(async () => {
    await ghl.close();
    await db.store.close();
  });

  const subscribe = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    relay.server.inject({
      method: 'POST',
      url: '/subscriptions',
      headers: { authorization: `Bearer ${SECRET}`, 'x-ghl-access-token': 'tok-1', ...headers },
      payload: body,
    });
  const valid = { locationId: 'loc-1', eventType: 'OpportunityStageUpdate', targetUrl: HOOK, filters: { pipelineId: 'p1' } };

  it('creates a subscription for the token’s own location: 201 with the contract’s fields', async () => {
    const res = await subscribe(valid);
    assert.equal(res.statusCode, 201);
    const sub = res.json();
    assert.match(sub.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      { ...sub, id: undefined },
      {
        id: undefined,
        locationId: 'loc-1',
        eventType: 'OpportunityStageUpdate',
        targetUrl: HOOK,
        filters: { pipelineId: 'p1' },
        createdAt: new Date(clock.now()).toISOString(),
      },
    );
    assert.deepEqual(ghlCalls, [{ url: '/locations/loc-1', auth: 'Bearer tok-1', version: '2021-07-28' }]);
    assert.equal(await count(db.sql, 'subscriptions'), 1);
  });

  it('URL-encodes the location id on the ownership check', async () => {
    const res = await subscribe({ ...valid, locationId: 'loc/2?x' }, { 'x-ghl-access-token': 'tok-2' });
    assert.equal(res.statusCode, 201);
    assert.equal(ghlCalls[0].url, '/locations/loc%2F2%3Fx');
  });

  for (const [name, headers] of [
    ['missing secret', { authorization: '' }],
    ['wrong secret', { authorization: `Bearer ${SECRET}x` }],
    ['secret without Bearer', { authorization: SECRET }],
  ] as const) {
    it(`refuses a ${name}: 401, GHL not called, nothing stored`, async () => {
      const res = await subscribe(valid, headers);
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().error, 'unauthorized');
      assert.equal(ghlCalls.length, 0);
      assert.equal(await count(db.sql, 'subscriptions'), 0);
    });
  }

  it('refuses a token that does not own the location: 403 location_not_owned', async () => {
    const res = await subscribe({ ...valid, locationId: 'loc-other' });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error, 'location_not_owned');
    const unknown = await subscribe(valid, { 'x-ghl-access-token': 'tok-stolen' });
    assert.equal(unknown.statusCode, 403);
    const missing = await subscribe(valid, { 'x-ghl-access-token': '' });
    assert.equal(missing.statusCode, 403);
    assert.equal(await count(db.sql, 'subscriptions'), 0);
  });

  it('answers 502 when GHL cannot say who owns the location (and stores nothing)', async () => {
    const res = await subscribe(valid, { 'x-ghl-access-token': 'tok-down' });
    assert.equal(res.statusCode, 502);
    assert.equal(res.json().error, 'ghl_unavailable');
    assert.equal(await count(db.sql, 'subscriptions'), 0);
  });

  for (const target of [
    'https://hooks.zapier.com.evil.com/hooks/1',
    'http://hooks.zapier.com/hooks/1',
    'https://evil.example/hooks.zapier.com/',
    'https://hooks.zapier.com@169.254.169.254/',
    'http://127.0.0.1:8080/admin',
  ]) {
    it(`refuses targetUrl ${target}: 422 target_not_allowed, GHL not called`, async () => {
      const res = await subscribe({ ...valid, targetUrl: target });
      assert.equal(res.statusCode, 422);
      assert.equal(res.json().error, 'target_not_allowed');
      assert.equal(ghlCalls.length, 0);
      assert.equal(await count(db.sql, 'subscriptions'), 0);
    });
  }

  it('refuses an unknown eventType (422) and a malformed body (400)', async () => {
    const unknown = await subscribe({ ...valid, eventType: 'ContactExploded' });
    assert.equal(unknown.statusCode, 422);
    assert.equal(unknown.json().error, 'unknown_event_type');
    const bad = await subscribe({ ...valid, filters: { pipelineId: 3 } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().message, /filters\.pipelineId/);
    const missing = await subscribe({ eventType: 'ContactCreate' });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().message, /locationId/);
    assert.equal(await count(db.sql, 'subscriptions'), 0);
  });

  it('DELETE /subscriptions/:id → 204, then 404; needs the secret', async () => {
    const { id } = (await subscribe(valid)).json();
    const del = (sid: string, auth = `Bearer ${SECRET}`) =>
      relay.server.inject({ method: 'DELETE', url: `/subscriptions/${sid}`, headers: { authorization: auth } });
    assert.equal((await del(id, 'Bearer nope')).statusCode, 401);
    assert.equal((await del(id)).statusCode, 204);
    assert.equal((await del(id)).statusCode, 404);
    assert.equal((await del('not-a-uuid')).statusCode, 404);
    assert.equal(await count(db.sql, 'subscriptions'), 0);
  });
});
