import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { app, count, FakeClock, ghlEvent, openTestDb, postEvent, sign, testConfig } from './helpers';

describe('POST /webhooks/ghl', async () => {
  const db = await openTestDb();
  const clock = new FakeClock();
  let relay: ReturnType<typeof app>;
  const subscribe = (locationId: string, eventType: string) =>
    db.store.createSubscription({ locationId, eventType, targetUrl: 'https://hooks.zapier.com/h/1/', filters: {}, createdAt: clock.now() });
  const nothingStored = async () => {
    assert.equal(await count(db.sql, 'events'), 0);
    assert.equal(await count(db.sql, 'deliveries'), 0);
  };

  before(() => void (relay = app(db.store, clock)));
  beforeEach(() => db.reset());
  after(() => db.store.close());

  it('stores a signed event and one delivery per matching subscription, then answers 200', async () => {
    await subscribe('loc-1', 'ContactCreate');
    await subscribe('loc-1', 'ContactCreate');
    await subscribe('loc-1', 'ContactUpdate');
    await subscribe('loc-2', 'ContactCreate');
    const res = await postEvent(relay.server, ghlEvent('ContactCreate'));
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { ok: true });
    assert.equal(await count(db.sql, 'events'), 1);
    assert.equal(await count(db.sql, 'deliveries'), 2);
    assert.match(await relay.metrics.registry.metrics(), /relay_events_received_total\{type="ContactCreate"\} 1/);
  });

  it('keeps the raw body byte for byte', async () => {
    const raw =
      '{ "type":"ContactCreate", "locationId":"loc-1", "webhookId":"w-raw", "timestamp":"' +
      new Date(clock.now()).toISOString() +
      '", "é": 1 }';
    assert.equal((await postEvent(relay.server, raw)).statusCode, 200);
    const rows = await db.sql.query<{ body: string }>('SELECT body FROM events');
    assert.equal(rows.rows[0].body, raw);
  });

  const refusals: [string, () => { body: unknown; signature?: string | null }, number, string][] = [
    ['missing signature', () => ({ body: ghlEvent('ContactCreate'), signature: null }), 401, 'missing_signature'],
    [
      'forged signature (signed another body)',
      () => ({ body: ghlEvent('ContactCreate'), signature: sign('{"other":1}') }),
      401,
      'invalid_signature',
    ],
    [
      'signature that is not base64 RSA',
      () => ({ body: ghlEvent('ContactCreate'), signature: 'bm90IGEgc2lnbmF0dXJl' }),
      401,
      'invalid_signature',
    ],
    ['malformed JSON', () => ({ body: '{"type": "ContactCreate",' }), 400, 'malformed_json'],
    ['JSON that is not an object', () => ({ body: '[1,2]' }), 400, 'malformed_json'],
    ['missing webhookId', () => ({ body: { ...ghlEvent('ContactCreate'), webhookId: undefined } }), 400, 'invalid_payload'],
    ['missing type', () => ({ body: { ...ghlEvent('ContactCreate'), type: undefined } }), 400, 'invalid_payload'],
    ['missing locationId', () => ({ body: { ...ghlEvent('ContactCreate'), locationId: undefined } }), 400, 'invalid_payload'],
    ['timestamp that is not a date', () => ({ body: ghlEvent('ContactCreate', { timestamp: 'yesterday' }) }), 400, 'invalid_payload'],
    [
      'stale timestamp (6 minutes old)',
      () => ({ body: ghlEvent('ContactCreate', { timestamp: new Date(T() - 6 * 60_000).toISOString() }) }),
      400,
      'stale_timestamp',
    ],
    [
      'stale timestamp (6 minutes ahead)',
      () => ({ body: ghlEvent('ContactCreate', { timestamp: new Date(T() + 6 * 60_000).toISOString() }) }),
      400,
      'stale_timestamp',
    ],
    ['unknown event type', () => ({ body: ghlEvent('ContactExploded') }), 422, 'unknown_event_type'],
  ];
  const T = () => clock.now();
  for (const [name, make, status, reason] of refusals) {
    it(`refuses ${name}: ${status} ${reason}, nothing stored`, async () => {
      await subscribe('loc-1', 'ContactCreate');
      const { body, signature } = make();
      const res = await postEvent(relay.server, body, signature);
      assert.equal(res.statusCode, status);
      assert.equal(res.json().error, reason);
      assert.equal(typeof res.json().message, 'string');
      await nothingStored();
      assert.match(await relay.metrics.registry.metrics(), new RegExp(`relay_events_rejected_total\\{reason="${reason}"\\} [1-9]`));
    });
  }

  it('accepts a timestamp 4 minutes off either way', async () => {
    for (const off of [-4, 4]) {
      const res = await postEvent(
        relay.server,
        ghlEvent('ContactCreate', { timestamp: new Date(clock.now() + off * 60_000).toISOString() }),
      );
      assert.equal(res.statusCode, 200);
    }
  });

  it('refuses a replayed webhookId with 409 and stores nothing more', async () => {
    await subscribe('loc-1', 'ContactCreate');
    const event = ghlEvent('ContactCreate');
    assert.equal((await postEvent(relay.server, event)).statusCode, 200);
    const again = await postEvent(relay.server, event);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error, 'replayed_webhook');
    assert.equal(await count(db.sql, 'events'), 1);
    assert.equal(await count(db.sql, 'deliveries'), 1);
  });

  it('refuses concurrent copies of one webhookId but once (the unique constraint decides)', async () => {
    const event = ghlEvent('ContactCreate');
    const codes = (await Promise.all([1, 2, 3, 4].map(() => postEvent(relay.server, event)))).map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [200, 409, 409, 409]);
  });

  it('refuses a body over the cap with 413 before reading it as JSON', async () => {
    const small = app(db.store, clock, testConfig({ MAX_BODY_BYTES: '2048' }));
    const big = ghlEvent('ContactCreate', { notes: 'x'.repeat(4096) });
    const res = await postEvent(small.server, big);
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error, 'body_too_large');
    await nothingStored();
    assert.match(await small.metrics.registry.metrics(), /relay_events_rejected_total\{reason="body_too_large"\} 1/);
  });

  it('routes invoice events by altId and Location events by id', async () => {
    await subscribe('loc-9', 'InvoicePaid');
    await subscribe('loc-8', 'LocationUpdate');
    const inv = { ...ghlEvent('InvoicePaid', { altId: 'loc-9', altType: 'location' }), locationId: undefined };
    const locUpdate = { ...ghlEvent('LocationUpdate', { id: 'loc-8' }), locationId: undefined };
    assert.equal((await postEvent(relay.server, inv)).statusCode, 200);
    assert.equal((await postEvent(relay.server, locUpdate)).statusCode, 200);
    assert.equal(await count(db.sql, 'deliveries'), 2);
  });

  it('UNINSTALL removes the location’s subscriptions and their pending deliveries, and no other', async () => {
    await subscribe('loc-1', 'ContactCreate');
    await subscribe('loc-1', 'TaskCreate');
    await subscribe('loc-2', 'ContactCreate');
    assert.equal((await postEvent(relay.server, ghlEvent('ContactCreate'))).statusCode, 200);
    assert.equal((await postEvent(relay.server, ghlEvent('UNINSTALL'))).statusCode, 200);
    const left = await db.sql.query<{ location_id: string }>('SELECT location_id FROM subscriptions');
    assert.deepEqual(
      left.rows.map((r) => r.location_id),
      ['loc-2'],
    );
    assert.equal(await count(db.sql, 'deliveries'), 0);
  });

  it('GET /healthz answers 200 when the database answers', async () => {
    const res = await relay.server.inject({ method: 'GET', url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { ok: true });
  });

  it('GET /metrics lists every relay metric, queue depth read on scrape', async () => {
    await subscribe('loc-1', 'ContactCreate');
    await postEvent(relay.server, ghlEvent('ContactCreate'));
    const res = await relay.server.inject({ method: 'GET', url: '/metrics' });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/plain/);
    for (const name of [
      'relay_events_received_total',
      'relay_events_rejected_total',
      'relay_deliveries_total',
      'relay_delivery_latency_seconds',
    ])
      assert.match(res.body, new RegExp(`# TYPE ${name}`));
    assert.match(res.body, /relay_queue_depth 1/);
  });
});
