/**
 * The two kinds of GHL connection. A Zapier app has exactly one authentication, so each becomes
 * its own app definition (see index.ts); both share every operation and the request layer.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { AUTHORIZE_URL } from './src/config';
import { encodePathParam, ghlRequest, missingCredentials } from './src/http';
import { operations } from './registry.generated';

/** Scopes the connection itself needs, beyond the operations' own. */
const CONNECTION_SCOPES = [
  'locations.readonly', // the connection test and label read the connected location
  'oauth.readonly', // agency connections list the locations the app is installed in
  'oauth.write', // agency connections mint location tokens (POST /oauth/locationToken)
  'locations/customFields.readonly', // contact and opportunity steps show the location's custom fields
];

/** Every scope the app's operations declare: one source of truth for the OAuth request. */
export const oauthScopes = (): string[] => [...new Set([...CONNECTION_SCOPES, ...operations.flatMap((op) => op.spec.scopes)])].sort();

interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  expires_in?: number;
  userType?: string;
  locationId?: string;
  companyId?: string;
  userId?: string;
}

/** The fields kept in authData after a token exchange or refresh. */
const keep = (data: TokenResponse, previous: Record<string, string> = {}) => ({
  access_token: data.access_token,
  refresh_token: data.refresh_token ?? previous.refresh_token,
  expires_in: data.expires_in,
  userType: data.userType ?? previous.userType ?? 'Location',
  locationId: data.locationId ?? previous.locationId ?? '',
  companyId: data.companyId ?? previous.companyId ?? '',
  userId: data.userId ?? previous.userId ?? '',
});

const tokenRequest = async (z: ZObject, body: Record<string, string>) => {
  const res = await ghlRequest<TokenResponse>(z, {
    method: 'POST',
    path: '/oauth/token',
    version: null, // GHL's token endpoint declares no Version header
    form: true,
    body: {
      client_id: process.env.CLIENT_ID,
      client_secret: process.env.CLIENT_SECRET,
      ...body,
    },
    ghl: { action: 'connecting to GHL', write: true },
  });
  if (!res.data?.access_token) throw new z.errors.Error('GHL did not return an access token.', 'AuthError', 400);
  return res.data;
};

/** "Connect as": a sub-account (Location, the default) or the whole agency (Company). */
const userTypeOf = (inputData: Record<string, unknown> | undefined) => (inputData?.connectAs === 'Company' ? 'Company' : 'Location');

const getAccessToken = async (z: ZObject, bundle: Bundle) =>
  keep(
    await tokenRequest(z, {
      grant_type: 'authorization_code',
      code: String(bundle.inputData.code),
      user_type: userTypeOf(bundle.inputData),
      redirect_uri: String(bundle.inputData.redirect_uri),
    }),
  );

/** GHL rotates refresh tokens: the new one replaces the old, which is single-use. */
const refreshAccessToken = async (z: ZObject, bundle: Bundle) =>
  keep(
    await tokenRequest(z, {
      grant_type: 'refresh_token',
      refresh_token: bundle.authData.refresh_token,
      user_type: bundle.authData.userType || 'Location',
    }),
    bundle.authData,
  );

/** Reads the connected location (or, for an agency connection, the company). */
const test = async (z: ZObject, bundle: Bundle) => {
  const missing = missingCredentials(bundle.authData);
  if (missing) throw new z.errors.Error(missing, 'AuthError', 401);
  const locationId = bundle.authData.locationId;
  if (locationId) {
    const res = await ghlRequest<{ location?: Record<string, unknown> }>(z, {
      method: 'GET',
      path: `/locations/${encodePathParam(locationId)}`,
      ghl: { action: 'testing the connection', target: `Location '${locationId}'`, scopes: ['locations.readonly'] },
    });
    return { ...(res.data.location ?? {}), connectionLevel: 'location' };
  }
  const companyId = bundle.authData.companyId;
  const res = await ghlRequest<{ company?: Record<string, unknown> }>(z, {
    method: 'GET',
    path: `/companies/${encodePathParam(companyId)}`,
    ghl: { action: 'testing the connection', target: `Company '${companyId}'`, scopes: ['companies.readonly'] },
  });
  return { ...(res.data.company ?? {}), connectionLevel: 'agency' };
};

/** "Acme Dental (location)" */
const connectionLabel = (_z: ZObject, bundle: Bundle) => {
  const data = bundle.inputData as Record<string, unknown>;
  const name = String(data.name ?? data.id ?? 'GHL');
  return data.connectionLevel === 'agency' ? `${name} (agency)` : name;
};

export const oauthAuthentication = {
  type: 'oauth2' as const,
  test,
  connectionLabel,
  fields: [
    {
      key: 'connectAs',
      label: 'Connect as',
      type: 'string',
      required: false,
      default: 'Location',
      choices: { Location: 'One sub-account (location)', Company: 'The agency (all its sub-accounts)' },
      helpText:
        'Choose **The agency** to use one connection for every sub-account the app is installed in: each step then asks which location to work in.',
    },
    { key: 'locationId', type: 'string', required: false, computed: true },
    { key: 'companyId', type: 'string', required: false, computed: true },
    { key: 'userType', type: 'string', required: false, computed: true },
    { key: 'userId', type: 'string', required: false, computed: true },
  ],
  oauth2Config: {
    authorizeUrl: (_z: ZObject, bundle: Bundle) => {
      const params = new URLSearchParams({
        response_type: 'code',
        client_id: process.env.CLIENT_ID ?? '',
        redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
        scope: oauthScopes().join(' '),
        state: String(bundle.inputData.state ?? ''),
      });
      return `${AUTHORIZE_URL}?${params.toString()}`;
    },
    getAccessToken,
    refreshAccessToken,
    // Off on purpose: the request layer itself turns a 401 into RefreshAuthError (Zapier then
    // refreshes and retries) with GHL's words; core's automatic one carries an empty message.
    autoRefresh: false,
    enablePkce: false,
  },
};

export const tokenAuthentication = {
  type: 'custom' as const,
  test,
  connectionLabel,
  fields: [
    {
      key: 'apiKey',
      label: 'Private Integration Token',
      type: 'password',
      required: true,
      helpText:
        'In GHL, open the sub-account, then **Settings > Private Integrations** ([how to create a token](https://help.gohighlevel.com/support/solutions/articles/155000003054-private-integrations-everything-you-need-to-know)), create a token with the scopes you need, and paste it here.',
    },
    {
      key: 'locationId',
      label: 'Location ID',
      type: 'string',
      required: false,
      helpText:
        "The sub-account the token belongs to: **Settings > Business Profile > Location ID** (also in the sub-account's URL). Leave empty only for an agency-level token.",
    },
    {
      key: 'companyId',
      label: 'Company ID (agency tokens only)',
      type: 'string',
      required: false,
      helpText:
        "Only for an agency-level Private Integration Token, for the agency steps (company, new locations, users by email, snapshots): your agency's Company ID, from **Agency Settings > Company**. Leave empty for a sub-account token.",
    },
  ],
};
