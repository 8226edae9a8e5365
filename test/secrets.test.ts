/** The secret scan `npm run build:check` runs on both zips of both apps (scripts/lib/secrets.ts). */
import { findSecrets, isEnvFile } from '../scripts/lib/secrets';

// Joined at run time: this file is in source.zip, which the same scan must find clean.
const jwt = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiJsb2NhdGlvbi0xMjMifQ', 'c2lnbmF0dXJlLW9mLWEtdG9rZW4'].join('.');
const pit = ['pit', '1b2c3d4e', '5f60', '4a7b', '8c9d', '0e1f2a3b4c5d'].join('-');
const bearer = ['Bearer', '8f1c0d2e9a7b6c5d4e3f2a1b0c9d8e7f'].join(' ');
const sandboxToken = ['sandbox', 'rt', 'Q3xv9VnB0kq2m8Zt5Lw1YpRa'].join('-');

describe('secret scan of the zips', () => {
  it('finds .env files of any name but the example', () => {
    expect(['.env', '.env.bak', 'sub/.env.local', '.env.production'].filter(isEnvFile)).toHaveLength(4);
    expect(['.env.example', 'env.ts', 'docs/dotenv.md'].filter(isEnvFile)).toEqual([]);
  });

  it.each([
    ['a Private Integration Token', `const key = "${pit}";`],
    ['a JWT', `{"access_token":"${jwt}"}`],
    ['a bearer header', `Authorization: ${bearer}`],
    ['a sandbox token', `authData_refresh_token=${sandboxToken}`],
    ['a client secret', 'CLIENT_ID=abc\nCLIENT_SECRET=sandbox-client-secret\n'],
  ])('catches %s in a file', (_what, text) => {
    const found = findSecrets([{ name: 'dist/app.js', text }]);
    expect(found.length).toBeGreaterThan(0);
    // The report names the file and never repeats the whole secret.
    for (const f of found) {
      expect(f.file).toBe('dist/app.js');
      expect(text).not.toBe(f.excerpt);
      expect(f.excerpt!.length).toBeLessThan(20);
    }
  });

  it('catches the .env backup the sandbox used to leave beside .env', () => {
    const found = findSecrets([{ name: '.env.bak', text: 'GHL_API_BASE_URL=http://127.0.0.1:4010\n' }]);
    expect(found.map((f) => f.what)).toEqual(['a .env file (it can hold secrets)']);
  });

  it('passes clean files: the example .env, code that names tokens without holding one', () => {
    const clean = [
      { name: '.env.example', text: 'CLIENT_ID=\nCLIENT_SECRET=\nauthData_access_token=\n# authData_apiKey=\n' },
      { name: 'src/http.ts', text: "headers.authorization = `Bearer ${token}`; const pit = 'pit-…';" },
      { name: 'sandbox/lib/oauth.ts', text: "const access = token('sandbox-at');" },
      { name: 'README.md', text: 'Paste the Private Integration Token (pit-…) and its Location ID.' },
    ];
    expect(findSecrets(clean)).toEqual([]);
  });
});
