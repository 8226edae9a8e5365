import {
  LOCATION_ID,
  describeOperations,
  errorOf,
  expectCase,
  expectRequest,
  runCase,
  runOperation,
  type AppKind,
  type OperationCase,
} from './helpers';
import { blogCases, blogInputlessCases } from './cases/blogs';

describeOperations('Blogs', blogCases);

// Operations without input fields have no bad input to refuse; only their request and output.
describe('Blogs (no input)', () => {
  for (const c of blogInputlessCases as OperationCase[]) {
    for (const app of ['oauth', 'token'] as AppKind[]) {
      it(`${c.key} [${app}]: sends the spec's request and maps the answer`, async () => {
        const scope = expectCase(c, app);
        expect(await runCase(c, app)).toEqual(c.expected);
        expect(scope.isDone()).toBe(true);
      });
    }
  }
});

describe('a listing GHL does not have for this location', () => {
  it('a 404 with no id in the path says what was not found, without "check the ID"', async () => {
    expectRequest(
      { method: 'GET', path: '/blogs/site/all', query: { locationId: LOCATION_ID, limit: '100', skip: '0' } },
      { status: 404, body: { statusCode: 404, message: 'Blogs not found' } },
    );
    const err = await errorOf(runOperation('list_blogs', {}));
    expect(err.message).toMatch(
      /^GHL found nothing to answer while running "[^"]+" \(404: Blogs not found\)\. This location may not have this feature set up/,
    );
    expect(err.message).not.toMatch(/check the id/i);
  });
});
