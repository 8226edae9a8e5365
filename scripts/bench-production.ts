// Production-like figures: the app run the way Zapier's Lambda runs it. The handler is built from
// zapier-platform-core's own include/zapierwrapper.js (the file the CLI copies into build.zip),
// with its `index.js` pointed at the built entry, and called with a Lambda event
// ({ command: 'execute', method, bundle }) against a loopback GHL. A one-trigger app is built and
// called the same way in the same run, so every figure is a ratio that the machine's speed cancels.
// Also: the definition's object count (what core copies and freezes on every call) and z.request
// calls per invocation. Speed targets are printed, never asserted.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { root } from './lib/built-app';
import { median, now } from './lib/figures';

const dist = path.join(root, 'dist');
export type Row = (section: string, measure: string, value: string | number, note?: string) => void;

// objects: BENCHMARKS.md, "Why the object budget is now 2,600".
const TARGETS = { perCall: 3, objects: 2600, cold: 1.3 };
const AUTH = { access_token: 'bench-token', refresh_token: 'bench-refresh', locationId: 'loc1', companyId: 'cmp1', userType: 'Location' };

/** The steps measured, with an input each needs; `method` is what Zapier puts in the event. */
const STEPS = [
  { kind: 'trigger', method: 'triggers.new_contact.operation.perform', inputData: {} },
  { kind: 'search', method: 'searches.find_contact.operation.perform', inputData: { email: 'ada@example.com' } },
  { kind: 'create', method: 'creates.create_contact.operation.perform', inputData: { firstName: 'Ada', email: 'ada@example.com' } },
];

// ---------------------------------------------------------------------------------------------
// Object count: every object and array in the definition, each time it occurs (core's copies do
// not share), split by where it sits.
// ---------------------------------------------------------------------------------------------

type Bucket = 'samples' | 'outputFields' | 'inputFields' | 'rest';
export const countObjects = (definition: unknown) => {
  const counts = { samples: 0, outputFields: 0, inputFields: 0, rest: 0, total: 0 };
  const walk = (value: unknown, bucket: Bucket) => {
    if (!value || typeof value !== 'object') return;
    counts[bucket]++;
    counts.total++;
    for (const [k, v] of Object.entries(value)) {
      const next: Bucket =
        bucket !== 'rest'
          ? bucket
          : k === 'sample'
            ? 'samples'
            : k === 'outputFields'
              ? 'outputFields'
              : k === 'inputFields'
                ? 'inputFields'
                : 'rest';
      walk(v, next);
    }
  };
  walk(definition, 'rest');
  return counts;
};

// ---------------------------------------------------------------------------------------------
// Child process: build the wrapper, call it as Lambda does, print JSON
// ---------------------------------------------------------------------------------------------

/** A GHL on loopback: one contact for whatever is asked. Counts requests. */
const CONTACT = {
  id: 'c1',
  locationId: 'loc1',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  phone: '+15551234567',
  tags: ['lead'],
  dateAdded: '2026-03-01T09:30:00.000Z',
  dateUpdated: '2026-03-01T09:30:00.000Z',
};
const REPLY = JSON.stringify({ contacts: [CONTACT], contact: CONTACT, total: 1, meta: { total: 1 } });

const startServer = () =>
  new Promise<{ server: http.Server; counter: { count: number }; url: string }>((resolve) => {
    const counter = { count: 0 };
    const server = http.createServer((req, res) => {
      counter.count++;
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(REPLY);
      });
    });
    server.keepAliveTimeout = 5000;
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as AddressInfo;
      resolve({ server, counter, url: `http://127.0.0.1:${address.port}` });
    });
  });

/** The CLI's wrapper, written next to the app entry's stand-in exactly as build.zip has it. */
const writeWrapper = (dir: string, entry: string) => {
  const core = require.resolve('zapier-platform-core', { paths: [root] });
  const coreDir = path.join(root, 'node_modules', 'zapier-platform-core');
  const text = fs
    .readFileSync(path.join(coreDir, 'include', 'zapierwrapper.js'), 'utf8')
    .replace("require('zapier-platform-core')", `require(${JSON.stringify(core)})`);
  // build.zip's index.js is the app's entry; here it re-exports the built one.
  fs.writeFileSync(path.join(dir, 'index.js'), `module.exports = require(${JSON.stringify(entry)});\n`);
  fs.writeFileSync(path.join(dir, 'zapierwrapper.js'), text);
  return path.join(dir, 'zapierwrapper.js');
};

