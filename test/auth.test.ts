import nock from 'nock';
import App from '../index';
import { oauthScopes } from '../authentication';
import { operations } from '../registry.generated';
import { BASE, LOCATION_ID, OAUTH_AUTH, TOKEN_AUTH, errorOf, expectRequest, runAppFunction, runOperation } from './helpers';

const oauth = App.oauthApp.authentication as any;
const token = App.tokenApp.authentication as any;

describe('OAuth 2 connection', () => {
  it('authorizes at the marketplace chooselocation URL with every scope the operations need', async () => {
    const url = new URL(
      (await runAppFunction('oauth', oauth.oauth2Config.authorizeUrl, {
        inputData: { redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App1CLIAPI/', state: 'st4te' },
      })) as string,
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://marketplace.gohighlevel.com/v2/oauth/chooselocation');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe('test-client-id');
    expect(url.searchParams.get('state')).toBe('st4te');
    expect(url.searchParams.get('redirect_uri')).toBe('https://zapier.com/dashboard/auth/oauth/return/App1CLIAPI/');
    const scopes = url.searchParams.get('scope')!.split(' ');
    for (const op of operations) for (const s of op.spec.scopes) expect(scopes).toContain(s);
    expect(scopes).toContain('locations.readonly');
    expect(scopes).toEqual(oauthScopes());
  });

  it('the scope list is derived from the operations, without duplicates', () => {
    const scopes = oauthScopes();
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(scopes).toEqual([...scopes].sort());
  });

  it('exchanges the code at POST /oauth/token (form-urlencoded, user_type=Location, no Version) and keeps location, company and user type', async () => {
    const scope = nock(BASE, { badheaders: ['version', 'authorization'] })
      .post('/oauth/token', (body) => {
        expect(body).toEqual({
          client_id: 'test-client-id',
          client_secret: 'test-client-secret',
          grant_type: 'authorization_code',
          code: 'the-code',
          user_type: 'Location',
          redirect_uri: 'https://zapier.example/return',
        });
        return true;
      })
      .matchHeader('content-type', 'application/x-www-form-urlencoded')
      .reply(200, {
        access_token: 'new-access',
        refresh_token: 'new-refresh',
        expires_in: 86399,
        userType: 'Location',
        locationId: LOCATION_ID,
        companyId: 'cmp1',
        userId: 'usr1',
      });
    const result = await runAppFunction('oauth', oauth.oauth2Config.getAccessToken, {
      inputData: { code: 'the-code', redirect_uri: 'https://zapier.example/return' },
    });
    expect(result).toEqual({
      access_token: 'new-access',
      refresh_token: 'new-refresh',
      expires_in: 86399,
      userType: 'Location',
      locationId: LOCATION_ID,
      companyId: 'cmp1',
      userId: 'usr1',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('refresh returns the rotated refresh token and keeps the location', async () => {
    nock(BASE)
      .post(
        '/oauth/token',
        (body) => body.grant_type === 'refresh_token' && body.refresh_token === 'old-refresh' && body.user_type === 'Location',
      )
      .reply(200, { access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 86399 });
    const result = (await runAppFunction('oauth', oauth.oauth2Config.refreshAccessToken, {
      authData: { ...OAUTH_AUTH, refresh_token: 'old-refresh' },
    })) as Record<string, string>;
    expect(result.access_token).toBe('access-2');
    expect(result.refresh_token).toBe('refresh-2');
    expect(result.locationId).toBe(LOCATION_ID);
    expect(result.userType).toBe('Location');
  });

  it('a refused refresh says so in GHL words, without the token', async () => {
    nock(BASE).post('/oauth/token').reply(400, { error: 'invalid_grant', error_description: 'Invalid refresh token' });
    const err = await errorOf(
      runAppFunction('oauth', oauth.oauth2Config.refreshAccessToken, { authData: { ...OAUTH_AUTH, refresh_token: 'old-refresh' } }),
    );
    expect(err.message).toContain('Invalid refresh token');
    expect(err.message).not.toContain('old-refresh');
  });

  it('a 401 in a step asks Zapier to refresh (RefreshAuthError), in GHL words and saying what to do', async () => {
    // The request layer throws it itself, so the message is never empty (core's own has none).
    expect(oauth.oauth2Config.autoRefresh).toBe(false);
    nock(BASE).get('/contacts/c1').reply(401, { statusCode: 401, message: 'Invalid token: access token is invalid' });
    const err = await errorOf(runOperation('get_contact', { contactId: 'c1' }));
    expect(err.name).toBe('RefreshAuthError');
    expect(err.message).toContain('Invalid token: access token is invalid');
    expect(err.message).toContain('Reconnect your GHL account');
  });

  it('the connection test with a wrong or expired access token asks for a refresh with a message', async () => {
    expectRequest({ method: 'GET', path: `/locations/${LOCATION_ID}` }, { status: 401, body: { statusCode: 401, message: 'Invalid JWT' } });
    const err = await errorOf(runAppFunction('oauth', oauth.test, { authData: OAUTH_AUTH }));
    expect(err.name).toBe('RefreshAuthError');
    expect(err.message).toMatch(/GHL rejected the connection \(401: Invalid JWT\)\. Reconnect your GHL account/);
  });

  for (const status of [400, 401]) {
    it(`a refresh with a used or revoked refresh token (${status} invalid_grant) gives GHL's words and says to reconnect`, async () => {
      nock(BASE)
        .post('/oauth/token')
        .reply(status, { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' });
      const err = await errorOf(
        runAppFunction('oauth', oauth.oauth2Config.refreshAccessToken, { authData: { ...OAUTH_AUTH, refresh_token: 'used-refresh' } }),
      );
      expect(err.name).not.toBe('RefreshAuthError');
      expect(err.message).toContain('Invalid grant: refresh token is invalid');
      expect(err.message).toContain('reconnect your GHL account');
      expect(err.message).not.toContain('used-refresh');
    });
  }

  it('with no credentials at all, the test and every step say what is missing, before any request', async () => {
    const test = await errorOf(runAppFunction('oauth', oauth.test, { authData: {} }));
    expect(test.message).toMatch(/no GHL credentials \(no access token and no Private Integration Token\)\. Reconnect your GHL account/);
    const step = await errorOf(runOperation('get_contact', { contactId: 'c1' }, { authData: {} }));
    expect(step.message).toBe(test.message);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('test reads the connected location and the label shows its name', async () => {
    expectRequest({ method: 'GET', path: `/locations/${LOCATION_ID}` }, { body: { location: { id: LOCATION_ID, name: 'Acme Dental' } } });
    const tested = (await runAppFunction('oauth', oauth.test, { authData: OAUTH_AUTH })) as Record<string, unknown>;
    expect(tested.name).toBe('Acme Dental');
    expect(await runAppFunction('oauth', oauth.connectionLabel, { authData: OAUTH_AUTH, inputData: tested })).toBe('Acme Dental');
  });
});

describe('Private Integration Token connection', () => {
  it('asks for the token as a password and the location id', () => {
    expect(token.type).toBe('custom');
    const apiKey = token.fields.find((f: any) => f.key === 'apiKey');
    expect(apiKey).toMatchObject({ type: 'password', required: true, label: 'Private Integration Token' });
    // Optional: an agency-level token has no location, and gives its Company ID instead.
    expect(token.fields.find((f: any) => f.key === 'locationId')).toMatchObject({ required: false });
    expect(token.fields.find((f: any) => f.key === 'companyId')).toMatchObject({ required: false });
  });

  it('a token without its Location ID (or Company ID) is refused by the test, naming what to enter', async () => {
    const err = await errorOf(runAppFunction('token', token.test, { authData: { apiKey: TOKEN_AUTH.apiKey } }));
    expect(err.message).toMatch(/Private Integration Token but no Location ID .*enter the Location ID/);
    expect(err.message).not.toContain(TOKEN_AUTH.apiKey);
  });

  it('an agency-level token (Company ID, no Location ID) is tested against the company', async () => {
    const auth = { apiKey: TOKEN_AUTH.apiKey, companyId: 'cmp1' };
    expectRequest(
      { method: 'GET', path: '/companies/cmp1' },
      { body: { company: { id: 'cmp1', name: 'Acme Agency' } } },
      { token: auth.apiKey },
    );
    const tested = (await runAppFunction('token', token.test, { authData: auth })) as Record<string, unknown>;
    expect(await runAppFunction('token', token.connectionLabel, { authData: auth, inputData: tested })).toBe('Acme Agency (agency)');
  });

  it('test reads the location with the token as bearer', async () => {
    expectRequest(
      { method: 'GET', path: `/locations/${LOCATION_ID}` },
      { body: { location: { id: LOCATION_ID, name: 'Acme Dental' } } },
      { token: TOKEN_AUTH.apiKey },
    );
    const tested = (await runAppFunction('token', token.test, { authData: TOKEN_AUTH })) as Record<string, unknown>;
    expect(await runAppFunction('token', token.connectionLabel, { authData: TOKEN_AUTH, inputData: tested })).toBe('Acme Dental');
  });

  it('a rejected token says what to do and never echoes the token', async () => {
    nock(BASE).get('/contacts/c1').reply(401, { statusCode: 401, message: 'Invalid token' });
    const err = await errorOf(runOperation('get_contact', { contactId: 'c1' }, { app: 'token' }));
    expect(err.message).toContain('Private Integration Token');
    expect(err.message).toContain('contacts.readonly');
    expect(err.message).not.toContain(TOKEN_AUTH.apiKey);
  });
});

describe('both definitions', () => {
  it('share every operation but the instant triggers (OAuth only) and differ only in authentication', () => {
    const instant = new Set(operations.filter((op) => op.oauthOnly).map((op) => op.key));
    expect(instant.size).toBeGreaterThan(0);
    for (const kind of ['triggers', 'searches', 'creates'] as const) {
      expect(Object.keys(App.tokenApp[kind])).toEqual(Object.keys(App.oauthApp[kind]).filter((key) => !instant.has(key)));
    }
    expect(App.oauthApp.authentication).not.toBe(App.tokenApp.authentication);
  });
});
