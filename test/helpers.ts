/**
 * Test kit: run any operation of either app definition, state the exact request GHL's spec
 * expects, and describe a whole area as a table of cases.
 */
import fs from 'fs';
import path from 'path';
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { operations } from '../registry.generated';

export const BASE = 'https://services.leadconnectorhq.com';
export const LOCATION_ID = 've9EPM428h8vShlRW1KT';
export const COMPANY_ID = 'cmp5KxW0t9R1aQ7mNbC2';

export const OAUTH_AUTH = {
  access_token: 'oauth-access-token-for-tests',
  refresh_token: 'oauth-refresh-token-for-tests',
  locationId: LOCATION_ID,
  companyId: COMPANY_ID,
  userType: 'Location',
  userId: 'usr1',
};
export const TOKEN_AUTH = { apiKey: 'pit-token-for-tests', locationId: LOCATION_ID };

export type AppKind = 'oauth' | 'token';
const testers = { oauth: createAppTester(App.oauthApp), token: createAppTester(App.tokenApp) };

export const findOperation = (key: string) => {
  const op = operations.find((o) => o.key === key);
  if (!op) throw new Error(`no operation with key ${key}`);
  return op;
};

const kindKey = { trigger: 'triggers', search: 'searches', create: 'creates' } as const;

export interface RunOptions {
  app?: AppKind;
  authData?: Record<string, string>;
  meta?: Record<string, unknown>;
  /** Keep z.cache from the previous run of this app (to test what a later invocation sees). */
  keepCache?: boolean;
}

/** Runs an operation's perform as Zapier would. */
export const runOperation = async (key: string, inputData: Record<string, unknown>, opts: RunOptions = {}) => {
  const app = opts.app ?? 'oauth';
  const op = findOperation(key);
  const definition = (app === 'oauth' ? App.oauthApp : App.tokenApp)[kindKey[op.kind]][key];
  const authData = opts.authData ?? (app === 'oauth' ? OAUTH_AUTH : TOKEN_AUTH);
  if (!definition) throw new Error(`the ${app} app has no ${op.kind} ${key}`);
  // An instant (hook) trigger reads GHL only in performList (its sample); perform maps a relay event.
  const fn = definition.operation.type === 'hook' ? definition.operation.performList : definition.operation.perform;
  // Each run starts with an empty z.cache, as a new connection would: no state leaks between tests.
  return testers[app](fn, { authData, inputData, meta: opts.meta ?? {} } as any, !opts.keepCache);
};

/** Runs any function of an app definition (auth test, label, refresh…). */
export const runAppFunction = (app: AppKind, fn: (...args: any[]) => unknown, bundle: Record<string, unknown>) =>
  testers[app](fn as any, bundle as any, true);

/** The parts of a Zapier error, whichever class it is (AppError and ThrottledError carry JSON). */
export const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (err) {
    const e = err as Error;
    let parsed: Record<string, unknown> = {};
    try {
      parsed = JSON.parse(e.message);
    } catch {
      parsed = { message: e.message };
    }
    return { name: e.name, message: String(parsed.message ?? e.message), ...parsed } as {
      name: string;
      message: string;
      code?: string;
      status?: number;
      delay?: number;
    };
  }
  throw new Error('expected the operation to fail, and it succeeded');
};

export interface ExpectedRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path exactly as sent (encoded). */
  path: string;
  /** The Version header; `null` when none is sent. Defaults to the area's version. */
  version?: string | null;
  query?: Record<string, string | string[]>;
  /** A multipart body is compared as its parts: text values, and files as { filename, contentType, content }. */
  body?: unknown;
  /** Another host than GHL's (a file the step downloads): no token and no Version may be sent there. */
  host?: string;
}

const requestLog: Array<ExpectedRequest & { key: string; test: string }> = [];

/**
 * Expects exactly this request (method, path, Version, bearer token, query, body) and answers it.
 * Any other request finds no interceptor and fails the test.
 */
export const expectRequest = (
  req: ExpectedRequest,
  reply: { status?: number; body?: unknown; headers?: Record<string, string>; dropConnection?: boolean } = {},
  opts: { token?: string; key?: string } = {},
) => {
  const token = opts.token ?? OAUTH_AUTH.access_token;
  const version =
    req.version === undefined ? (/^\/(calendars|conversations)(\/|$)/.test(req.path) ? '2021-04-15' : '2021-07-28') : req.version;
  if (req.host) {
    const file = nock(req.host, { badheaders: ['authorization', 'version'] }).intercept(req.path, req.method);
    return reply.dropConnection
      ? file.replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
      : file.reply(reply.status ?? 200, (reply.body ?? '') as any, reply.headers);
  }
  let scope = nock(BASE, {
    reqheaders: {
      authorization: `Bearer ${token}`,
      ...(version ? { version } : {}),
    },
    ...(version === null ? { badheaders: ['version'] } : {}),
  });
  const bodyMatch =
    req.body === undefined
      ? undefined
      : (actual: unknown) => {
          const parsed = multipartParts(actual);
          return JSON.stringify(parsed) === JSON.stringify(req.body) || isDeepEqual(parsed, req.body);
        };
  let interceptor = scope.intercept(req.path, req.method, bodyMatch as any);
  const entry = { ...req, version, key: opts.key ?? '', test: expect.getState().currentTestName ?? '' };
  if (typeof req.query === 'function') {
    // A query matched by a function (e.g. a time window) is recorded as actually sent.
    const matches = req.query as (actual: Record<string, string>) => boolean;
    interceptor = interceptor.query((actual: any) => {
      const ok = matches(actual);
      if (ok) entry.query = { ...actual };
      return ok;
    });
  } else if (req.query) interceptor = interceptor.query(req.query);
  scope = reply.dropConnection
    ? interceptor.replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
    : interceptor.reply(reply.status ?? 200, (reply.body ?? {}) as any, reply.headers);
  // Every expected request, for `npm run test:contract` (keyed by operation when a table row set it up).
  requestLog.push(entry);
  return scope;
};

