/**
 * Benchmarks of the built app (dist/app.js, the one bundle): cold start against a minimal Zapier
 * app, production-like Lambda calls (bench-production.ts), request-layer overhead against a bare
 * HTTP request, requests per trigger poll, build.zip size, and loading 10,000 records through a
 * paged dropdown under GHL's rate limit. Prints a table; not a test.
 * `npm run bench` builds first. BENCH_RUNS sets the cold-start runs (default 9).
 *
 * The child processes it measures in run this same file (dist/scripts/bench.js) with a mode
 * argument: --load, --import-work, --lambda, --count.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { outputFieldsFrom } from '../src/output';
import { collectPages, pagingQuery } from '../src/paging';
import { childCount, childLambda, productionLike, type Row } from './bench-production';
import { APP_BUNDLE, assertBuilt, loadBuiltApp, root } from './lib/built-app';
import { median, ms, now, table } from './lib/figures';
import { SANDBOX_LOCATION_TOKEN, startLocalGhl } from './lib/local-ghl';

type Any = Record<string, any>;
const RUNS = Number(process.env.BENCH_RUNS) || 9;
const rows: Array<[string, string, string, string]> = [];
const row: Row = (section, measure, value, note = '') => rows.push([section, measure, String(value), note]);

// ---------------------------------------------------------------------------------------------
// Child modes: measured in a fresh process
// ---------------------------------------------------------------------------------------------

const childLoad = () => {
  // Time to require one module in this fresh process, printed as JSON.
  const t0 = now();
  require(process.argv[3]);
  console.log(JSON.stringify({ loadMs: now() - t0 }));
  process.exit(0);
};

const childImportWork = () => {
  // Where the app's load time goes: the platform, the app bundle (every operation and both app
  // definitions), and what the eager per-operation work (outputFieldsFrom on each sample) costs
  // on its own.
  const t0 = now();
  require('zapier-platform-core');
  const t1 = now();
  loadBuiltApp();
  const t2 = now();
  // The operations' specs, from the bundled source (dist/app.js exports only the definitions);
  // required here, not at the top, so no measuring child has the app or core loaded beforehand.
  const { operations } = require('../registry.generated') as typeof import('../registry.generated');
  const t3 = now();
  const REPEAT = 20;
  for (let i = 0; i < REPEAT; i++) for (const op of operations) outputFieldsFrom(op.spec.sample, op.spec.outputFields);
  const outputFieldsMs = (now() - t3) / REPEAT;
  console.log(JSON.stringify({ coreMs: t1 - t0, appMs: t2 - t1, totalMs: t2 - t0, outputFieldsMs, operations: operations.length }));
  process.exit(0);
};

// ---------------------------------------------------------------------------------------------
// (a) Cold start
// ---------------------------------------------------------------------------------------------

const coldStart = () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-bench-'));
  const minimal = path.join(tmp, 'minimal-app.js');
  const core = require.resolve('zapier-platform-core', { paths: [root] });
  fs.writeFileSync(
    minimal,
    `const zapier = require(${JSON.stringify(core)});
module.exports = {
  version: '1.0.0',
  platformVersion: zapier.version,
  triggers: {
    ping: { key: 'ping', noun: 'Ping', display: { label: 'Ping', description: 'Pings.' },
      operation: { perform: async (z) => (await z.request('https://example.com')).data, sample: { id: 1 } } },
  },
};
`,
  );
  const measure = (file: string) => {
    const wall: number[] = [];
    const load: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = now();
      const res = spawnSync(process.execPath, [__filename, '--load', file], {
        encoding: 'utf8',
        env: { ...process.env, DISABLE_ZAPIER_ANALYTICS: '1' },
      });
      wall.push(now() - t0);
      if (res.status !== 0) throw new Error(`loading ${file} failed:\n${res.stderr}`);
      load.push(JSON.parse(res.stdout.trim().split('\n').pop() ?? '{}').loadMs);
    }
    return { wall: median(wall), load: median(load) };
  };
  // Interleave a warm-up of each so the file-system cache is equally warm for both.
  measure(minimal);
  const base = measure(minimal);
  const app = measure(APP_BUNDLE);
  fs.rmSync(tmp, { recursive: true, force: true });
  row('a cold start', `minimal Zapier app: require / whole process (median of ${RUNS})`, `${ms(base.load)} / ${ms(base.wall)}`);
  row('a cold start', `dist/app.js: require / whole process (median of ${RUNS})`, `${ms(app.load)} / ${ms(app.wall)}`);
  row(
    'a cold start',
    'ratio app / minimal (require; whole process)',
    `${(app.load / base.load).toFixed(2)}x; ${(app.wall / base.wall).toFixed(2)}x`,
  );

  const work = spawnSync(process.execPath, [__filename, '--import-work'], { encoding: 'utf8', cwd: root });
  if (work.status === 0) {
    const w = JSON.parse(work.stdout.trim().split('\n').pop() ?? '{}');
    row('a cold start', 'load breakdown: zapier-platform-core', ms(w.coreMs));
    row('a cold start', `load breakdown: dist/app.js (${w.operations} operations, both definitions)`, ms(w.appMs));
    row(
      'a cold start',
      `eager outputFieldsFrom for ${w.operations} samples`,
      `${ms(w.outputFieldsMs)} (${((w.outputFieldsMs / w.totalMs) * 100).toFixed(1)}% of load)`,
      `${((w.outputFieldsMs / w.operations) * 1000).toFixed(1)} µs per operation`,
    );
    return w;
  }
  row('a cold start', 'load breakdown', 'failed', work.stderr.split('\n')[0]);
  return undefined;
};

// ---------------------------------------------------------------------------------------------
// A loopback GHL: any path answers a generic JSON; counts requests
// ---------------------------------------------------------------------------------------------

const startServer = (handler: http.RequestListener) =>
  new Promise<{ server: http.Server; url: string }>((resolve) => {
    const server = http.createServer(handler);
    server.keepAliveTimeout = 5000;
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });

interface Counter {
  count: number;
  paths: string[];
}
const generic =
  (counter: Counter): http.RequestListener =>
  (req, res) => {
    counter.count++;
    counter.paths.push(`${req.method} ${req.url!.split('?')[0]}`);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"x1","ok":true}');
    });
  };

const AGENCY_AUTH = { access_token: 'bench-token', refresh_token: 'bench-refresh', companyId: 'cmp1', userType: 'Company' };
const AUTH = { access_token: 'bench-token', refresh_token: 'bench-refresh', locationId: 'loc1', companyId: 'cmp1', userType: 'Location' };

/** A value a required input field accepts, from its declaration. */
const dummy = (field: Any) => {
  if (field.choices) {
    const c = Array.isArray(field.choices) ? field.choices[0] : Object.keys(field.choices)[0];
    return typeof c === 'object' ? c.value : c;
  }
  if (field.list) return ['x1'];
  switch (field.type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return 'true';
    case 'datetime':
      return '2024-06-01T10:00:00Z';
    default:
      return /email/i.test(field.key) ? 'a@example.com' : 'x1';
  }
};

