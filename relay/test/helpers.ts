import { generateKeyPairSync, sign as rsaSign, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig, type Config } from '../src/config';
import { createMetrics } from '../src/metrics';
import { buildServer } from '../src/server';
import { pgliteSql, type Sql } from '../src/store/sql';
import { sqlStore, type Store } from '../src/store/store';

// A key pair made for this test run; the private key never leaves memory.
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const PUBLIC_PEM = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
export const SECRET = 'test-shared-secret-0123456789abcdef';
export const T0 = Date.parse('2026-03-01T12:00:00.000Z');

export const sign = (body: string | Buffer): string => rsaSign('sha256', Buffer.from(body), keys.privateKey).toString('base64');

export class FakeClock {
  constructor(public t = T0) {}
  now = () => this.t;
  advance(ms: number) {
    this.t += ms;
  }
}

let n = 0;
/** A GHL-shaped event body with fresh webhookId and the clock's timestamp. */
export const ghlEvent = (type: string, fields: Record<string, unknown> = {}, clock = { now: () => T0 }) => ({
  type,
  locationId: 'loc-1',
  id: `rec-${++n}`,
  timestamp: new Date(clock.now()).toISOString(),
  webhookId: randomUUID(),
  ...fields,
});

export const testConfig = (env: Record<string, string> = {}): Config =>
  loadConfig({
    RELAY_SHARED_SECRET: SECRET,
    GHL_WEBHOOK_PUBLIC_KEY: PUBLIC_PEM,
    GHL_API_BASE_URL: 'http://127.0.0.1:9',
    ALLOWED_HOOK_ORIGINS: 'https://hooks.zapier.com/',
    LOG_LEVEL: 'silent',
    ...env,
  });

/** One PGlite per test file (it takes seconds to start); `reset` empties it between tests. */
export const openTestDb = async (dataDir?: string): Promise<{ sql: Sql; store: Store; reset: () => Promise<void> }> => {
  const db = new PGlite(dataDir);
  await db.waitReady;
  const sql = pgliteSql(db);
  const store = sqlStore(sql);
  await store.migrate();
  return { sql, store, reset: async () => void (await sql.query('TRUNCATE events, subscriptions, deliveries CASCADE')) };
};

export const app = (store: Store, clock: FakeClock, config = testConfig()) => {
  const metrics = createMetrics(() => store.pendingCount());
  return { server: buildServer({ config, store, clock, metrics }), metrics };
};

export const postEvent = (server: ReturnType<typeof buildServer>, body: unknown, signature?: string | null) => {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const sig = signature === undefined ? sign(payload) : signature;
  if (sig !== null) headers['x-wh-signature'] = sig;
  return server.inject({ method: 'POST', url: '/webhooks/ghl', headers, payload });
};

export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: { id: string; type: string; locationId: string; timestamp: string; data: Record<string, unknown> };
}

/** A local HTTP server on port 0; `respond` decides each answer (default 200). */
export const httpTarget = async (
  respond: (req: IncomingMessage, body: string, res: ServerResponse) => void = (_q, _b, res) => res.end('ok'),
): Promise<{ url: string; received: Received[]; server: Server; close: () => Promise<void>; respond: typeof respond }> => {
  const state = { respond };
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      try {
        received.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(data || 'null') });
      } catch {
        received.push({ path: req.url ?? '', headers: req.headers, body: data as never });
      }
      state.respond(req, data, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    server,
    get respond() {
      return state.respond;
    },
    set respond(fn) {
      state.respond = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export const count = async (sql: Sql, table: string, where = 'true'): Promise<number> =>
  Number((await sql.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${table} WHERE ${where}`)).rows[0].n);