/** A multipart/form-data body as its parts (text values; files as { filename, contentType, content }); any other body as it is. */
export const multipartParts = (body: unknown): unknown => {
  const boundary = typeof body === 'string' ? /^--([^\r\n]+)\r\n/.exec(body)?.[1] : undefined;
  if (!boundary || typeof body !== 'string') return body;
  const parts: Record<string, unknown> = {};
  for (const chunk of body.split(`--${boundary}`).slice(1, -1)) {
    const [head, ...rest] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
    const content = rest.join('\r\n\r\n').replace(/\r\n$/, '');
    const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    const contentType = /Content-Type: (.+)/i.exec(head)?.[1]?.trim();
    parts[name] = filename === undefined ? content : { filename, contentType, content };
  }
  return parts;
};

const isDeepEqual = (a: unknown, b: unknown): boolean => {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
};

/** One row of an area's table: input → the exact request → GHL's answer → the mapped output. */
export interface OperationCase {
  key: string;
  /** Shown in the test name when a key has several cases. */
  title?: string;
  input: Record<string, unknown>;
  request: ExpectedRequest;
  /** Requests made before the main one (e.g. a lookup), in order. */
  before?: Array<{ request: ExpectedRequest; status?: number; reply: unknown }>;
  status?: number;
  reply: unknown;
  /** The operation's output; compared with toEqual unless `partial`. */
  expected: unknown;
  partial?: boolean;
  meta?: Record<string, unknown>;
  /** Bad input: what to give, and what the error must say. Nothing may be sent. Only an operation without inputs has none. */
  bad?: { input: Record<string, unknown>; error: RegExp };
  /** Connection overrides (e.g. an agency connection). */
  authData?: { oauth?: Record<string, string>; token?: Record<string, string> };
  /** Connections this case applies to (default both). */
  apps?: AppKind[];
}

const tokenFor = (app: AppKind, c: OperationCase) =>
  app === 'oauth' ? (c.authData?.oauth ?? OAUTH_AUTH).access_token : (c.authData?.token ?? TOKEN_AUTH).apiKey;

/** Sets up every request of a case (lookups first) for one app. */
export const expectCase = (
  c: OperationCase,
  app: AppKind,
  main?: { status?: number; body?: unknown; headers?: Record<string, string>; request?: ExpectedRequest; dropConnection?: boolean },
) => {
  const token = tokenFor(app, c);
  for (const b of c.before ?? []) expectRequest(b.request, { status: b.status, body: b.reply }, { token, key: c.key });
  return expectRequest(
    main?.request ?? c.request,
    { status: main?.status ?? c.status, body: main?.body ?? c.reply, headers: main?.headers, dropConnection: main?.dropConnection },
    { token, key: c.key },
  );
};

export const runCase = (c: OperationCase, app: AppKind, input = c.input) =>
  runOperation(c.key, input, { app, meta: c.meta, authData: app === 'oauth' ? c.authData?.oauth : c.authData?.token });

/** Declares the tests of an area from its table. */
export const describeOperations = (area: string, cases: OperationCase[]) => {
  describe(area, () => {
    for (const c of cases) {
      const name = c.title ? `${c.key} (${c.title})` : c.key;
      for (const app of c.apps ?? (['oauth', 'token'] as AppKind[])) {
        it(`${name} [${app}]: sends the spec's request and maps the answer`, async () => {
          const scope = expectCase(c, app);
          const result = await runCase(c, app);
          if (c.partial) expect(result).toMatchObject(c.expected as object);
          else expect(result).toEqual(c.expected);
          expect(scope.isDone()).toBe(true);
        });
      }
      const bad = c.bad;
      if (bad) {
        it(`${name}: bad input is refused by name before any request`, async () => {
          const err = await errorOf(runCase(c, 'oauth', bad.input));
          expect(err.message).toMatch(bad.error);
          expect(nock.pendingMocks()).toEqual([]);
        });
      } else {
        it(`${name}: has no inputs, so there is no bad input to refuse`, () => {
          expect(Object.keys(findOperation(c.key).spec.input ?? {})).toEqual([]);
        });
      }
    }
  });
};

/** Where `npm run test:contract` collects the requests the suite sent. */
afterAll(() => {
  const dir = process.env.GHL_RECORD_REQUESTS;
  if (!dir || !requestLog.length) return;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${path.basename(expect.getState().testPath ?? 'suite')}-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(file, JSON.stringify(requestLog, null, 1));
});