const invocationOverhead = async () => {
  const counter: Counter = { count: 0, paths: [] };
  // As in the tests: the platform's memory log line per invocation stays quiet.
  process.env.NODE_ENV = 'test';
  const { server, url } = await startServer(generic(counter));
  process.env.GHL_API_BASE_URL = url;
  const { createAppTester } = require('zapier-platform-core');
  const App = loadBuiltApp();
  const oauthApp: Any = App.oauthApp;
  const tester = createAppTester(oauthApp);
  const getContact = oauthApp.searches.get_contact;
  const N = Number(process.env.BENCH_CALLS) || 300;

  const bare = () =>
    new Promise<unknown>((resolve, reject) => {
      http
        .get(`${url}/contacts/x1`, { headers: { authorization: 'Bearer t', version: '2021-07-28' } }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve(JSON.parse(body)));
        })
        .on('error', reject);
    });
  const viaApp = () => tester(getContact.operation.perform, { authData: AUTH, inputData: { contactId: 'x1' }, meta: {} } as any);
  // The same request through a one-search app: what createAppTester itself costs per call.
  const minimal = {
    version: '1.0.0',
    platformVersion: require('zapier-platform-core').version,
    searches: {
      get: {
        key: 'get',
        noun: 'Get',
        display: { label: 'Get', description: 'Gets one record.' },
        operation: {
          inputFields: [{ key: 'id' }],
          perform: async (z: any, bundle: any) => [(await z.request(`${url}/contacts/${bundle.inputData.id}`)).data],
          sample: { id: 1 },
        },
      },
    },
  };
  const minimalTester = createAppTester(minimal);
  const viaMinimal = () =>
    minimalTester(minimal.searches.get.operation.perform, { authData: {}, inputData: { id: 'x1' }, meta: {} } as any);

  for (let i = 0; i < 30; i++) {
    await bare();
    await viaApp();
    await viaMinimal();
  }
  let t0 = now();
  for (let i = 0; i < N; i++) await bare();
  const bareMs = (now() - t0) / N;
  t0 = now();
  for (let i = 0; i < N; i++) await viaApp();
  const appMs = (now() - t0) / N;
  t0 = now();
  for (let i = 0; i < N; i++) await viaMinimal();
  const minimalMs = (now() - t0) / N;
  row('b per invocation', `bare http GET on loopback (mean of ${N})`, ms(bareMs));
  row('b per invocation', 'get_contact via createAppTester (same server)', ms(appMs), 'includes the tester building a bundle and z');
  row('b per invocation', 'one-search minimal app via createAppTester', ms(minimalMs), "the platform's own per-call cost");
  row('b per invocation', 'ratio app / bare', `${(appMs / bareMs).toFixed(1)}x`, `${ms(appMs - bareMs)} overhead per call`);
  const defs: Any[] = ['triggers', 'searches', 'creates'].flatMap((k) => Object.values(oauthApp[k] ?? {}));
  const outputFields = defs.reduce((n, d) => n + (Array.isArray(d.operation.outputFields) ? d.operation.outputFields.length : 0), 0);
  row(
    'b per invocation',
    'app definition size (JSON)',
    `${(JSON.stringify(oauthApp).length / 1024).toFixed(0)} KB`,
    `${defs.length} operations, ${outputFields} outputFields; stock core prepares it twice per call, the patched core once per process`,
  );
  row(
    'b per invocation',
    'ratio app / minimal app',
    `${(appMs / minimalMs).toFixed(2)}x`,
    `${ms(appMs - minimalMs)} stock core: grows with the definition's object count`,
  );

  // (c) One poll of every trigger.
  const counts: Array<{ key: string; requests: number; paths: string[]; error?: string }> = [];
  for (const [key, trigger] of Object.entries<Any>(oauthApp.triggers)) {
    const fields: Any[] = (trigger.operation.inputFields ?? []).filter((f: any) => f && typeof f === 'object' && f.key);
    const required = Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.key, dummy(f)]));
    const all = Object.fromEntries(fields.map((f) => [f.key, dummy(f)]));
    // Required fields first; then every field (triggers that need one of several); then an agency connection.
    const attempts = [
      [AUTH, required],
      [AUTH, all],
      [AGENCY_AUTH, required],
      [AGENCY_AUTH, all],
    ];
    let result: (typeof counts)[number] = { key, requests: 0, paths: [] };
    for (const [authData, inputData] of attempts) {
      counter.count = 0;
      counter.paths = [];
      try {
        // An instant (hook) trigger reads GHL only in performList (its sample step).
        await tester(trigger.operation.type === 'hook' ? trigger.operation.performList : trigger.operation.perform, {
          authData,
          inputData,
          meta: { page: 0 },
        } as any);
        result = { key, requests: counter.count, paths: counter.paths };
        break;
      } catch (err) {
        result = {
          key,
          requests: counter.count,
          paths: counter.paths,
          error: String((err as Error).message)
            .split('\n')[0]
            .slice(0, 80),
        };
        if (counter.count) break;
      }
    }
    counts.push(result);
  }
  const max = Math.max(0, ...counts.map((c) => c.requests));
  const above = counts.filter((c) => c.requests > 1);
  const failed = counts.filter((c) => c.error && c.requests === 0);
  row('c requests per poll', `triggers polled`, counts.length);
  row('c requests per poll', 'max requests in one poll (floor 1)', max, above.length ? '' : 'every trigger: one request');
  for (const c of above) row('c requests per poll', `  above 1: ${c.key}`, c.requests, c.paths.join(', '));
  for (const c of failed) row('c requests per poll', `  no request: ${c.key}`, 0, c.error ?? '');
  server.close();
  delete process.env.GHL_API_BASE_URL;
};

