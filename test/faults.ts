/**
 * Every operation of every area's table against every fault GHL can produce, through the shared
 * request layer: 429, 401, 404, 422, 5xx, and hostile ids in path parameters.
 */
import fs from 'fs';
import path from 'path';
import nock from 'nock';
import { BASE, errorOf, expectCase, findOperation, runCase, type OperationCase } from './helpers';

type Fault = { status: number; body: unknown; headers?: Record<string, string>; dropConnection?: boolean };

/**
 * Sets up a GHL-wide fault: the case's own request (exactly as the spec expects) answers with it,
 * and so does any further request the step sends after it (a fallback query, say), as it would
 * when GHL is down or the token is revoked. The case's scope proves its own request was made.
 */
const expectFault = (c: OperationCase, app: 'oauth' | 'token', fault: Fault) => {
  const scope = expectCase(c, app, fault);
  const rest = nock(BASE).persist();
  for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const)
    if (fault.dropConnection) rest[method](() => true).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    else rest[method](() => true).reply(fault.status, fault.body as nock.Body, fault.headers);
  return scope;
};

const allCases: OperationCase[] = fs
  .readdirSync(path.join(__dirname, 'cases'))
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => Object.values(require(path.join(__dirname, 'cases', f))) as unknown[])
  // A cases file may export other helpers too: keep the tables of operation cases.
  .filter((v): v is OperationCase[] => Array.isArray(v) && v.every((c) => c && typeof c.key === 'string' && c.request))
  .flat();

// One case per operation is enough here: the faults do not depend on the input.
const cases = [...new Map(allCases.map((c) => [c.key, c])).values()].sort((a, b) => a.key.localeCompare(b.key));

const PLACEHOLDER = /\{([^}]+)\}/g;
const HOSTILE = 'a/../b?x=1#y';

