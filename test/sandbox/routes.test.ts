/**
 * The sandbox's router: every request any operation's case table expects is served by a route
 * (so no step of the app meets "Cannot METHOD path"), and a fixed segment is never taken for a
 * `:param`. The end-to-end test (test/e2e/every-operation.test.ts) then runs each operation.
 */
import fs from 'fs';
import path from 'path';
import { router } from '../../sandbox/areas';
import type { OperationCase } from '../helpers';

const casesDir = path.join(__dirname, '..', 'cases');
const requests = fs
  .readdirSync(casesDir)
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => Object.values(require(path.join(casesDir, f))) as unknown[])
  .filter((t): t is OperationCase[] => Array.isArray(t) && t.every((c) => c && typeof c === 'object' && 'key' in c && 'request' in c))
  .flat()
  .flatMap((c) => [...(c.before ?? []).map((b) => b.request), c.request])
  // A file the step downloads from its own host is no GHL endpoint.
  .filter((r) => !r.host)
  .map((r) => `${r.method} ${r.path.split('?')[0]}`);

describe('sandbox routes', () => {
  it.each([...new Set(requests)].sort())('serves %s', (request) => {
    const [method, pathname] = request.split(' ');
    expect(router.match(method, pathname)?.pattern).toBeDefined();
  });

  it('prefers a fixed segment to a parameter, whatever the order', () => {
    expect(router.match('GET', '/calendars/groups')?.pattern).toBe('/calendars/groups');
    expect(router.match('GET', '/locations/search')?.pattern).toBe('/locations/search');
    expect(router.match('GET', '/calendars/abc')?.pattern).toBe('/calendars/:calendarId');
    expect(router.match('GET', '/opportunities/pipelines')?.pattern).toBe('/opportunities/pipelines');
  });

  it('answers no route for an endpoint GHL does not have', () => {
    expect(router.match('GET', '/no/such/endpoint')).toBeUndefined();
    expect(router.match('PATCH', '/contacts/abc')).toBeUndefined();
  });
});
