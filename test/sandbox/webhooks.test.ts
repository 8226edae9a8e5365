/**
 * The sandbox's GHL webhooks: started with a webhook URL (a local server here), it sends INSTALL
 * per seeded location, then one signed, GHL-shaped event per write made through its HTTP API, in
 * order, and UNINSTALL on request. The signature verifies with the public key it serves.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { SANDBOX_LOCATION_TOKEN, startSandbox, type Sandbox } from '../../sandbox/server';

interface Received {
  body: Buffer;
  json: Record<string, any>;
  signature: string;
}

/** A stand-in for the relay: records every POST; `status()` decides the answer. */
const startReceiver = async (status: () => number = () => 200) => {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const code = status();
      if (code < 300)
        received.push({ body, json: JSON.parse(body.toString('utf8')), signature: String(req.headers['x-wh-signature'] ?? '') });
      res.writeHead(code, { 'Content-Type': 'application/json' });
      res.end(code < 300 ? '{"ok":true}' : '{"error":"down"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/webhooks/ghl`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
};

const call = async (sandbox: Sandbox, method: string, p: string, body?: unknown) => {
  const version = /^\/(calendars|conversations)(\/|$)/.test(p) ? '2021-04-15' : '2021-07-28';
  const res = await fetch(`${sandbox.url}${p}`, {
    method,
    headers: { Authorization: `Bearer ${SANDBOX_LOCATION_TOKEN}`, Version: version, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};

const verifies = (r: Received, publicKey: string) => crypto.verify('sha256', r.body, publicKey, Buffer.from(r.signature, 'base64'));

describe('sandbox webhooks', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let sandbox: Sandbox;
  const keyFile = path.join(os.tmpdir(), `sandbox-webhook-${process.pid}-${Date.now()}.pem`);

  beforeAll(async () => {
    receiver = await startReceiver();
    sandbox = await startSandbox({ port: 0, webhookUrl: receiver.url, webhookKeyOut: keyFile });
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
    fs.rmSync(keyFile, { force: true });
  });

  const publicKey = async () => {
    const res = await fetch(`${sandbox.url}/.sandbox/webhook-public-key`);
    expect(res.status).toBe(200);
    return res.text();
  };
  const since = async (from: number) => {
    await sandbox.state.webhooks?.idle();
    return receiver.received.slice(from);
  };

  it('serves its public key (PEM) and writes it to --webhook-key-out', async () => {
    const pem = await publicKey();
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(pem);
  });

  it('announces INSTALL for each seeded location at start, signed', async () => {
    const events = await since(0);
    const installs = events.filter((e) => e.json.type === 'INSTALL');
    expect(installs.map((e) => e.json.locationId).sort()).toEqual(sandbox.state.locations.map((l) => l.id).sort());
    const pem = await publicKey();
    for (const e of installs) expect(verifies(e, pem)).toBe(true);
  });

  it('sends a signed ContactCreate shaped like GHL’s for a contact created through the API', async () => {
    const from = receiver.received.length;
    const created = await call(sandbox, 'POST', '/contacts/', {
      locationId: sandbox.state.locationId,
      firstName: 'Rosie',
      lastName: 'Knight',
      email: 'rosie.webhook@example.com',
      tags: ['vip'],
    });
    expect(created.status).toBe(201);
    const [event, ...rest] = await since(from);
    expect(rest).toEqual([]);
    expect(event.json).toEqual({
      type: 'ContactCreate',
      locationId: sandbox.state.locationId,
      id: created.body.contact.id,
      dateAdded: created.body.contact.dateAdded,
      dnd: false,
      email: 'rosie.webhook@example.com',
      name: 'Rosie Knight',
      firstName: 'Rosie',
      lastName: 'Knight',
      tags: ['vip'],
      attachments: [],
      customFields: [],
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      webhookId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(Math.abs(Date.parse(event.json.timestamp) - Date.now())).toBeLessThan(60_000);
    expect(verifies(event, await publicKey())).toBe(true);
    // A forged body does not verify with the same signature.
    expect(verifies({ ...event, body: Buffer.from(event.body.toString('utf8').replace('Rosie', 'Rosa')) }, await publicKey())).toBe(false);
  });

  it('sends the opportunity events in order: created, then stage and status changes, each with its own webhookId', async () => {
    const { state } = sandbox;
    const pipeline = state.pipelines[0];
    const from = receiver.received.length;
    const created = await call(sandbox, 'POST', '/opportunities/', {
      locationId: state.locationId,
      pipelineId: pipeline.id,
      name: 'Webhook deal',
      status: 'open',
      contactId: state.contacts[state.contacts.length - 1].id,
      monetaryValue: 100,
    });
    expect(created.status).toBe(201);
    const id = created.body.opportunity.id;
    expect((await call(sandbox, 'PUT', `/opportunities/${id}`, { pipelineStageId: pipeline.stages[1].id })).status).toBe(200);
    expect((await call(sandbox, 'PUT', `/opportunities/${id}/status`, { status: 'won' })).status).toBe(200);
    const events = await since(from);
    expect(events.map((e) => e.json.type)).toEqual([
      'OpportunityCreate',
      'OpportunityUpdate',
      'OpportunityStageUpdate',
      'OpportunityUpdate',
      'OpportunityStatusUpdate',
    ]);
    expect(events[0].json).toMatchObject({
      locationId: state.locationId,
      id,
      name: 'Webhook deal',
      pipelineId: pipeline.id,
      pipelineStageId: pipeline.stages[0].id,
      status: 'open',
      monetaryValue: 100,
    });
    expect(events[2].json).toMatchObject({ id, pipelineStageId: pipeline.stages[1].id });
    expect(events[4].json).toMatchObject({ id, status: 'won' });
    expect(new Set(events.map((e) => e.json.webhookId)).size).toBe(events.length);
    const pem = await publicKey();
    for (const e of events) expect(verifies(e, pem)).toBe(true);
  });

  it('sends TaskCreate and NoteCreate for a contact’s new task and note', async () => {
    const contactId = sandbox.state.contacts[0].id;
    const from = receiver.received.length;
    await call(sandbox, 'POST', `/contacts/${contactId}/tasks`, { title: 'Call back', dueDate: '2026-03-05T15:00:00.000Z' });
    await call(sandbox, 'POST', `/contacts/${contactId}/notes`, { body: 'Prefers email.' });
    const events = await since(from);
    expect(events.map((e) => [e.json.type, e.json.contactId])).toEqual([
      ['TaskCreate', contactId],
      ['NoteCreate', contactId],
    ]);
    expect(events[0].json).toMatchObject({ title: 'Call back', dueDate: '2026-03-05T15:00:00.000Z' });
    expect(events[1].json).toMatchObject({ body: 'Prefers email.' });
  });

  it('sends InboundMessage for a contact’s message and OutboundMessage for one sent to them', async () => {
    const conv = sandbox.state.conversations.find((c) => sandbox.state.contacts.some((k) => k.id === c.contactId && k.phone));
    if (!conv) throw new Error('the seed has no conversation with a contact that has a phone');
    const from = receiver.received.length;
    const inbound = await call(sandbox, 'POST', '/conversations/messages/inbound', {
      type: 'SMS',
      conversationId: conv.id,
      contactId: conv.contactId,
      conversationProviderId: 'provider1',
      message: 'Can we move it to Friday?',
    });
    expect(inbound.status).toBe(200);
    expect(
      (await call(sandbox, 'POST', '/conversations/messages', { type: 'SMS', contactId: conv.contactId, message: 'Sure!' })).status,
    ).toBe(200);
    const events = await since(from);
    expect(events.map((e) => e.json)).toEqual([
      expect.objectContaining({
        type: 'InboundMessage',
        messageId: inbound.body.messageId,
        conversationId: conv.id,
        contactId: conv.contactId,
        body: 'Can we move it to Friday?',
        direction: 'inbound',
        messageType: 'SMS',
      }),
      expect.objectContaining({
        type: 'OutboundMessage',
        contactId: conv.contactId,
        body: 'Sure!',
        direction: 'outbound',
        messageType: 'SMS',
      }),
    ]);
  });

  it('sends the invoice, order and record events for their writes: invoices name the location only as altId', async () => {
    const { state } = sandbox;
    const alt = { altId: state.locationId, altType: 'location' };
    const draft = state.invoices.find((i) => i.altId === state.locationId && i.status === 'draft');
    const order = state.orders.find((o) => o.altId === state.locationId && o.status !== 'completed' && o.paymentStatus !== 'paid');
    const record = state.objectRecords.find((r) => r.locationId === state.locationId);
    expect([draft, order, record].every(Boolean)).toBe(true);
    const from = receiver.received.length;
    await call(sandbox, 'POST', `/invoices/${draft!._id}/send`, { ...alt, userId: 'u1', action: 'send_manually', liveMode: true });
    await call(sandbox, 'POST', `/invoices/${draft!._id}/record-payment`, { ...alt, mode: 'cash', amount: 1 });
    await call(sandbox, 'POST', `/invoices/${draft!._id}/record-payment`, { ...alt, mode: 'cash' });
    await call(sandbox, 'POST', `/payments/orders/${order!._id}/record-payment`, { ...alt, mode: 'cash' });
    await call(sandbox, 'PUT', `/objects/${record!.objectKey}/records/${record!.id}?locationId=${state.locationId}`, {});
    const events = await since(from);
    expect(events.map((e) => e.json.type)).toEqual([
      'InvoiceSent',
      'InvoicePartiallyPaid',
      'InvoicePaid',
      'OrderStatusUpdate',
      'RecordUpdate',
    ]);
    const key = await publicKey();
    for (const e of events) expect(verifies(e, key)).toBe(true);
    for (const e of events.slice(0, 3)) {
      expect(e.json).toMatchObject({ _id: draft!._id, altId: state.locationId, altType: 'location' });
      expect(e.json.locationId).toBeUndefined();
    }
    expect(events[3].json).toMatchObject({ _id: order!._id, altId: state.locationId, locationId: state.locationId, status: 'completed' });
    expect(events[4].json).toMatchObject({ id: record!.id, locationId: state.locationId, owners: expect.any(Array) });
    expect(events[4].json.properties).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: expect.any(String), valueString: expect.any(String) })]),
    );
  });

  it('sends UNINSTALL when a location uninstalls the app', async () => {
    const from = receiver.received.length;
    const res = await fetch(`${sandbox.url}/.sandbox/uninstall/${sandbox.state.locationId}`, { method: 'POST' });
    expect(res.status).toBe(200);
    const [event] = await since(from);
    expect(event.json).toMatchObject({ type: 'UNINSTALL', locationId: sandbox.state.locationId, appId: expect.any(String) });
  });

  it('a read sends nothing', async () => {
    const from = receiver.received.length;
    await call(sandbox, 'GET', `/contacts/${sandbox.state.contacts[0].id}`);
    expect(await since(from)).toEqual([]);
  });
});

