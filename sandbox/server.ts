/**
 * A local, in-memory stand-in for GHL's API (services.leadconnectorhq.com) for development,
 * `npm start` and the end-to-end tests. It answers every endpoint the app calls with the shapes
 * of GHL's OpenAPI specs, and behaves like GHL where it matters to an integration: bearer auth,
 * the Version header, each endpoint's paging style, the burst rate limit with its headers, OAuth
 * tokens whose refresh tokens rotate, GHL-style 422s and 404s. Faults can be injected
 * (lib/faults.ts). The routes live in areas/, one module per area of the app; the data in seed/.
 *
 *   npm run sandbox -- --port 4010                      (sandbox/cli.ts)
 *   const { url, close, state } = await startSandbox({ port: 0, rateLimit: { max: 5 } });
 */
import * as crypto from 'node:crypto';
import * as http from 'node:http';
import { router } from './areas';
import { HttpError, badRequest, forbidden, noRoute, unauthorized, unprocessable } from './lib/errors';
import { countFault, createFaults, drawFault, type FaultOptions } from './lib/faults';
import { multipartBoundary, parseMultipart } from './lib/multipart';
import { issueTokens, locationToken, oauthToken } from './lib/oauth';
import { rateHeaders, takeRateLimit } from './lib/rate-limit';
import type { Grant, LogEntry, RateLimit, Row, State } from './lib/types';
import { token } from './lib/util';
import { createWebhooks, type WebhookOptions } from './lib/webhooks';
import { seed } from './seed';

export type { State as SandboxState, TokenResponse, RateLimit } from './lib/types';

export const DEFAULT_PORT = 4010;
export const SANDBOX_CLIENT_ID = 'sandbox-client-id';
export const SANDBOX_CLIENT_SECRET = 'sandbox-client-secret';
/** A location Private Integration Token the sandbox always accepts. */
export const SANDBOX_LOCATION_TOKEN = 'pit-sandbox-location-token';
/** An agency-level Private Integration Token (a company, no location). */
export const SANDBOX_AGENCY_TOKEN = 'pit-sandbox-agency-token';

const VERSIONS: Record<string, string> = { calendars: '2021-04-15', conversations: '2021-04-15', '/links/search': '2021-04-15' };
const DEFAULT_VERSION = '2021-07-28';
const expectedVersion = (path: string) => VERSIONS[path] ?? VERSIONS[path.split('/')[1]] ?? DEFAULT_VERSION;

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  rateLimit?: Partial<RateLimit>;
  clientId?: string;
  clientSecret?: string;
  accessTokenTtlSeconds?: number;
  faults?: FaultOptions;
  /** Send GHL-shaped, signed webhooks for the sandbox's writes to this URL (lib/webhooks.ts). */
  webhookUrl?: string;
  /** Write the webhooks' public key (PEM) to this file. */
  webhookKeyOut?: string;
  /** Finer webhook settings (queue size, retries). */
  webhooks?: Partial<WebhookOptions>;
}

/** The marketplace app id the sandbox's INSTALL/UNINSTALL events name. */
export const SANDBOX_APP_ID = 'sandbox-marketplace-app';

export interface Sandbox {
  url: string;
  close: () => Promise<void>;
  state: State;
  server: http.Server;
}

/** A fresh state: seeded records plus auth, rate-limit and fault bookkeeping. */
export const createState = ({ rateLimit, clientId, clientSecret, accessTokenTtlSeconds, faults }: SandboxOptions = {}): State => {
  const data = seed();
  const location = data.locations[0];
  const grant: Grant = {
    locationId: location.id,
    companyId: location.companyId,
    userId: data.users[0].id,
    userType: 'Location',
    scope: 'sandbox',
  };
  const state: State = {
    ...data,
    locationId: location.id,
    companyId: location.companyId,
    rateLimit: { max: 100, intervalMs: 10_000, ...(rateLimit ?? {}) },
    rateWindows: new Map(),
    dailyCounts: new Map(),
    log: [],
    auth: {
      clientId: clientId ?? SANDBOX_CLIENT_ID,
      clientSecret: clientSecret ?? SANDBOX_CLIENT_SECRET,
      accessTokenTtlSeconds: accessTokenTtlSeconds ?? 86_399,
      accessTokens: new Map<string, Grant>([
        [SANDBOX_LOCATION_TOKEN, { ...grant, kind: 'pit' }],
        [SANDBOX_AGENCY_TOKEN, { ...grant, locationId: undefined, userType: 'Company', kind: 'pit' }],
      ]),
      refreshTokens: new Map(),
      codes: new Map(),
    },
    faults: createFaults(faults),
    issueAuthCode: (over = {}) => {
      const code = token('sandbox-code');
      state.auth.codes.set(code, { ...grant, ...over });
      return code;
    },
    issueTokens: (over = {}) =>
      issueTokens(state, { ...grant, ...over, ...(over.userType === 'Company' ? { locationId: undefined } : {}) }),
  };
  return state;
};