/** The one-trigger app: same wrapper, same event, one request to the same server. */
const MINIMAL_APP = (core: string) => `const zapier = require(${JSON.stringify(core)});
module.exports = {
  version: '1.0.0',
  platformVersion: zapier.version,
  triggers: {
    new_contact: { key: 'new_contact', noun: 'Contact', display: { label: 'New Contact', description: 'Triggers when a contact is added.' },
      operation: { perform: async (z) => (await z.request({ url: process.env.GHL_API_BASE_URL + '/contacts/search', method: 'POST', body: {} })).data.contacts, sample: { id: 'c1' } } },
  },
};
`;

/** Child process (`--lambda <wrapper> <method> <calls> <input>`): one app called as Lambda calls it. */
export const childLambda = async () => {
  const [, , , wrapperFile, method, n, inputJson] = process.argv;
  const { server, counter, url } = await startServer();
  process.env.GHL_API_BASE_URL = url;
  // Core logs a memory line per call in production; it costs both apps the same and floods stdout.
  const log = console.log;
  console.log = () => {};
  const event = (inputData: unknown) => ({ command: 'execute', method, bundle: { authData: AUTH, inputData, meta: { page: 0 } } });
  const input = JSON.parse(inputJson);
  const t0 = now();
  const { handler } = require(wrapperFile);
  await handler(event(input), {});
  const coldMs = now() - t0;
  const times = [];
  const requests = [];
  for (let i = 0; i < Number(n); i++) {
    const before = counter.count;
    const t = now();
    await handler(event(input), {});
    times.push(now() - t);
    requests.push(counter.count - before);
  }
  server.close();
  console.log = log;
  console.log(JSON.stringify({ coldMs, warmMs: median(times), requests: median(requests), heapMb: process.memoryUsage().heapUsed / 1e6 }));
  process.exit(0);
};