/** Declares the fault tests of shard `index` (1-based) of `total`, so the shards run in parallel. */
export const describeFaults = (index: number, total: number) =>
  describe.each(cases.filter((_, i) => i % total === index - 1).map((c) => [c.key, c] as const))('%s faults', (key, c) => {
    const op = findOperation(key);
    const write = op.kind === 'create' && c.request.method !== 'GET';
    const app = (c.apps ?? ['oauth', 'token']).includes('token') ? 'token' : 'oauth';

    it('429 becomes a ThrottledError with the delay GHL asked for', async () => {
      const scope = expectFault(c, app, {
        status: 429,
        body: { statusCode: 429, message: 'Too many requests' },
        headers: { 'Retry-After': '7' },
      });
      const err = await errorOf(runCase(c, app));
      expect(scope.isDone()).toBe(true);
      expect(err.name).toBe('ThrottledError');
      expect(err.delay).toBe(7);
    });

    it('429 without Retry-After waits out X-RateLimit-Interval-Milliseconds', async () => {
      const scope = expectFault(c, app, {
        status: 429,
        body: {},
        headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Interval-Milliseconds': '10000' },
      });
      const err = await errorOf(runCase(c, app));
      expect(scope.isDone()).toBe(true);
      expect(err.name).toBe('ThrottledError');
      expect(err.delay).toBe(10);
    });

    if ((c.apps ?? ['oauth', 'token']).includes('token')) {
      it('401 on a Private Integration Token names the scope the step needs', async () => {
        const scope = expectFault(c, 'token', {
          status: 401,
          body: { statusCode: 401, message: 'Invalid token: access token is invalid', error: 'Unauthorized' },
        });
        const err = await errorOf(runCase(c, 'token'));
        expect(scope.isDone()).toBe(true);
        expect(err.message).toContain('Private Integration Token');
        for (const scope of op.spec.scopes) expect(err.message).toContain(scope);
      });
    }

    if ((c.apps ?? ['oauth', 'token']).includes('oauth')) {
      it('401 on OAuth asks Zapier to refresh the token', async () => {
        const scope = expectFault(c, 'oauth', {
          status: 401,
          body: { statusCode: 401, message: 'Invalid token' },
        });
        const err = await errorOf(runCase(c, 'oauth'));
        expect(scope.isDone()).toBe(true);
        expect(err.name).toBe('RefreshAuthError');
      });
    }

    it("422 lists GHL's field messages", async () => {
      const scope = expectFault(c, app, {
        status: 422,
        body: { statusCode: 422, message: ['email must be an email', 'name should not be empty'], error: 'Unprocessable Entity' },
      });
      const err = await errorOf(runCase(c, app));
      expect(scope.isDone()).toBe(true);
      expect(err.message).toContain('email must be an email; name should not be empty');
      expect(err.status).toBe(422);
    });

    // No answer a client can trust: a write may have been saved (said, never retried); a read is retried.
    const unanswered: Array<[string, Fault, string]> = [
      ['5xx', { status: 502, body: { statusCode: 502, message: 'Bad Gateway' } }, '502'],
      ['a connection dropped before the answer', { status: 0, body: undefined, dropConnection: true }, 'ECONNRESET'],
    ];
    it.each(unanswered)(
      write ? '%s on a write says it may have been saved and is not retried' : '%s on a read is retried later',
      async (_n, fault, named) => {
        const scope = expectFault(c, app, fault);
        const err = await errorOf(runCase(c, app));
        expect(scope.isDone()).toBe(true);
        expect(err.message).toContain(named);
        if (write) {
          expect(err.name).not.toBe('ThrottledError');
          expect(err.message).toContain('may or may not have been saved');
        } else {
          expect(err.name).toBe('ThrottledError');
        }
      },
    );

    // Free-text path parameters (a fixed choice such as add|remove is refused before any request).
    const params = [...(op.spec.endpoint ?? '').matchAll(PLACEHOLDER)]
      .map((m) => m[1])
      .filter((p) => typeof c.input[p] === 'string' && !op.spec.input?.[p]?.props.choices);
    if (params.length) {
      it(`404 ${op.kind === 'search' ? 'finds nothing' : 'says what was not found'}`, async () => {
        const scope = expectFault(c, app, {
          status: 404,
          body: { statusCode: 404, message: 'Not found' },
        });
        if (op.kind === 'search') {
          expect(await runCase(c, app)).toEqual([]);
          expect(scope.isDone()).toBe(true);
        } else {
          const err = await errorOf(runCase(c, app));
          expect(scope.isDone()).toBe(true);
          expect(err.message).toContain('was not found');
          expect(err.message).toContain(String(c.input[params[0]]));
        }
      });

      it.each(params)('a hostile %s stays inside its path segment', async (param) => {
        const original = encodeURIComponent(String(c.input[param]));
        const segments = c.request.path.split('/');
        const index = segments.indexOf(original);
        expect(index).toBeGreaterThan(0);
        segments[index] = encodeURIComponent(HOSTILE);
        const hostilePath = segments.join('/');
        expect(hostilePath).toContain('a%2F..%2Fb%3Fx%3D1%23y');
        // The same id in a lookup the step makes first (an object's schema) is hostile there too.
        const swap = (p: string) =>
          p
            .split('/')
            .map((s) => (s === original ? encodeURIComponent(HOSTILE) : s))
            .join('/');
        const before = c.before?.map((b) => ({ ...b, request: { ...b.request, path: swap(b.request.path) } }));
        const scope = expectCase({ ...c, before }, app, { request: { ...c.request, path: hostilePath } });
        await runCase(c, app, { ...c.input, [param]: HOSTILE });
        expect(scope.isDone()).toBe(true);
      });

      it.each(params)('%s of ".." is refused before any request', async (param) => {
        const err = await errorOf(runCase(c, app, { ...c.input, [param]: '..' }));
        expect(err.message).toContain(`(${param})`);
      });
    }
  });
