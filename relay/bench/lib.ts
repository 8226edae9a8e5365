// Helpers for the benchmark: a relay child process, a stand-in hook target, a stand-in GHL, a
// signed-event corpus and an HTTP load generator. Everything listens on 127.0.0.1 only.
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const SECRET = 'bench-shared-secret-0123456789abcdefgh';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const freePort = async (): Promise<number> => {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
};

export const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

export const pct = (values: number[], p: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export const keyPair = (bits: number) => {
  const k = generateKeyPairSync('rsa', { modulusLength: bits });
  return { privateKey: k.privateKey, publicPem: k.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
};

export interface SignedEvent {
  id: string;
  body: string;
  signature: string;
}

/** `count` ContactCreate events spread over `locations` locations, signed (done before any timing). */
export const corpus = (count: number, locations: number, key: ReturnType<typeof keyPair>['privateKey']): SignedEvent[] => {
  const out: SignedEvent[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const body = JSON.stringify({
      type: 'ContactCreate',
      locationId: `loc-${i % locations}`,
      id: `contact-${i}`,
      email: `person${i}@example.com`,
      firstName: 'Bench',
      tags: i % 3 === 0 ? ['vip'] : ['new'],
      dateAdded: new Date().toISOString(),
      timestamp: new Date(Date.now() + 60_000).toISOString(), // sent now, used within the ±5 min window
      webhookId: id,
    });
    out.push({ id, body, signature: sign('sha256', Buffer.from(body), key).toString('base64') });
  }
  return out;
};

/** A relay child process (node dist/src/main.js) on a free port. */
export class RelayProcess {
  child?: ChildProcess;
  url = '';
  constructor(private readonly env: Record<string, string>) {}
  async start(): Promise<void> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, [join(__dirname, '..', 'src', 'main.js')], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...this.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (let i = 0; i < 600; i++) {
      if (this.child.exitCode !== null) throw new Error(`relay exited with ${this.child.exitCode}`);
      const ok = await fetch(`${this.url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await sleep(100);
    }
    throw new Error('relay did not become healthy in 60 s');
  }
  /** Deliveries still pending, from the relay's own metric. */
  async queueDepth(): Promise<number> {
    const text = await fetch(`${this.url}/metrics`).then(
      (r) => r.text(),
      () => '',
    );
    const m = /^relay_queue_depth (\d+)/m.exec(text);
    return m ? Number(m[1]) : NaN;
  }
  kill9(): void {
    this.child?.kill('SIGKILL');
  }
  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child?.once('exit', r));
    this.child.kill('SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

/** The stand-in for Zapier's hook URL: counts deliveries by envelope id; `mode` decides the answer. */
export const hookTarget = async () => {
  const seen = new Map<string, number>();
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
  const state = { mode: 'ok' as 'ok' | 'flaky', total: 0, failedAnswers: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (state.mode === 'flaky') {
        // Half answer 500, half hang past the relay's 10 s timeout.
        state.failedAnswers++;
        if (Math.random() < 0.5) return void res.writeHead(500).end();
        return void setTimeout(() => res.writeHead(200).end(), 11_000);
      }
      const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string };
      state.total++;
      seen.set(id, (seen.get(id) ?? 0) + 1);
      const t0 = sentAt.get(id);
      if (t0 !== undefined && seen.get(id) === 1) latencies.push(Date.now() - t0);
      res.writeHead(200).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  const url = await listen(server);
  return { url, seen, latencies, sentAt, state, close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))) };
};

/** The stand-in for GHL's GET /locations/{id}: every token owns every location. */
export const fakeGhl = async () => {
  const server = createServer((req, res) => {
    const id = decodeURIComponent((req.url ?? '').replace('/locations/', ''));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ location: { id } }));
  });
  const url = await listen(server);
  return { url, close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))) };
};

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export const post = (base: string, path: string, body: string, headers: Record<string, string>): Promise<number> =>
  new Promise((resolve) => {
    const url = new URL(path, base);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.setTimeout(20_000, () => req.destroy());
    req.on('error', () => resolve(0));
    req.end(body);
  });

export const sendEvent = (base: string, e: SignedEvent) => post(base, '/webhooks/ghl', e.body, { 'x-wh-signature': e.signature });

/** Sends `items` with `concurrency` requests in flight; returns per-request latencies (ms) and statuses. */
export const closedLoop = async <T>(items: T[], concurrency: number, send: (item: T) => Promise<number>) => {
  const latencies: number[] = [];
  const statuses: number[] = new Array(items.length);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        const t = performance.now();
        statuses[i] = await send(items[i]);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, statuses, seconds: (performance.now() - t0) / 1000 };
};

/** Sends at a fixed rate (open loop, bounded by the item count); same result shape. */
export const openLoop = async <T>(items: T[], perSecond: number, send: (item: T) => Promise<number>) => {
  const latencies: number[] = [];
  const statuses: number[] = new Array(items.length);
  const t0 = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < items.length; i++) {
    const due = t0 + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const t = performance.now();
    pending.push(
      send(items[i]).then((s) => {
        statuses[i] = s;
        latencies.push(performance.now() - t);
      }),
    );
  }
  await Promise.all(pending);
  return { latencies, statuses, seconds: (performance.now() - t0) / 1000 };
};

/** Subscribes `perLocation` ContactCreate/other hooks for each location through the relay's API. */
export const seedSubscriptions = async (relay: string, target: string, locations: number, perLocation: number) => {
  const types = [
    'ContactCreate',
    'ContactCreate',
    'ContactUpdate',
    'OpportunityStageUpdate',
    'TaskCreate',
    'NoteCreate',
    'InboundMessage',
    'ContactTagUpdate',
    'AppointmentCreate',
    'ContactDelete',
  ];
  const jobs: string[] = [];
  for (let l = 0; l < locations; l++)
    for (let s = 0; s < perLocation; s++) {
      const eventType = types[s % types.length];
      const filters = s === 1 ? { tag: 'vip' } : undefined;
      jobs.push(JSON.stringify({ locationId: `loc-${l}`, eventType, targetUrl: `${target}/hooks/${l}/${s}`, filters }));
    }
  const res = await closedLoop(jobs, 32, (body) =>
    post(relay, '/subscriptions', body, { authorization: `Bearer ${SECRET}`, 'x-ghl-access-token': 'bench' }),
  );
  const failed = res.statuses.filter((s) => s !== 201).length;
  if (failed) throw new Error(`${failed} subscriptions were refused`);
  return jobs.length;
};

/** Waits until `done()` or `ms` pass; returns whether done. */
export const waitFor = async (done: () => boolean, ms: number): Promise<boolean> => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (done()) return true;
    await sleep(100);
  }
  return done();
};
