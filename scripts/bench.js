#!/usr/bin/env node
// Benchmarks of the built app (dist/): cold start against a minimal Zapier app, production-like
// Lambda calls (bench-production.js), request-layer overhead against a bare HTTP request, requests
// per trigger poll, build.zip size, and loading 10,000 records through a paged dropdown under
// GHL's rate limit. Prints a table; not a test.
// `npm run bench` builds first. BENCH_RUNS sets the cold-start runs (default 9).
const { spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const { productionLike } = require('./bench-production');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const RUNS = Number(process.env.BENCH_RUNS) || 9;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const rows = [];
const row = (section, measure, value, note = '') => rows.push({ section, measure, value: String(value), note });

// ---------------------------------------------------------------------------------------------
// Child modes: measured in a fresh process
// ---------------------------------------------------------------------------------------------

if (process.argv[2] === '--load') {
  // Time to require one module in this fresh process, printed as JSON.
  const t0 = now();
  require(process.argv[3]);
  console.log(JSON.stringify({ loadMs: now() - t0 }));
  process.exit(0);
}

if (process.argv[2] === '--import-work') {
  // Where the app's load time goes: the platform, every operation module, both app definitions,
  // and what the eager per-operation work (outputFieldsFrom on each sample) costs on its own.
  const t0 = now();
  require('zapier-platform-core');
  const t1 = now();
  const { operations } = require(path.join(dist, 'src', 'registry.generated.js'));
  const t2 = now();
  require(path.join(dist, 'index.js'));
  const t3 = now();
  const { outputFieldsFrom } = require(path.join(dist, 'src', 'output.js'));
  const REPEAT = 20;
  const t4 = now();
  for (let i = 0; i < REPEAT; i++) for (const op of operations) outputFieldsFrom(op.spec.sample, op.spec.outputFields);
  const outputFieldsMs = (now() - t4) / REPEAT;
  console.log(
    JSON.stringify({
      coreMs: t1 - t0,
      operationsMs: t2 - t1,
      appMs: t3 - t2,
      totalMs: t3 - t0,
      outputFieldsMs,
      operations: operations.length,
    }),
  );
  process.exit(0);
}

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
  const measure = (file) => {
    const wall = [];
    const load = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = now();
      const res = spawnSync(process.execPath, [__filename, '--load', file], {
        encoding: 'utf8',
        env: { ...process.env, DISABLE_ZAPIER_ANALYTICS: '1' },
      });
      wall.push(now() - t0);
      if (res.status !== 0) throw new Error(`loading ${file} failed:\n${res.stderr}`);
      load.push(JSON.parse(res.stdout.trim().split('\n').pop()).loadMs);
    }
    return { wall: median(wall), load: median(load) };
  };
  // Interleave a warm-up of each so the file-system cache is equally warm for both.
  measure(minimal);
  const base = measure(minimal);
  const app = measure(path.join(dist, 'index.js'));
  fs.rmSync(tmp, { recursive: true, force: true });
  row('a cold start', `minimal Zapier app: require / whole process (median of ${RUNS})`, `${ms(base.load)} / ${ms(base.wall)}`);
  row('a cold start', `dist/index.js: require / whole process (median of ${RUNS})`, `${ms(app.load)} / ${ms(app.wall)}`);
  row(
    'a cold start',
    'ratio app / minimal (require; whole process)',
    `${(app.load / base.load).toFixed(2)}x; ${(app.wall / base.wall).toFixed(2)}x`,
  );

  const work = spawnSync(process.execPath, [__filename, '--import-work'], { encoding: 'utf8', cwd: root });
  if (work.status === 0) {
    const w = JSON.parse(work.stdout.trim().split('\n').pop());
    row('a cold start', 'load breakdown: zapier-platform-core', ms(w.coreMs));
    row('a cold start', `load breakdown: ${w.operations} operation modules (registry)`, ms(w.operationsMs));
    row('a cold start', 'load breakdown: both app definitions (index.js)', ms(w.appMs));
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

const startServer = (handler) =>
  new Promise((resolve) => {
    const server = http.createServer(handler);
    server.keepAliveTimeout = 5000;
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });

const generic = (counter) => (req, res) => {
  counter.count++;
  counter.paths.push(`${req.method} ${req.url.split('?')[0]}`);
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"x1","ok":true}');
  });
};

const AGENCY_AUTH = { access_token: 'bench-token', refresh_token: 'bench-refresh', companyId: 'cmp1', userType: 'Company' };
const AUTH = { access_token: 'bench-token', refresh_token: 'bench-refresh', locationId: 'loc1', companyId: 'cmp1', userType: 'Location' };

