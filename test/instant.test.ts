/**
 * Instant triggers: subscribe/unsubscribe send exactly the relay contract's requests, perform maps
 * a relay envelope of each GHL event to the trigger's output, performList polls like the twin
 * (the table rows, also driven through faults.ts), and every relay refusal reads clearly without
 * ever showing the relay secret.
 */
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { operations } from '../registry.generated';
import { BASE, COMPANY_ID, LOCATION_ID, OAUTH_AUTH, describeOperations, errorOf, expectRequest } from './helpers';
import { commerceListCases, instantEvents, instantListCases } from './cases/instant';

const RELAY = 'https://relay.example.com';
const SECRET = 'relay-shared-secret-for-tests-0123456789abcdef';
const TARGET = 'https://hooks.zapier.com/hooks/standard/123/abc/';
const ENVELOPE_ID = '6f1d8a52-3c1e-4b7a-9e0f-2a4b6c8d0e1f';

const tester = createAppTester(App.oauthApp);
const hookOf = (key: string) => {
  const def = (App.oauthApp.triggers as Record<string, any>)[key];
  if (!def) throw new Error(`no instant trigger ${key}`);
  return def.operation;
};
const instantKeys = operations.filter((op) => op.oauthOnly).map((op) => op.key);

const saved = { url: process.env.GHL_RELAY_URL, secret: process.env.GHL_RELAY_SECRET };
beforeEach(() => {
  process.env.GHL_RELAY_URL = RELAY;
  process.env.GHL_RELAY_SECRET = SECRET;
});
afterAll(() => {
  for (const [name, value] of [
    ['GHL_RELAY_URL', saved.url],
    ['GHL_RELAY_SECRET', saved.secret],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

/** Expects the contract's POST /subscriptions: the app's secret, the connection's token, the exact body. */
const expectSubscribe = (body: Record<string, unknown>, reply: { status: number; body: unknown }, token = OAUTH_AUTH.access_token) =>
  nock(RELAY, {
    reqheaders: { authorization: `Bearer ${SECRET}`, 'x-ghl-access-token': token, 'content-type': 'application/json' },
    badheaders: ['version'],
  })
    .post('/subscriptions', (actual) => JSON.stringify(actual) === JSON.stringify(body))
    .reply(reply.status, reply.body as nock.Body);

const subscribe = (key: string, inputData: Record<string, unknown> = {}, authData: Record<string, string> = OAUTH_AUTH) =>
  tester(hookOf(key).performSubscribe, { authData, inputData, targetUrl: TARGET } as any, true);

describeOperations('Instant triggers: samples (performList)', instantListCases);
describeOperations('Instant triggers: commerce samples (performList)', commerceListCases);

describe('Instant triggers: the definitions', () => {
  it('the OAuth app has every instant trigger as a REST hook with its sample step, the token app none', () => {
    expect(instantKeys).toHaveLength(instantEvents.length);
    expect(new Set(instantEvents.map((e) => e.key))).toEqual(new Set(instantKeys));
    for (const key of instantKeys) {
      const op = hookOf(key);
      expect(op.type).toBe('hook');
      for (const fn of ['perform', 'performList', 'performSubscribe', 'performUnsubscribe']) expect(typeof op[fn]).toBe('function');
      expect(key).toMatch(/_instant$/);
      expect((App.oauthApp.triggers as Record<string, any>)[key].display.label).toMatch(/ \(Instant\)$/);
      expect((App.tokenApp.triggers as Record<string, unknown>)[key]).toBeUndefined();
    }
  });

  it('the polling triggers stay polling triggers in both apps', () => {
    for (const app of [App.oauthApp, App.tokenApp])
      for (const [key, def] of Object.entries(app.triggers as Record<string, any>))
        if (!instantKeys.includes(key)) expect([key, def.operation.type]).toEqual([key, 'polling']);
  });
});

describe.each(instantEvents)('$key', (row) => {
  it('subscribes with exactly the contract request (location, event type, hook URL, filters)', async () => {
    const body = { locationId: LOCATION_ID, eventType: row.event, targetUrl: TARGET, ...(row.filters ? { filters: row.filters } : {}) };
    const created = { id: 'sub1', ...body, filters: row.filters ?? {}, createdAt: '2026-03-01T12:00:00.000Z' };
    const scope = expectSubscribe(body, { status: 201, body: created });
    expect(await subscribe(row.key, row.input)).toEqual(created);
    expect(scope.isDone()).toBe(true);
  });

  it('maps the relay envelope of a GHL event to the output, with the envelope id', async () => {
    // GHL's association and relation payloads carry no `type`: the relay's envelope names the event.
    const envelope = {
      id: ENVELOPE_ID,
      type: row.event,
      locationId: LOCATION_ID,
      timestamp: '2026-03-01T12:00:00.000Z',
      data: row.payload,
    };
    const reads = (row.before ?? []).map((b) => expectRequest(b.request, { status: b.status, body: b.reply }, { key: row.key }));
    const out = await tester(
      hookOf(row.key).perform,
      { authData: OAUTH_AUTH, inputData: row.input ?? {}, cleanedRequest: envelope } as any,
      true,
    );
    expect(out).toEqual([{ ...row.expected, id: ENVELOPE_ID }]);
    for (const scope of reads) expect(scope.isDone()).toBe(true);
  });
});

describe('Instant triggers: perform', () => {
  const envelope = (data: Record<string, unknown>, type = 'ContactCreate') => ({
    id: ENVELOPE_ID,
    type,
    locationId: LOCATION_ID,
    timestamp: '2026-03-01T12:00:00.000Z',
    data: { type, locationId: LOCATION_ID, ...data },
  });
  const perform = (key: string, cleanedRequest: unknown, inputData: Record<string, unknown> = {}) =>
    tester(hookOf(key).perform, { authData: OAUTH_AUTH, inputData, cleanedRequest } as any, true);

  it('drops an event the filters do not match (checked again after the relay) and an event of another type', async () => {
    expect(await perform('contact_created_instant', envelope({ id: 'c1', tags: ['cold'] }), { tag: 'vip' })).toEqual([]);
    expect(await perform('contact_created_instant', envelope({ id: 'c1' }, 'ContactDelete'))).toEqual([]);
    expect(await perform('contact_created_instant', envelope({ id: 'c1', tags: ['vip'] }), { tag: 'vip' })).toHaveLength(1);
  });

  it("never runs for another location's event", async () => {
    expect(await perform('contact_created_instant', { ...envelope({ id: 'c1' }), locationId: 'someone-elses-location' })).toEqual([]);
  });

  it('names custom field values as the polling trigger does', async () => {
    const scope = nock(BASE)
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'contact' })
      .reply(200, { customFields: [{ id: 'cf1', name: 'Favorite Color', dataType: 'TEXT' }] });
    const [out] = (await perform(
      'contact_created_instant',
      envelope({ id: 'c1', name: 'Rosie', customFields: [{ id: 'cf1', value: 'teal' }] }),
    )) as any[];
    expect(scope.isDone()).toBe(true);
    expect(out.customFieldsByName).toEqual({ 'Favorite Color': 'teal' });
    expect(out.id).toBe(ENVELOPE_ID);
  });

  it('refuses a delivery that is not a relay envelope', async () => {
    const err = await errorOf(perform('contact_created_instant', { hello: 'world' }));
    expect(err.message).toMatch(/not a relay event/);
  });
});

describe('Instant triggers: unsubscribe', () => {
  const unsubscribe = (subscribeData: unknown) =>
    tester(hookOf('contact_created_instant').performUnsubscribe, { authData: OAUTH_AUTH, inputData: {}, subscribeData } as any, true);

  it('deletes the subscription by its id, with the app secret only', async () => {
    const scope = nock(RELAY, { reqheaders: { authorization: `Bearer ${SECRET}` }, badheaders: ['version', 'x-ghl-access-token'] })
      .delete('/subscriptions/sub%2F1')
      .reply(204);
    expect(await unsubscribe({ id: 'sub/1' })).toEqual({ id: 'sub/1', deleted: true });
    expect(scope.isDone()).toBe(true);
  });

  it('a subscription the relay no longer has (404) is already gone: no error', async () => {
    const scope = nock(RELAY).delete('/subscriptions/sub1').reply(404, { error: 'not_found', message: 'no such subscription' });
    expect(await unsubscribe({ id: 'sub1' })).toEqual({ id: 'sub1', deleted: false });
    expect(scope.isDone()).toBe(true);
  });
});

describe('Instant triggers: relay configuration and refusals', () => {
  const body = { locationId: LOCATION_ID, eventType: 'ContactCreate', targetUrl: TARGET };

  it.each([
    ['GHL_RELAY_URL', /no GHL_RELAY_URL\b/],
    ['GHL_RELAY_SECRET', /no GHL_RELAY_SECRET\b/],
  ])('without %s, subscribing says what to set and sends nothing', async (name, message) => {
    delete process.env[name];
    const scope = nock(RELAY).post('/subscriptions').reply(201, {});
    const err = await errorOf(subscribe('contact_created_instant'));
    expect(err.message).toMatch(message);
    expect(err.message).toContain('zapier-platform env:set');
    expect(scope.isDone()).toBe(false);
  });

  it('401: the relay refused the app secret', async () => {
    expectSubscribe(body, { status: 401, body: { error: 'unauthorized', message: `bad secret ${SECRET}` } });
    const err = await errorOf(subscribe('contact_created_instant'));
    expect(err.message).toMatch(/^The relay refused the app's secret: set GHL_RELAY_SECRET/);
    expect(err.message).not.toContain(SECRET);
  });

  it('403: the token does not own the location (GHL confirms the token works) → a message naming the location', async () => {
    expectSubscribe(body, { status: 403, body: { error: 'location_not_owned', message: 'token does not belong to the location' } });
    const check = nock(BASE)
      .get(`/locations/${LOCATION_ID}`)
      .reply(200, { location: { id: LOCATION_ID } });
    const err = await errorOf(subscribe('contact_created_instant'));
    expect(check.isDone()).toBe(true);
    expect(err.message).toContain(`belongs to location '${LOCATION_ID}'`);
    expect(err.status).toBe(403);
  });

  it('403 because the token expired: GHL answers 401, so Zapier refreshes the token and tries again', async () => {
    expectSubscribe(body, { status: 403, body: { error: 'location_not_owned' } });
    nock(BASE).get(`/locations/${LOCATION_ID}`).reply(401, { statusCode: 401, message: 'Invalid JWT' });
    const err = await errorOf(subscribe('contact_created_instant'));
    expect(err.name).toBe('RefreshAuthError');
  });

  it("422: the relay's own message", async () => {
    expectSubscribe(body, {
      status: 422,
      body: { error: 'target_not_allowed', message: 'targetUrl must start with https://hooks.zapier.com/' },
    });
    const err = await errorOf(subscribe('contact_created_instant'));
    expect(err.message).toBe('The relay refused the subscription: targetUrl must start with https://hooks.zapier.com/.');
  });

  it.each([
    [401, { message: SECRET }],
    [422, { error: 'bad', message: `echo Bearer ${SECRET} and ${OAUTH_AUTH.access_token}` }],
    [500, `Internal error near ${SECRET}`],
    [503, { message: `token ${OAUTH_AUTH.access_token}` }],
  ])('the relay secret and the GHL token never appear in an error (%s)', async (status, reply) => {
    expectSubscribe(body, { status, body: reply });
    const err = await errorOf(subscribe('contact_created_instant'));
    expect(err.message).not.toContain(SECRET);
    expect(err.message).not.toContain(OAUTH_AUTH.access_token);
  });

  it('an answer without a subscription id (e.g. GHL_RELAY_URL pointing at another site) is an error, not a silent Zap', async () => {
    nock(RELAY).post('/subscriptions').reply(200, '<html>Welcome</html>', { 'Content-Type': 'text/html' });
    const err = await errorOf(subscribe('contact_created_instant'));
    expect(err.message).toMatch(/gave no subscription id/);
  });

  it('an unreachable relay names its origin and nothing secret', async () => {
    nock(RELAY).post('/subscriptions').replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
    const err = await errorOf(subscribe('contact_created_instant'));
    expect(err.message).toContain('https://relay.example.com could not be reached (ECONNREFUSED)');
    expect(err.message).not.toContain(SECRET);
  });
});

describe('Instant triggers: agency connections', () => {
  it("subscribe for the chosen location with that location's token", async () => {
    const agency = { ...OAUTH_AUTH, userType: 'Company', locationId: '', companyId: COMPANY_ID };
    const mint = nock(BASE)
      .post('/oauth/locationToken', `companyId=${COMPANY_ID}&locationId=loc2`)
      .reply(200, { access_token: 'location-token-loc2', expires_in: 86399 });
    const scope = expectSubscribe(
      { locationId: 'loc2', eventType: 'OpportunityStageUpdate', targetUrl: TARGET, filters: { pipelineId: 'p1' } },
      { status: 201, body: { id: 'sub2' } },
      'location-token-loc2',
    );
    expect(await subscribe('opportunity_stage_changed_instant', { locationId: 'loc2', pipelineId: 'p1' }, agency)).toEqual({ id: 'sub2' });
    expect(mint.isDone()).toBe(true);
    expect(scope.isDone()).toBe(true);
  });
});