// ---------------------------------------------------------------------------------------------
// (d) build.zip
// ---------------------------------------------------------------------------------------------

const buildZip = () => {
  const zip = path.join(root, 'build', 'build.zip');
  if (!fs.existsSync(zip)) return row('d build.zip', 'size', 'n/a', 'run npm run build:check');
  const st = fs.statSync(zip);
  row('d build.zip', 'size', `${(st.size / 1024 / 1024).toFixed(2)} MB`, `built ${st.mtime.toISOString().slice(0, 16)}Z`);
};

// ---------------------------------------------------------------------------------------------
// (e) 10,000 records through a paged dropdown under 100 requests per 10 s
// ---------------------------------------------------------------------------------------------

/**
 * Where the dropdown pages: the sandbox's GET /users/search (skip/limit, its 100-per-10-s burst
 * limit) grown to `total` users.
 */
const pagedTarget = async (total: number) => {
  const { url, close, state } = await startLocalGhl({}, { pointApp: false });
  const inLocation = (u: Any) => u.roles?.locationIds?.includes(state.locationId);
  const template = state.users.find(inLocation) ?? state.users[0];
  for (let i = state.users.length; i < total; i++)
    state.users.push({ ...structuredClone(template), id: `benchUser${i}`, name: `Bench User ${i}`, email: `bench${i}@example.com` });
  return {
    label: `sandbox, GET /users/search, ${state.users.filter(inLocation).length} users`,
    stats: () => ({ requests: state.log.length, throttled: state.log.filter((e) => e.status === 429).length }),
    close,
    fetchPage: async (q: Record<string, string>) => {
      const res = await fetch(
        `${url}/users/search?${new URLSearchParams({ companyId: state.companyId, locationId: state.locationId, ...q })}`,
        {
          headers: { authorization: `Bearer ${SANDBOX_LOCATION_TOKEN}`, version: '2021-07-28' },
        },
      );
      return { res, data: res.status === 200 ? ((await res.json()) as Any) : {}, list: 'users', totalKey: 'count' };
    },
  };
};