/** A value a required input field accepts, from its declaration. */
const dummy = (field) => {
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
  const counter = { count: 0, paths: [] };
  // As in the tests: the platform's memory log line per invocation stays quiet.
  process.env.NODE_ENV = 'test';
  const { server, url } = await startServer(generic(counter));
  process.env.GHL_API_BASE_URL = url;
  const { createAppTester } = require('zapier-platform-core');
  const App = require(path.join(dist, 'index.js'));
  const tester = createAppTester(App.oauthApp);
  const getContact = App.oauthApp.searches.get_contact;
  const N = Number(process.env.BENCH_CALLS) || 300;

  const bare = () =>
    new Promise((resolve, reject) => {
      http
        .get(`${url}/contacts/x1`, { headers: { authorization: 'Bearer t', version: '2021-07-28' } }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve(JSON.parse(body)));
        })
        .on('error', reject);
    });
  const viaApp = () => tester(getContact.operation.perform, { authData: AUTH, inputData: { contactId: 'x1' }, meta: {} });
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
          perform: async (z, bundle) => [(await z.request(`${url}/contacts/${bundle.inputData.id}`)).data],
          sample: { id: 1 },
        },
      },
    },
  };
  const minimalTester = createAppTester(minimal);
  const viaMinimal = () => minimalTester(minimal.searches.get.operation.perform, { authData: {}, inputData: { id: 'x1' }, meta: {} });

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
  const defs = ['triggers', 'searches', 'creates'].flatMap((k) => Object.values(App.oauthApp[k] ?? {}));
  const outputFields = defs.reduce((n, d) => n + (Array.isArray(d.operation.outputFields) ? d.operation.outputFields.length : 0), 0);
  row(
    'b per invocation',
    'app definition size (JSON)',
    `${(JSON.stringify(App.oauthApp).length / 1024).toFixed(0)} KB`,
    `${defs.length} operations, ${outputFields} outputFields; stock core prepares it twice per call, the patched core once per process`,
  );
  row(
    'b per invocation',
    'ratio app / minimal app',
    `${(appMs / minimalMs).toFixed(2)}x`,
    `${ms(appMs - minimalMs)} stock core: grows with the definition's object count`,
  );

  // (c) One poll of every trigger.
  const counts = [];
  for (const [key, trigger] of Object.entries(App.oauthApp.triggers)) {
    const fields = (trigger.operation.inputFields ?? []).filter((f) => f && typeof f === 'object' && f.key);
    const required = Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.key, dummy(f)]));
    const all = Object.fromEntries(fields.map((f) => [f.key, dummy(f)]));
    // Required fields first; then every field (triggers that need one of several); then an agency connection.
    const attempts = [
      [AUTH, required],
      [AUTH, all],
      [AGENCY_AUTH, required],
      [AGENCY_AUTH, all],
    ];
    let result;
    for (const [authData, inputData] of attempts) {
      counter.count = 0;
      counter.paths = [];
      try {
        // An instant (hook) trigger reads GHL only in performList (its sample step).
        await tester(trigger.operation.type === 'hook' ? trigger.operation.performList : trigger.operation.perform, {
          authData,
          inputData,
          meta: { page: 0 },
        });
        result = { key, requests: counter.count, paths: counter.paths };
        break;
      } catch (err) {
        result = { key, requests: counter.count, paths: counter.paths, error: String(err.message).split('\n')[0].slice(0, 80) };
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

/** A loopback GHL that pages `total` records (skip/limit) and enforces the burst limit. */
const rateLimitedServer = (total, limit = 100, windowMs = 10_000) => {
  const stats = { requests: 0, throttled: 0 };
  let windowStart = now();
  let used = 0;
  return {
    stats,
    handler: (req, res) => {
      stats.requests++;
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t;
        used = 0;
      }
      const headers = {
        'content-type': 'application/json',
        'X-RateLimit-Max': String(limit),
        'X-RateLimit-Interval-Milliseconds': String(windowMs),
      };
      if (used >= limit) {
        stats.throttled++;
        res.writeHead(429, { ...headers, 'X-RateLimit-Remaining': '0' });
        return res.end('{"statusCode":429,"message":"Too many requests"}');
      }
      used++;
      const q = new URL(req.url, 'http://x').searchParams;
      const size = Number(q.get('limit') || 100);
      const skip = Number(q.get('skip') || 0);
      const items = [];
      for (let i = skip; i < Math.min(total, skip + size); i++) items.push({ id: `r${i}`, name: `Record ${i}` });
      res.writeHead(200, { ...headers, 'X-RateLimit-Remaining': String(limit - used) });
      res.end(JSON.stringify({ records: items, total }));
    },
  };
};

const findSandbox = () => {
  for (const name of ['server.js']) {
    const file = path.join(root, 'dist', 'sandbox', name);
    if (!fs.existsSync(file)) continue;
    try {
      const mod = require(file);
      if (typeof mod.startSandbox === 'function') return { file, mod };
    } catch {
      // Not loadable: use our own rate-limited server.
    }
  }
  return undefined;
};

/**
 * Where the dropdown pages: the sandbox's GET /users/search (skip/limit, its 100-per-10-s burst
 * limit) grown to `total` users, or our own rate-limited loopback server.
 */
const pagedTarget = async (total) => {
  const sandbox = findSandbox();
  if (sandbox) {
    const { url, close, state } = await sandbox.mod.startSandbox({ port: 0 });
    const template = state.users.find((u) => u.roles?.locationIds?.includes(state.locationId)) ?? state.users[0];
    const extra = [];
    for (let i = state.users.length; i < total; i++)
      extra.push({ ...JSON.parse(JSON.stringify(template)), id: `benchUser${i}`, name: `Bench User ${i}`, email: `bench${i}@example.com` });
    state.users.push(...extra);
    const users = state.users.filter((u) => u.roles?.locationIds?.includes(state.locationId)).length;
    const stats = {
      get requests() {
        return state.log.length;
      },
      get throttled() {
        return state.log.filter((e) => e.status === 429).length;
      },
    };
    return {
      label: `sandbox (${path.relative(root, sandbox.file)}), GET /users/search, ${users} users`,
      stats,
      close,
      fetchPage: (q) =>
        fetch(`${url}/users/search?${new URLSearchParams({ companyId: state.companyId, locationId: state.locationId, ...q })}`, {
          headers: { authorization: `Bearer ${sandbox.mod.SANDBOX_LOCATION_TOKEN}`, version: '2021-07-28' },
        }).then(async (res) => ({ res, data: res.status === 200 ? await res.json() : {}, list: 'users', totalKey: 'count' })),
    };
  }
  const limiter = rateLimitedServer(total);
  const { server, url } = await startServer(limiter.handler);
  return {
    label: `loopback server, ${total} records`,
    stats: limiter.stats,
    close: () => server.close(),
    fetchPage: (q) =>
      fetch(`${url}/records?${new URLSearchParams(q)}`).then(async (res) => ({
        res,
        data: res.status === 200 ? await res.json() : {},
        list: 'records',
        totalKey: 'total',
      })),
  };
};

const pagedDropdown = async () => {
  const { collectPages, pagingQuery } = require(path.join(dist, 'src', 'paging.js'));
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
          response: { getHeader: (n) => res.headers.get(n) ?? undefined },
        };
      },
      {
        maxPages: Math.ceil(TOTAL / size) + 1,
        sleep: (p) => {
          pauses++;
          return new Promise((r) => setTimeout(r, p));
        },
      },
    ).catch((err) => ({ items: [], complete: false, pages: 0, error: err.message }));
    const wall = now() - t0;
    const { requests, throttled } = target.stats;
    await target.close();
    row(
      'e paged dropdown',
      `${TOTAL} records, page size ${size}`,
      `${result.items.length} loaded, ${result.complete ? 'complete' : 'INCOMPLETE'}`,
      `${requests} requests, ${result.pages} pages, ${throttled} x 429, ${pauses} rate-limit pauses, ${(wall / 1000).toFixed(2)} s${result.error ? `; ${result.error}` : ''}`,
    );
    if (size === 100) row('e paged dropdown', 'against', target.label);
  }
};

// ---------------------------------------------------------------------------------------------

const main = async () => {
  if (!fs.existsSync(path.join(dist, 'index.js'))) {
    console.error('bench: dist/index.js is missing: run npm run build (npm run bench does it first)');
    process.exit(1);
  }
  process.env.DISABLE_ZAPIER_ANALYTICS = '1';
  process.env.CLIENT_ID ??= 'bench-client-id';
  process.env.CLIENT_SECRET ??= 'bench-client-secret';
  coldStart();
  productionLike(row);
  await invocationOverhead();
  buildZip();
  await pagedDropdown();

  const w = [0, 0, 0];
  for (const r of rows) {
    w[0] = Math.max(w[0], r.section.length);
    w[1] = Math.max(w[1], r.measure.length);
    w[2] = Math.max(w[2], r.value.length);
  }
  console.log(`\nbenchmarks (node ${process.version}, ${os.cpus().length} cpus, ${new Date().toISOString().slice(0, 16)}Z)\n`);
  for (const r of rows) console.log(`${r.section.padEnd(w[0])}  ${r.measure.padEnd(w[1])}  ${r.value.padEnd(w[2])}  ${r.note}`.trimEnd());
};

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