interface ChildFigures {
  coldMs: number;
  warmMs: number;
  requests: number;
  heapMb: number;
}
const runChild = (wrapperFile: string, method: string, n: number, inputData = {}, env = {}): ChildFigures => {
  // This file is bundled into dist/scripts/bench.js, which runs the child modes (scripts/bench.ts).
  const res = spawnSync(process.execPath, [__filename, '--lambda', wrapperFile, method, String(n), JSON.stringify(inputData)], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, DISABLE_ZAPIER_ANALYTICS: '1', NODE_ENV: 'production', ...env },
  });
  if (res.status !== 0) throw new Error(`bench child failed (${method}):\n${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop() ?? '{}');
};

/** Whether the installed core carries patches/zapier-platform-core+*.patch. */
const corePatched = () =>
  fs
    .readFileSync(path.join(root, 'node_modules', 'zapier-platform-core', 'src', 'tools', 'schema.js'), 'utf8')
    .includes('ghl-zapier core patch');

// ---------------------------------------------------------------------------------------------
// Parent: interleaved runs of both apps, then rows for the table
// ---------------------------------------------------------------------------------------------

export const productionLike = (row: Row) => {
  const runs = Number(process.env.BENCH_LAMBDA_RUNS) || 7;
  const calls = Number(process.env.BENCH_LAMBDA_CALLS) || 200;
  const appDist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : dist;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-bench-lambda-'));
  const core = require.resolve('zapier-platform-core', { paths: [root] });
  fs.mkdirSync(path.join(tmp, 'app'));
  fs.mkdirSync(path.join(tmp, 'minimal'));
  fs.writeFileSync(path.join(tmp, 'minimal-app.js'), MINIMAL_APP(core));
  // What build.zip's wrapper loads: the root index.js, i.e. the bundled dist/app.js (an older
  // build given by BENCH_DIST may only have dist/index.js).
  const bundled = path.join(appDist, 'app.js');
  const appWrapper = writeWrapper(path.join(tmp, 'app'), fs.existsSync(bundled) ? bundled : path.join(appDist, 'index.js'));
  const minimalWrapper = writeWrapper(path.join(tmp, 'minimal'), path.join(tmp, 'minimal-app.js'));
  const [trigger] = STEPS;
  const section = 'f production-like';
  const fmt = (n: number) => `${n.toFixed(2)} ms`;
  const mark = (ok: boolean) => (ok ? 'target met' : 'TARGET MISSED');
  row(
    section,
    `wrapper handler, ${trigger.method}`,
    '',
    `${runs} fresh processes per app and core, ${calls} warm calls each, loopback GHL`,
  );

  // With the core patch installed, the same run also measures core's own path (ZAPIER_CORE_PATCH_OFF).
  const modes = corePatched()
    ? [
        { name: 'patched core', env: {} },
        { name: 'stock core', env: { ZAPIER_CORE_PATCH_OFF: '1' } },
      ]
    : [{ name: 'stock core', env: {} }];
  let heapMb = 0;
  for (const mode of modes) {
    const app = { cold: [] as number[], warm: [] as number[] };
    const minimal = { cold: [] as number[], warm: [] as number[] };
    runChild(minimalWrapper, trigger.method, 5, {}, mode.env); // warms the file-system cache for both
    runChild(appWrapper, trigger.method, 5, {}, mode.env);
    for (let i = 0; i < runs; i++) {
      const m = runChild(minimalWrapper, trigger.method, calls, {}, mode.env);
      const a = runChild(appWrapper, trigger.method, calls, {}, mode.env);
      minimal.cold.push(m.coldMs);
      minimal.warm.push(m.warmMs);
      app.cold.push(a.coldMs);
      app.warm.push(a.warmMs);
      heapMb = a.heapMb;
    }
    const perCall = median(app.warm) / median(minimal.warm);
    const cold = median(app.cold) / median(minimal.cold);
    const target = mode === modes[0];
    row(section, `${mode.name}: warm call, median, app / one-trigger app`, `${fmt(median(app.warm))} / ${fmt(median(minimal.warm))}`);
    row(
      section,
      `${mode.name}: warm call ratio`,
      `${perCall.toFixed(2)}x`,
      target ? `target <= ${TARGETS.perCall}x: ${mark(perCall <= TARGETS.perCall)}` : '',
    );
    row(
      section,
      `${mode.name}: require + first call, median, app / one-trigger`,
      `${fmt(median(app.cold))} / ${fmt(median(minimal.cold))}`,
    );
    row(
      section,
      `${mode.name}: cold start ratio`,
      `${cold.toFixed(2)}x`,
      target ? `target <= ${TARGETS.cold}x: ${mark(cold <= TARGETS.cold)}` : '',
    );
  }
  row(section, `heap after ${calls} calls`, `${heapMb.toFixed(0)} MB`);

  // Counted in a child: loading core here would switch on its per-call memory log for later sections.
  const entry = fs.existsSync(bundled) ? bundled : path.join(appDist, 'index.js');
  const counted = spawnSync(process.execPath, [__filename, '--count', entry], { encoding: 'utf8', cwd: root });
  if (counted.status !== 0) throw new Error(`object count failed:\n${counted.stderr}`);
  const c = JSON.parse(counted.stdout.trim().split('\n').pop() ?? '{}');
  row(
    section,
    'definition objects (selected app, as the wrapper loads it)',
    c.total,
    `samples ${c.samples}, outputFields ${c.outputFields}, inputFields ${c.inputFields}, rest ${c.rest}; target <= ${TARGETS.objects}: ${mark(c.total <= TARGETS.objects)}`,
  );
  for (const step of STEPS) {
    const r = runChild(appWrapper, step.method, 3, step.inputData);
    row(section, `z.request calls per invocation: ${step.kind}`, r.requests, step.method);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
};

/** Child process (`--count <entry>`): the object count of the definition an entry exports. */
export const childCount = () => {
  console.log(JSON.stringify(countObjects(require(process.argv[3]))));
  process.exit(0);
};