describe('sandbox webhooks when the receiver fails', () => {
  it('retries a 5xx, never slows or fails the write, and logs what it could not deliver', async () => {
    // The first request fails once (503), the rest succeed until the receiver goes down (500).
    let calls = 0;
    let down = false;
    const receiver = await startReceiver(() => (down ? 500 : ++calls === 1 ? 503 : 200));
    const lines: string[] = [];
    const sandbox = await startSandbox({
      port: 0,
      webhookUrl: receiver.url,
      webhooks: { retryDelayMs: 5, attempts: 2, log: (l) => lines.push(l) },
    });
    try {
      // Every INSTALL arrives, the first after a retry.
      await sandbox.state.webhooks?.idle();
      const installs = sandbox.state.locations.length;
      expect(receiver.received.map((r) => r.json.type)).toEqual(Array(installs).fill('INSTALL'));
      expect(calls).toBe(installs + 1);
      down = true;
      const started = Date.now();
      const created = await call(sandbox, 'POST', '/contacts/', { locationId: sandbox.state.locationId, firstName: 'Ann' });
      expect(created.status).toBe(201);
      expect(Date.now() - started).toBeLessThan(1000);
      await sandbox.state.webhooks?.idle();
      expect(sandbox.state.webhooks?.stats).toMatchObject({ sent: installs, failed: 1, dropped: 0 });
      expect(lines.join('\n')).toMatch(/ContactCreate \S+ not delivered to .*HTTP 500/);
    } finally {
      await sandbox.close();
      await receiver.close();
    }
  });

  it('without a webhook URL it serves no key and sends nothing', async () => {
    const sandbox = await startSandbox({ port: 0 });
    try {
      expect(sandbox.state.webhooks).toBeUndefined();
      expect((await fetch(`${sandbox.url}/.sandbox/webhook-public-key`)).status).toBe(404);
    } finally {
      await sandbox.close();
    }
  });
});