const readBody = (req: http.IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const parseQuery = (search: string) => {
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(search)) {
    out[k] = out[k] === undefined ? v : ([] as string[]).concat(out[k], v);
  }
  return out;
};

const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const bearerOf = (req: http.IncomingMessage) => /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1]?.trim();

const handle = async (state: State, req: http.IncomingMessage, res: http.ServerResponse) => {
  const url = new URL(req.url ?? '/', 'http://sandbox.local');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const method = (req.method ?? 'GET').toUpperCase();
  const traceId = crypto.randomUUID();
  const bytes = await readBody(req);
  const raw = bytes.toString('utf8');
  const boundary = multipartBoundary(req.headers['content-type']);
  const entry: LogEntry = { at: new Date().toISOString(), method, path, query: url.search, status: 0 };
  state.log.push(entry);
  let headers: Record<string, string> = {};
  const reply = (status: number, body: unknown) => {
    entry.status = status;
    const withTrace = body && typeof body === 'object' && !Array.isArray(body) && !('traceId' in body) ? { ...body, traceId } : body;
    send(res, status, withTrace, headers);
  };
  try {
    if (path.startsWith('/.sandbox/')) return sandboxControl(state, method, path, reply, res);
    if (method === 'POST' && path === '/oauth/token') return reply(200, oauthToken(state, req, raw));
    if (method === 'POST' && path === '/oauth/locationToken') return reply(201, locationToken(state, req, raw, bearerOf(req)));

    const found = router.match(method, path);
    if (!found) {
      entry.unserved = true;
      throw noRoute(method, path);
    }

    const bearer = bearerOf(req);
    const auth = bearer ? state.auth.accessTokens.get(bearer) : undefined;
    if (!auth || (auth.expiresAt && auth.expiresAt < Date.now())) throw unauthorized();

    const version = req.headers.version;
    if (!version) throw badRequest('version header was not found');
    if (version !== expectedVersion(path)) {
      throw unprocessable(
        `Version ${version} is not supported here: ${path.split('/')[1]} endpoints take Version ${expectedVersion(path)}`,
      );
    }

    const limit = takeRateLimit(state, auth.locationId || auth.companyId);
    headers = limit.headers;
    const fault = drawFault(state.faults);
    if (fault) {
      entry.fault = fault;
      countFault(state.faults, fault);
    }
    if (!limit.allowed || fault === '429') {
      const { max, intervalMs } = state.rateLimit;
      if (limit.allowed)
        headers = { ...rateHeaders(max, 0, intervalMs, Number(headers['X-RateLimit-Daily-Remaining'])), 'Retry-After': '1' };
      return reply(429, { statusCode: 429, message: 'Too many requests, please try again later.', error: 'Too Many Requests' });
    }
    if (fault === '500' || fault === '502' || fault === '503') {
      return reply(Number(fault), { statusCode: Number(fault), message: 'Internal server error' });
    }
    if (fault === 'slow') await sleep(state.faults.slowMs);
    const dropAfter = fault === 'reset' && state.faults.random() < 0.5;
    if (fault === 'reset' && !dropAfter) {
      entry.status = -1;
      return void req.socket.destroy();
    }

    let body: any = {};
    if (boundary) body = parseMultipart(bytes, boundary);
    else if (raw) {
      try {
        body = JSON.parse(raw);
      } catch (err) {
        throw badRequest(`Unexpected body: ${(err as Error).message}`);
      }
    }
    const query = parseQuery(url.search);
    const claimed = query.locationId ?? query.location_id ?? body?.locationId;
    if (auth.locationId && typeof claimed === 'string' && claimed !== auth.locationId) throw forbidden();
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(Object.entries(found.params).map(([k, v]) => [k, decodeURIComponent(v)]));
    } catch {
      throw badRequest('Malformed path parameter');
    }
    const events: Array<[string, Row, string | undefined]> = [];
    const emit = (type: string, record: Row, locationId?: string) => void events.push([type, record, locationId]);
    const out = await found.handler({ state, params, query, body: body ?? {}, auth, emit });
    if (method !== 'GET') entry.applied = true;
    // The write is done: GHL sends its webhooks whatever then happens to the answer.
    for (const [type, record, locationId] of events)
      state.webhooks?.emit(type, locationId ?? record.locationId ?? auth.locationId ?? state.locationId, record);
    if (dropAfter) {
      entry.status = -1;
      countFault(state.faults, 'reset-after');
      return void req.socket.destroy();
    }
    const [status, payload] = Array.isArray(out) && typeof out[0] === 'number' ? out : [200, out];
    reply(status, payload);
  } catch (err) {
    if (err instanceof HttpError) return reply(err.status, err.body);
    console.error('[sandbox]', err);
    reply(500, { statusCode: 500, message: 'Internal Server Error' });
  }
};

