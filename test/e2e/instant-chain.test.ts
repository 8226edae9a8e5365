/**
 * The instant chain end to end, as `npm start` runs it (scripts/lib/instant.ts): the sandbox (in
 * process) sends a signed ContactCreate for a contact the app creates; the relay (its built entry,
 * a child process on 127.0.0.1, embedded PGlite in memory) verifies, stores and delivers it to a
 * local stand-in for Zapier's hook URL; the app's own contact_created_instant subscribes,
 * reads the delivery and unsubscribes. Ports are all free ones; everything stops in afterAll.
 */
import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { instantSandboxOptions, runInstantStep, startInstantChain, type InstantChain, type InstantResult } from '../../scripts/lib/instant';
import { startRelay } from '../../scripts/lib/relay';

// Building the relay (first run) and starting PGlite on a busy 2-CPU machine take a while.
jest.setTimeout(60_000);

const appTester = createAppTester(App.oauthApp);
const EMAIL = 'instant.chain@example.com';
const saved = { GHL_API_BASE_URL: process.env.GHL_API_BASE_URL };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let sandbox: Sandbox | undefined;
let chain: InstantChain | undefined;
let result: InstantResult;

beforeAll(async () => {
  const prepared = await instantSandboxOptions();
  sandbox = await startSandbox({ clientId: process.env.CLIENT_ID, clientSecret: process.env.CLIENT_SECRET, ...prepared.sandbox });
  process.env.GHL_API_BASE_URL = sandbox.url; // the app reads it per request
  chain = await startInstantChain(sandbox.url, prepared.relayPort);
  const authData = { ...sandbox.state.issueTokens(), locationId: sandbox.state.locationId };
  const hooks = sandbox.state.webhooks;
  result = await runInstantStep(chain, {
    app: App.oauthApp as any,
    tester: appTester as any,
    authData,
    sandboxIdle: () => hooks?.idle() ?? Promise.resolve(),
    contact: { firstName: 'Ines', lastName: 'Chain', email: EMAIL },
    waitMs: 20_000,
  });
  await sleep(1500); // room for a second delivery, should the relay ever send one
}, 180_000);

afterAll(async () => {
  await chain?.stop();
  await sandbox?.close();
  if (saved.GHL_API_BASE_URL === undefined) delete process.env.GHL_API_BASE_URL;
  else process.env.GHL_API_BASE_URL = saved.GHL_API_BASE_URL;
});

describe('a contact created through the app reaches the hook URL through the relay', () => {
  it('runs every step without an error', () => {
    expect(result.error).toBeUndefined();
    expect(result.subscription).toMatchObject({
      eventType: 'ContactCreate',
      locationId: sandbox!.state.locationId,
      targetUrl: chain!.hook.url,
    });
  });

  it('delivers the event once, as the contract envelope', () => {
    const env = result.delivery!.body;
    const copies = chain!.hook.deliveries.filter((d) => d.body?.id === env.id);
    expect(copies).toHaveLength(1);
    expect(chain!.hook.deliveries.filter((d) => d.body?.data?.email === EMAIL)).toHaveLength(1);
    expect(Object.keys(env).sort()).toEqual(['data', 'id', 'locationId', 'timestamp', 'type']);
    expect(env).toMatchObject({ type: 'ContactCreate', locationId: sandbox!.state.locationId });
    expect(new Date(env.timestamp).toISOString()).toBe(env.timestamp);
    const contact = sandbox!.state.contacts.find((c) => c.email === EMAIL);
    expect(env.data).toMatchObject({ type: 'ContactCreate', id: contact!.id, email: EMAIL, firstName: 'Ines', lastName: 'Chain' });
    expect(result.delivery!.headers['x-relay-attempt']).toBe('1');
    expect(result.delivery!.headers['content-type']).toMatch(/^application\/json/);
    expect(result.latencyMs).toBeGreaterThan(0);
  });

  it("accepts the sandbox's signatures: nothing refused, the delivery counted", async () => {
    expect(await chain!.relay.metric('relay_events_rejected_total')).toBe(0);
    expect(await chain!.relay.metric('relay_events_received_total', 'type="ContactCreate"')).toBeGreaterThanOrEqual(1);
    expect(await chain!.relay.metric('relay_deliveries_total', 'outcome="delivered"')).toBe(1);
  });

  it("gives the contact's email in the trigger's output, with the envelope id as id", () => {
    expect(result.output).toHaveLength(1);
    expect(result.output![0]).toMatchObject({ id: result.delivery!.body.id, email: EMAIL, contactId: result.delivery!.body.data.id });
  });

  it('unsubscribes: the subscription is gone from the relay', async () => {
    expect(result.lines.some((l) => /performUnsubscribe: subscription .* deleted/.test(l))).toBe(true);
    const res = await fetch(`${chain!.relay.url}/subscriptions/${encodeURIComponent(result.subscription!.id)}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${chain!.relay.secret}` },
    });
    expect(res.status).toBe(404);
  });
});

describe('a relay that cannot start', () => {
  it('fails with a message naming what is wrong, and leaves no process behind', async () => {
    const started = startRelay({
      port: 0,
      publicKey: 'not a key',
      ghlApiBaseUrl: 'http://127.0.0.1:9',
      allowedHookOrigins: ['http://127.0.0.1:9/'],
    });
    await expect(started).rejects.toThrow(/the relay did not start: it exited with code 1 .*GHL_WEBHOOK_PUBLIC_KEY/);
  });
});
