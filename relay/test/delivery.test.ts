import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { DeliveryWorker } from '../src/delivery/worker';
import { createMetrics } from '../src/metrics';
import type { Store } from '../src/store/store';
import { app, count, FakeClock, ghlEvent, httpTarget, openTestDb, postEvent, testConfig } from './helpers';

describe('delivery', async () => {
  const db = await openTestDb();
  const clock = new FakeClock();
  const target = await httpTarget();
  const config = testConfig({ ALLOWED_HOOK_ORIGINS: `${target.url}/hooks/` });
  const relay = app(db.store, clock, config);
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const worker = (store: Store = db.store, extra: Partial<ConstructorParameters<typeof DeliveryWorker>[0]> = {}) =>
    new DeliveryWorker({
      store,
      clock,
      metrics: relay.metrics,
      log: quiet,
      allowedHookOrigins: config.allowedHookOrigins,
      timeoutMs: 300,
      backoff: (attempt) => attempt * 1000,
      ...extra,
    });
  const subscribe = (eventType: string, filters: Record<string, string> = {}, path = '/hooks/a', locationId = 'loc-1') =>
    db.store.createSubscription({ locationId, eventType, targetUrl: `${target.url}${path}`, filters, createdAt: clock.now() });
  const emit = async (type: string, fields: Record<string, unknown> = {}) => {
    const event = ghlEvent(type, fields, clock);
    assert.equal((await postEvent(relay.server, event)).statusCode, 200);
    return event;
  };
  const statuses = async () =>
    (await db.sql.query<{ status: string }>('SELECT status FROM deliveries ORDER BY id')).rows.map((r) => r.status);

  before(() => undefined);
  beforeEach(async () => {
    target.received.length = 0;
    target.respond = (_q, _b, res) => res.end('ok');
    await db.reset();
  });
  after(async () => {
    await target.close();
    await db.store.close();
  });

  it('POSTs the envelope (stable id = webhookId, GHL’s payload as data) with X-Relay-Attempt', async () => {
    const sub = await subscribe('ContactCreate');
    const event = await emit('ContactCreate', { email: 'a@example.com' });
    clock.advance(120);
    assert.equal(await worker().runOnce(), 1);
    assert.equal(target.received.length, 1);
    const got = target.received[0];
    assert.equal(got.path, '/hooks/a');
    assert.equal(got.headers['content-type'], 'application/json');
    assert.equal(got.headers['x-relay-attempt'], '1');
    assert.deepEqual(got.body, {
      id: event.webhookId,
      type: 'ContactCreate',
      locationId: 'loc-1',
      timestamp: event.timestamp,
      data: event,
    });
    assert.deepEqual(await statuses(), ['delivered']);
    assert.ok(sub.id);
    const text = await relay.metrics.registry.metrics();
    assert.match(text, /relay_deliveries_total\{outcome="delivered"\} [1-9]/);
    assert.match(text, /relay_delivery_latency_seconds_bucket\{le="0.25"\} [1-9]/);
  });

  it('delivers only to subscriptions whose filters all match (tag matched in the tags array)', async () => {
    await subscribe('OpportunityStageUpdate', { pipelineId: 'p1' }, '/hooks/p1');
    await subscribe('OpportunityStageUpdate', { pipelineId: 'p1', pipelineStageId: 's2' }, '/hooks/p1s2');
    await subscribe('OpportunityStageUpdate', {}, '/hooks/all');
    await subscribe('ContactTagUpdate', { tag: 'vip' }, '/hooks/vip');
    await subscribe('InboundMessage', { messageType: 'SMS' }, '/hooks/sms');
    await emit('OpportunityStageUpdate', { pipelineId: 'p1', pipelineStageId: 's1' });
    await emit('OpportunityStageUpdate', { pipelineId: 'p2', pipelineStageId: 's2' });
    await emit('ContactTagUpdate', { tags: ['new', 'vip'] });
    await emit('ContactTagUpdate', { tags: ['new'] });
    await emit('ContactTagUpdate', {});
    await emit('InboundMessage', { messageType: 'Email' });
    await emit('InboundMessage', { messageType: 'SMS' });
    while ((await worker().runOnce()) > 0);
    const paths = target.received.map((r) => r.path).sort();
    assert.deepEqual(paths, ['/hooks/all', '/hooks/all', '/hooks/p1', '/hooks/sms', '/hooks/vip']);
  });

  it("matches a filter against the event subject's nested object when the top level lacks the field (appointment.calendarId)", async () => {
    await subscribe('AppointmentCreate', { calendarId: 'cal1' }, '/hooks/cal1');
    await subscribe('AppointmentCreate', { calendarId: 'cal2' }, '/hooks/cal2');
    await emit('AppointmentCreate', { appointment: { id: 'a1', calendarId: 'cal1' } });
    await emit('AppointmentCreate', { appointment: { id: 'a2', calendarId: 'cal3' } });
    // A top-level field wins over the nested one.
    await emit('AppointmentCreate', { calendarId: 'cal2', appointment: { id: 'a3', calendarId: 'cal1' } });
    // Only the subject's own object is read: a contact's nested calendarId is not an appointment's.
    await subscribe('ContactCreate', { calendarId: 'cal1' }, '/hooks/contact');
    await emit('ContactCreate', { appointment: { calendarId: 'cal1' } });
    while ((await worker().runOnce()) > 0);
    assert.deepEqual(target.received.map((r) => [r.path, (r.body.data.appointment as { id?: string } | undefined)?.id]).sort(), [
      ['/hooks/cal1', 'a1'],
      ['/hooks/cal2', 'a3'],
    ]);
  });

  it('matches the contactId and associationId filters of the task, note, message and relation triggers', async () => {
    for (const type of ['TaskCreate', 'TaskComplete', 'NoteCreate', 'InboundMessage', 'OutboundMessage'])
      await subscribe(type, { contactId: 'c1' }, `/hooks/${type}`);
    await subscribe('RelationCreate', { associationId: 'as1' }, '/hooks/RelationCreate');
    for (const type of ['TaskCreate', 'TaskComplete', 'NoteCreate', 'InboundMessage', 'OutboundMessage']) {
      await emit(type, { contactId: 'c1' });
      await emit(type, { contactId: 'c2' });
    }
    await emit('RelationCreate', { associationId: 'as1', firstRecordId: 'r1' });
    await emit('RelationCreate', { associationId: 'as2', firstRecordId: 'r2' });
    while ((await worker().runOnce()) > 0);
    const got = target.received.map((r) => [r.path, r.body.data.contactId ?? r.body.data.associationId]).sort();
    assert.deepEqual(got, [
      ['/hooks/InboundMessage', 'c1'],
      ['/hooks/NoteCreate', 'c1'],
      ['/hooks/OutboundMessage', 'c1'],
      ['/hooks/RelationCreate', 'as1'],
      ['/hooks/TaskComplete', 'c1'],
      ['/hooks/TaskCreate', 'c1'],
    ]);
  });

  it('410 Gone deletes the subscription and its pending deliveries', async () => {
    await subscribe('ContactCreate');
    await emit('ContactCreate');
    await emit('ContactCreate');
    target.respond = (_q, _b, res) => res.writeHead(410).end();
    await worker().runOnce();
    assert.equal(target.received.length, 1);
    assert.equal(await count(db.sql, 'subscriptions'), 0);
    assert.equal(await count(db.sql, 'deliveries'), 0);
  });

  it('500 is retried after the backoff, then delivered with the same id and X-Relay-Attempt 2', async () => {
    await subscribe('ContactCreate');
    const event = await emit('ContactCreate');
    target.respond = (_q, _b, res) => res.writeHead(500).end();
    const w = worker();
    assert.equal(await w.runOnce(), 1);
    assert.deepEqual(await statuses(), ['pending']);
    clock.advance(999);
    assert.equal(await w.runOnce(), 0, 'not before the backoff');
    clock.advance(1);
    target.respond = (_q, _b, res) => res.end();
    assert.equal(await w.runOnce(), 1);
    assert.deepEqual(
      target.received.map((r) => [r.body.id, r.headers['x-relay-attempt']]),
      [
        [event.webhookId, '1'],
        [event.webhookId, '2'],
      ],
    );
    assert.deepEqual(await statuses(), ['delivered']);
  });

  it('a timeout is retried, then delivered', async () => {
    await subscribe('ContactCreate');
    await emit('ContactCreate');
    target.respond = () => undefined; // never answers
    const w = worker();
    await w.runOnce();
    const row = (await db.sql.query<{ last_error: string; status: string }>('SELECT last_error, status FROM deliveries')).rows[0];
    assert.deepEqual(row, { last_error: 'timeout after 300 ms', status: 'pending' });
    clock.advance(1000);
    target.respond = (_q, _b, res) => res.end();
    await w.runOnce();
    assert.deepEqual(await statuses(), ['delivered']);
    assert.equal(target.received.length, 2);
  });

  it('429 waits for Retry-After when it is longer than the backoff', async () => {
    await subscribe('ContactCreate');
    await emit('ContactCreate');
    target.respond = (_q, _b, res) => res.writeHead(429, { 'retry-after': '30' }).end();
    const w = worker();
    await w.runOnce();
    clock.advance(29_000);
    assert.equal(await w.runOnce(), 0);
    clock.advance(1_000);
    target.respond = (_q, _b, res) => res.end();
    assert.equal(await w.runOnce(), 1);
    assert.deepEqual(await statuses(), ['delivered']);
  });

  it('other 4xx fail at once, are not retried, and do not block the next event', async () => {
    await subscribe('ContactCreate');
    await emit('ContactCreate');
    await emit('ContactCreate');
    let first = true;
    target.respond = (_q, _b, res) => {
      res.writeHead(first ? 400 : 200).end();
      first = false;
    };
    const w = worker();
    await w.runOnce();
    await w.runOnce();
    clock.advance(3_600_000);
    assert.equal(await w.runOnce(), 0);
    assert.deepEqual(await statuses(), ['failed', 'delivered']);
    assert.equal(target.received.length, 2);
  });

  it('keeps order per subscription: the next event waits while an earlier one is retried', async () => {
    await subscribe('ContactUpdate', {}, '/hooks/ordered');
    await subscribe('ContactUpdate', {}, '/hooks/other');
    const events = [await emit('ContactUpdate'), await emit('ContactUpdate'), await emit('ContactUpdate')];
    let failOnce = true;
    target.respond = (req, _b, res) => {
      const fail = req.url === '/hooks/ordered' && failOnce;
      if (fail) failOnce = false;
      res.writeHead(fail ? 503 : 200).end();
    };
    const w = worker();
    for (let i = 0; i < 10; i++) {
      await w.runOnce();
      clock.advance(500);
    }
    const ordered = target.received.filter((r) => r.path === '/hooks/ordered').map((r) => r.body.id);
    assert.deepEqual(ordered, [events[0].webhookId, ...events.map((e) => e.webhookId)]);
    const other = target.received.filter((r) => r.path === '/hooks/other').map((r) => r.body.id);
    assert.deepEqual(
      other,
      events.map((e) => e.webhookId),
      'another subscription is not held up',
    );
  });

  it('dead-letters after retrying for the retry period (24 h)', async () => {
    await subscribe('ContactCreate');
    await emit('ContactCreate');
    target.respond = (_q, _b, res) => res.writeHead(502).end();
    const w = worker(db.store, { backoff: () => 3_600_000 });
    let attempts = 0;
    for (let i = 0; i < 30 && (await statuses())[0] === 'pending'; i++) {
      attempts += await w.runOnce();
      clock.advance(3_600_000);
    }
    assert.deepEqual(await statuses(), ['dead']);
    assert.equal(attempts, 25, 'hourly attempts from 0 h to 24 h');
    assert.match(await relay.metrics.registry.metrics(), /relay_deliveries_total\{outcome="dead"\} 1/);
  });

  it('re-checks the target before each delivery: a stored row outside the allowed hosts is never called', async () => {
    await subscribe('ContactCreate');
    await db.sql.query(`UPDATE subscriptions SET target_url = 'http://127.0.0.1:9/steal'`);
    await emit('ContactCreate');
    await worker().runOnce();
    assert.equal(target.received.length, 0);
    assert.deepEqual(await statuses(), ['failed']);
    assert.match(await relay.metrics.registry.metrics(), /relay_deliveries_total\{outcome="refused"\} 1/);
  });

  it('a claim whose worker died is taken over after its lease, and redelivered with the same id', async () => {
    await subscribe('ContactCreate');
    const event = await emit('ContactCreate');
    const claimed = await db.store.claimDue(clock.now(), 10, 60_000); // a worker that crashes before sending
    assert.equal(claimed.length, 1);
    const w = worker();
    assert.equal(await w.runOnce(), 0, 'leased');
    clock.advance(60_000);
    assert.equal(await w.runOnce(), 1);
    assert.equal(target.received[0].body.id, event.webhookId);
    assert.equal(target.received[0].headers['x-relay-attempt'], '2');
    await db.store.finish(claimed[0], { kind: 'retry', at: clock.now(), error: 'late' }, clock.now());
    assert.deepEqual(await statuses(), ['delivered'], 'the stale claim’s late finish is fenced off');
  });

  it('two workers on one store deliver each event once', async () => {
    for (let s = 0; s < 8; s++) await subscribe('TaskCreate', {}, `/hooks/s${s}`);
    const ids = [];
    for (let i = 0; i < 40; i++) ids.push((await emit('TaskCreate')).webhookId);
    const a = worker(db.store, { concurrency: 3 });
    const b = worker(db.store, { concurrency: 3 });
    for (let round = 0; round < 200 && (await db.store.pendingCount()) > 0; round++) await Promise.all([a.runOnce(), b.runOnce()]);
    assert.equal(target.received.length, 8 * 40);
    const keys = new Set(target.received.map((r) => `${r.path} ${r.body.id}`));
    assert.equal(keys.size, 8 * 40, 'no duplicates');
    for (let s = 0; s < 8; s++)
      assert.deepEqual(
        target.received.filter((r) => r.path === `/hooks/s${s}`).map((r) => r.body.id),
        ids,
        'in order',
      );
  });

  it('events stored before a crash are delivered after a restart (PGlite on disk)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-restart-'));
    try {
      const first = await openTestDb(dir);
      const before = app(first.store, clock, config);
      await first.store.createSubscription({
        locationId: 'loc-1',
        eventType: 'NoteCreate',
        targetUrl: `${target.url}/hooks/r`,
        filters: {},
        createdAt: clock.now(),
      });
      const event = ghlEvent('NoteCreate', {}, clock);
      assert.equal((await postEvent(before.server, event)).statusCode, 200);
      await first.store.close(); // the process goes away before any delivery
      const second = await openTestDb(dir);
      const w = new DeliveryWorker({
        store: second.store,
        clock,
        metrics: createMetrics(() => second.store.pendingCount()),
        log: quiet,
        allowedHookOrigins: config.allowedHookOrigins,
      });
      assert.equal(await w.runOnce(), 1);
      assert.deepEqual(
        target.received.map((r) => r.body.id),
        [event.webhookId],
      );
      await second.store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the running loop delivers soon after a wake-up, and stop() waits for deliveries in flight', async () => {
    await subscribe('ContactCreate');
    const w = worker(db.store, { idleMs: 10_000 });
    w.start();
    await emit('ContactCreate');
    w.wake();
    for (let i = 0; i < 100 && target.received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await w.stop();
    assert.equal(target.received.length, 1);
    assert.deepEqual(await statuses(), ['delivered']);
  });
});