/**
 * The sandbox's own controls (no GHL endpoint): the webhooks' public key, and an app uninstall
 * of a location (GHL then sends UNINSTALL).
 */
const sandboxControl = (
  state: State,
  method: string,
  path: string,
  reply: (status: number, body: unknown) => void,
  res: http.ServerResponse,
) => {
  const hooks = state.webhooks;
  if (method === 'GET' && path === '/.sandbox/webhook-public-key') {
    if (!hooks) return reply(404, { statusCode: 404, message: 'The sandbox sends no webhooks: start it with --webhook-url <url>.' });
    res.writeHead(200, { 'Content-Type': 'application/x-pem-file' });
    return void res.end(hooks.publicKey);
  }
  const uninstall = /^\/\.sandbox\/uninstall\/([^/]+)$/.exec(path);
  if (method === 'POST' && uninstall) {
    const locationId = decodeURIComponent(uninstall[1]);
    if (!state.locations.some((l) => l.id === locationId))
      return reply(404, { statusCode: 404, message: `Location ${locationId} not found` });
    hooks?.emit('UNINSTALL', locationId, { appId: SANDBOX_APP_ID, locationId });
    return reply(200, { ok: true, webhook: Boolean(hooks) });
  }
  throw noRoute(method, path);
};

/** INSTALL for each seeded location, as GHL sends it when a location installs the app. */
const announceInstalls = (state: State) => {
  for (const location of state.locations)
    state.webhooks?.emit('INSTALL', location.id, {
      appId: SANDBOX_APP_ID,
      locationId: location.id,
      companyId: location.companyId,
      userId: state.users[0]?.id,
      companyName: state.company?.name,
      isWhitelabelCompany: false,
    });
};

/** Starts the sandbox. `port: 0` picks a free port. */
export const startSandbox = ({ port = 0, host = '127.0.0.1', ...options }: SandboxOptions = {}) =>
  new Promise<Sandbox>((resolve, reject) => {
    const state = createState(options);
    if (options.webhookUrl) {
      state.webhooks = createWebhooks({ ...options.webhooks, url: options.webhookUrl, keyOut: options.webhookKeyOut });
      announceInstalls(state);
    }
    const server = http.createServer((req, res) => {
      handle(state, req, res).catch((err) => {
        console.error('[sandbox]', err);
        if (!res.headersSent) send(res, 500, { statusCode: 500, message: 'Internal Server Error' });
      });
    });
    server.keepAliveTimeout = 1000;
    server.on('error', reject);
    server.listen(port, host, () => {
      const addr = server.address() as { port: number };
      const close = () =>
        new Promise<void>((done) => {
          state.webhooks?.close();
          server.close(() => done());
          server.closeAllConnections?.();
        });
      resolve({ url: `http://${host}:${addr.port}`, close, state, server });
    });
  });

/** Every route the sandbox serves, for the README and the coverage check. */
export const routes = () => router.list();
