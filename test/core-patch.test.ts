/**
 * The zapier-platform-core patch (patches/, docs/upstream-core-patch.md) changes how often core
 * prepares the app and what it copies per request, never what a step does. Each step below runs
 * through core's Lambda handler twice, patched and with ZAPIER_CORE_PATCH_OFF=1 (core's own code
 * path), and must send the same requests and give the same result or the same error.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import nock from 'nock';
import App from '../index';
import { BASE, LOCATION_ID, OAUTH_AUTH } from './helpers';

// CORE_PATCH_TEST_DIR points the test at a patched copy of core before it is installed.
const coreDir = process.env.CORE_PATCH_TEST_DIR ?? path.join(__dirname, '..', 'node_modules', 'zapier-platform-core');
const createLambdaHandler = require(path.join(coreDir, 'src/tools/create-lambda-handler.js'));
const dataTools = require(path.join(coreDir, 'src/tools/data.js'));
const createAppTester = require(path.join(coreDir, 'src/tools/create-app-tester.js'));

const contact = { id: 'c1', locationId: LOCATION_ID, firstName: 'Ada', email: 'ada@example.com', dateAdded: '2026-03-01T09:30:00.000Z' };

interface Step {
  title: string;
  method: string;
  inputData: Record<string, unknown>;
  /** The request GHL gets (none for bad input), and its reply. */
  http?: { verb: string; path: string; status: number; body: unknown };
}

const steps: Step[] = [
  {
    title: 'a trigger',
    method: 'triggers.new_contact.operation.perform',
    inputData: {},
    http: { verb: 'POST', path: '/contacts/search', status: 200, body: { contacts: [contact], total: 1 } },
  },
  {
    title: 'a search',
    method: 'searches.find_contact.operation.perform',
    inputData: { email: 'ada@example.com' },
    http: { verb: 'GET', path: '/contacts/search/duplicate', status: 200, body: { contact } },
  },
  {
    title: 'a create',
    method: 'creates.create_contact.operation.perform',
    inputData: { firstName: 'Ada', email: 'ada@example.com', tags: ['lead'] },
    http: { verb: 'POST', path: '/contacts/', status: 201, body: { contact } },
  },
  {
    title: 'a rejected write',
    method: 'creates.create_contact.operation.perform',
    inputData: { firstName: 'Ada', email: 'ada@example.com' },
    http: { verb: 'POST', path: '/contacts/', status: 422, body: { statusCode: 422, message: ['email must be an email'] } },
  },
  {
    title: 'a server error',
    method: 'searches.get_contact.operation.perform',
    inputData: { contactId: 'c1' },
    http: { verb: 'GET', path: '/contacts/c1', status: 500, body: { message: 'Internal error' } },
  },
  { title: 'bad input', method: 'searches.find_contact.operation.perform', inputData: {} },
];

const run = async (patchOff: boolean, step: Step, appRaw: object = App) => {
  const seen: unknown[] = [];
  if (step.http) {
    const { verb, status, body } = step.http;
    nock(BASE)
      .intercept(step.http.path, verb)
      .query(true)
      .reply(function (uri, requestBody) {
        const h = this.req.headers;
        seen.push({ uri, requestBody, authorization: h.authorization, version: h.version, accept: h.accept, ua: h['user-agent'] });
        return [status, body];
      });
  }
  if (patchOff) process.env.ZAPIER_CORE_PATCH_OFF = '1';
  try {
    const handler = createLambdaHandler(appRaw);
    const out = await handler({
      command: 'execute',
      method: step.method,
      bundle: { authData: OAUTH_AUTH, inputData: step.inputData, meta: {} },
      calledFromCli: true,
    });
    return { results: out.results, seen };
  } catch (err) {
    const e = err as Error;
    return { error: `${e.name}: ${e.message}`, seen };
  } finally {
    delete process.env.ZAPIER_CORE_PATCH_OFF;
    nock.cleanAll();
  }
};

describe('zapier-platform-core patch', () => {
  it('is on the pinned core version and in place', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(coreDir, 'package.json'), 'utf8'));
    expect(version).toBe('19.1.0');
    for (const file of ['src/tools/schema.js', 'src/http-middlewares/before/prepare-request.js'])
      expect(fs.readFileSync(path.join(coreDir, file), 'utf8')).toContain('ghl-zapier core patch');
  });

  it('the install check passes on this core', () => {
    if (process.env.CORE_PATCH_TEST_DIR) return; // the check reads the installed core
    const res = spawnSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'check-core-patch.js')], { encoding: 'utf8' });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  });

  it.each(steps.map((s) => [s.title, s] as const))('%s: same requests and same outcome with and without the patch', async (_t, step) => {
    const stock = await run(true, step);
    const patched = await run(false, step);
    expect(patched).toEqual(stock);
    // The comparison is about something: each step did what it should.
    expect(stock.seen).toHaveLength(step.http ? 1 : 0);
    if (step.http && step.http.status < 300) expect(JSON.stringify(stock.results)).toContain('"id":"c1"');
    else expect(stock.error).toMatch(step.http ? /email must be an email|Internal error|500/ : /is required|give/i);
  });

  it('prepares the app once per app object instead of twice per call', async () => {
    const appRaw = { ...App };
    // Each preparation ends in one top-level deepFreeze of the compiled app.
    const spy = jest.spyOn(dataTools, 'deepFreeze');
    for (let i = 0; i < 3; i++) await run(false, steps[0], appRaw);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockClear();
    for (let i = 0; i < 3; i++) await run(true, steps[0], appRaw);
    expect(spy).toHaveBeenCalledTimes(6);
    spy.mockRestore();
  });

  it('rebuilds when a top-level property of the app changes (createAppTester ad-hoc functions)', async () => {
    const appRaw = { version: '1.0.0', platformVersion: '19.1.0' };
    const tester = createAppTester(appRaw);
    expect(await tester(async () => 'first', {})).toBe('first');
    expect(await tester(async () => 'second', {})).toBe('second');
  });

  it('hands requests the frozen prepared app instead of a fresh deep copy', async () => {
    const frozen: boolean[] = [];
    const appRaw = {
      version: '1.0.0',
      platformVersion: '19.1.0',
      beforeRequest: [
        (req: { input?: { _zapier?: { app?: object } } }) => {
          frozen.push(Object.isFrozen(req.input?._zapier?.app));
          return req;
        },
      ],
      triggers: {
        t: {
          key: 't',
          noun: 'T',
          display: { label: 'T', description: 'Triggers when t.' },
          operation: { perform: async (z: any) => (await z.request(`${BASE}/t`)).data, sample: { id: '1' } },
        },
      },
    };
    const step = {
      title: 't',
      method: 'triggers.t.operation.perform',
      inputData: {},
      http: { verb: 'GET', path: '/t', status: 200, body: [{ id: '1' }] },
    };
    const patched = await run(false, step, appRaw);
    const stock = await run(true, step, appRaw);
    expect(patched).toEqual(stock);
    expect(frozen).toEqual([true, false]);
  });
});