const pagedDropdown = async () => {
  const TOTAL = 10_000;
  for (const size of [100, 50]) {
    const target = await pagedTarget(TOTAL);
    const t0 = now();
    let pauses = 0;
    const result = await collectPages(
      async (page) => {
        const q = Object.fromEntries(Object.entries(pagingQuery({ style: 'skip', size }, page)).map(([k, v]) => [k, String(v)]));
        const { res, data, list, totalKey } = await target.fetchPage(q);
        if (res.status !== 200) throw new Error(`HTTP ${res.status} on page ${page}`);
        return {
          items: data[list],
          more: (page + 1) * size < data[totalKey],
          response: { getHeader: (n: string) => res.headers.get(n) ?? undefined },
        };
      },
      {
        maxPages: Math.ceil(TOTAL / size) + 1,
        sleep: (p: number) => {
          pauses++;
          return new Promise((r) => setTimeout(r, p));
        },
      },
    ).catch((err: Error) => ({ items: [], complete: false, pages: 0, error: err.message }));
    const wall = now() - t0;
    const { requests, throttled } = target.stats();
    await target.close();
    row(
      'e paged dropdown',
      `${TOTAL} records, page size ${size}`,
      `${result.items.length} loaded, ${result.complete ? 'complete' : 'INCOMPLETE'}`,
      `${requests} requests, ${result.pages} pages, ${throttled} x 429, ${pauses} rate-limit pauses, ${(wall / 1000).toFixed(2)} s${'error' in result ? `; ${result.error}` : ''}`,
    );
    if (size === 100) row('e paged dropdown', 'against', target.label);
  }
};

// ---------------------------------------------------------------------------------------------

const main = async () => {
  // Not loaded here: core must first see NODE_ENV=test (section b), or it logs memory on every call.
  assertBuilt();
  process.env.DISABLE_ZAPIER_ANALYTICS = '1';
  process.env.CLIENT_ID ??= 'bench-client-id';
  process.env.CLIENT_SECRET ??= 'bench-client-secret';
  coldStart();
  productionLike(row);
  await invocationOverhead();
  buildZip();
  await pagedDropdown();

  console.log(`\nbenchmarks (node ${process.version}, ${os.cpus().length} cpus, ${new Date().toISOString().slice(0, 16)}Z)\n`);
  console.log(table(rows));
};

const modes: Record<string, () => unknown> = {
  '--load': childLoad,
  '--import-work': childImportWork,
  '--lambda': childLambda,
  '--count': childCount,
};
Promise.resolve((modes[process.argv[2]] ?? main)()).catch((err) => {
  console.error(err);
  process.exit(1);
});
