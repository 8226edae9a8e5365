import { LOCATION_ID, describeOperations, errorOf, expectRequest, runOperation } from './helpers';
import { blogCases, blogInputlessCases } from './cases/blogs';

describeOperations('Blogs', blogCases);

// Operations without input fields: their request and output (no bad input to refuse).
describeOperations('Blogs (no input)', blogInputlessCases);

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
