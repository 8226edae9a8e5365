/**
 * The instant step of `npm start` (and test/e2e/instant-chain.test.ts): a contact created in the
 * sandbox reaches a local stand-in for Zapier's hook URL through the webhook relay.
 *
 *   sandbox (signed GHL webhook) → relay POST /webhooks/ghl → stored, fanned out → hook stand-in
 *
 * The app subscribes with its own `contact_created_instant` performSubscribe (GHL_RELAY_URL and
 * GHL_RELAY_SECRET set for the call, `bundle.targetUrl` the stand-in), the contact is created with
 * `create_contact`, and what arrives runs through the trigger's `perform`, as Zapier would run it.
 *
 * The sandbox must know the relay's URL when it starts and the relay needs the sandbox's key, so
 * a free port is reserved for the relay first (`instantSandboxOptions`); webhooks the sandbox
 * sends before the relay listens (INSTALL at start) fail after a few retries, quietly.
 */
import { now, ms } from './figures';
import { type HookTarget, startHookTarget, type Delivery } from './hook-target';
import { freePort, type LocalRelay, startRelay } from './relay';
import { contactLabel, errorParts } from './walk';

type Row = Record<string, any>;
type Tester = (fn: (...args: any[]) => any, bundle: Row) => Promise<any>;

/** Options for the sandbox (startSandbox / startLocalGhl) that send its webhooks to a relay on a reserved port. */
export const instantSandboxOptions = async () => {
  const relayPort = await freePort();
  const webhookLog: string[] = [];
  return {
    relayPort,
    webhookLog,
    sandbox: { webhookUrl: `http://127.0.0.1:${relayPort}/webhooks/ghl`, webhooks: { log: (line: string) => void webhookLog.push(line) } },
  };
};

export interface InstantChain {
  relay: LocalRelay;
  hook: HookTarget;
  stop: () => Promise<void>;
}

/** The hook stand-in, then the relay on the reserved port, configured with the sandbox's public key (read as an operator would). */
export const startInstantChain = async (sandboxUrl: string, relayPort: number): Promise<InstantChain> => {
  const res = await fetch(`${sandboxUrl}/.sandbox/webhook-public-key`);
  if (!res.ok) throw new Error(`the sandbox serves no webhook public key (${res.status}): start it with a webhook URL`);
  const publicKey = await res.text();
  const hook = await startHookTarget();
  try {
    const relay = await startRelay({ port: relayPort, publicKey, ghlApiBaseUrl: sandboxUrl, allowedHookOrigins: [hook.origin] });
    return { relay, hook, stop: async () => (await relay.stop(), await hook.close()) };
  } catch (err) {
    await hook.close();
    throw err;
  }
};

export interface InstantRun {
  /** The OAuth app definition (the token app has no instant triggers). */
  app: Row;
  tester: Tester;
  authData: Row;
  meta?: Row;
  /** Resolves when the sandbox has sent every queued webhook (so the contact's event is not queued behind others). */
  sandboxIdle?: () => Promise<void>;
  contact: { firstName: string; lastName: string; email: string };
  /** How long to wait for the delivery. Default 10 s. */
  waitMs?: number;
}

export interface InstantResult {
  lines: string[];
  error?: { name: string; message: string };
  subscription?: Row;
  delivery?: Delivery;
  /** What the trigger's perform gave for the delivery. */
  output?: Row[];
  /** From the create request to the delivery's arrival at the hook URL, in ms. */
  latencyMs?: number;
  /** From the create's answer to the delivery. */
  afterAnswerMs?: number;
}

const withRelayEnv = async <T>(relay: LocalRelay, fn: () => Promise<T>) => {
  const saved = { GHL_RELAY_URL: process.env.GHL_RELAY_URL, GHL_RELAY_SECRET: process.env.GHL_RELAY_SECRET };
  process.env.GHL_RELAY_URL = relay.url;
  process.env.GHL_RELAY_SECRET = relay.secret;
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
};

/** Subscribe → create a contact → wait for the delivery → perform → unsubscribe. Never throws: a failure is in `error`. */
export const runInstantStep = (chain: InstantChain, r: InstantRun): Promise<InstantResult> =>
  withRelayEnv(chain.relay, async () => {
    const result: InstantResult = { lines: [] };
    const { lines } = result;
    const trigger = r.app.triggers?.contact_created_instant?.operation;
    const bundle = (b: Row) => ({ authData: r.authData, inputData: {}, meta: r.meta ?? {}, ...b });
    const email = r.contact.email.toLowerCase();
    try {
      if (!trigger) throw new Error('the app has no contact_created_instant trigger (instant triggers are in the OAuth app only)');
      lines.push(
        `relay listening at ${chain.relay.url} (embedded PGlite in memory, healthy ${(chain.relay.startMs / 1000).toFixed(1)} s after its start); Zapier's hook URL stand-in at ${chain.hook.url}`,
      );
      const sub = await r.tester(trigger.performSubscribe, bundle({ targetUrl: chain.hook.url }));
      result.subscription = sub;
      lines.push(`contact_created_instant performSubscribe: subscription ${sub.id} for ${sub.eventType} in location ${sub.locationId}`);
      await r.sandboxIdle?.();

      const t0 = now();
      const contact = await r.tester(r.app.creates.create_contact.operation.perform, bundle({ inputData: { ...r.contact, email } }));
      const answered = now();
      lines.push(`create_contact: created ${contactLabel(contact)} (answered in ${ms(answered - t0)})`);

      const wait = r.waitMs ?? 10_000;
      const delivery = await chain.hook.waitFor((d) => String(d.body?.data?.email ?? '').toLowerCase() === email, wait);
      result.delivery = delivery;
      result.latencyMs = delivery.at - t0;
      result.afterAnswerMs = delivery.at - answered;
      const env = delivery.body as Row;
      lines.push(
        `the hook URL received ${env.type} ${env.id} (X-Relay-Attempt ${delivery.headers['x-relay-attempt'] ?? '?'}): contact ${env.data?.id}, ${env.data?.name ?? ''} <${env.data?.email}>`,
      );
      lines.push(
        `latency: ${ms(result.latencyMs)} from the create request to the delivery (${ms(result.afterAnswerMs)} after the create's answer)`,
      );

      const output: Row[] = await r.tester(trigger.perform, bundle({ cleanedRequest: env }));
      result.output = output;
      const first = output[0];
      lines.push(
        first
          ? `contact_created_instant perform: ${output.length} item, id ${first.id}: ${contactLabel({ ...first, id: first.contactId })}`
          : 'contact_created_instant perform: no item (the event did not match the trigger)',
      );
      if (!first) throw new Error('the trigger gave nothing for the delivered event');
      const [received, refused] = await Promise.all([
        chain.relay.metric('relay_events_received_total'),
        chain.relay.metric('relay_events_rejected_total'),
      ]);
      lines.push(`relay: ${received} signed event${received === 1 ? '' : 's'} accepted, ${refused} refused`);
    } catch (err) {
      result.error = errorParts(err);
    } finally {
      if (result.subscription?.id) {
        try {
          const gone = await r.tester(trigger.performUnsubscribe, bundle({ subscribeData: result.subscription }));
          lines.push(`performUnsubscribe: subscription ${gone.id} ${gone.deleted ? 'deleted' : 'was already gone'}`);
        } catch (err) {
          result.error ??= errorParts(err);
        }
      }
    }
    return result;
  });
