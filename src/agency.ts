/**
 * Agency connections. An OAuth connection made at agency level (`userType: 'Company'`, no
 * locationId) can run every location operation: the step gets a Location dropdown, and each
 * request uses a location token minted from the agency token with POST /oauth/locationToken.
 * Location tokens have no refresh token, so a new one is minted when the cached one expires.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { ghlRequest, tokenKind } from './http';

/** The input key of the agency Location dropdown (and of `ctx.locationId()` on agency connections). */
export const AGENCY_LOCATION_KEY = 'locationId';

/** An OAuth connection made at agency (company) level. Private Integration Tokens always name a location. */
export const isAgencyConnection = (bundle: Bundle): boolean => tokenKind(bundle) === 'oauth' && bundle.authData?.userType === 'Company';

/** The Location dropdown every location operation shows on agency connections. */
export const agencyLocationField = {
  key: AGENCY_LOCATION_KEY,
  label: 'Location',
  type: 'string',
  required: true,
  dynamic: 'agency_locations.id.name',
  altersDynamicFields: true,
  helpText: 'This connection is an agency one: choose the sub-account (location) the step works in, or map a location ID.',
};

/** A dynamic inputFields function: the Location dropdown on agency connections, nothing otherwise. */
export const agencyLocationInput = async (_z: ZObject, bundle: Bundle) => (isAgencyConnection(bundle) ? [agencyLocationField] : []);

interface CachedToken {
  token: string;
  /** Epoch ms after which the token is not used any more. */
  expiresAt: number;
}

/** Location tokens of this invocation, per connection (authData object) and location. */
const invocationTokens = new WeakMap<object, Map<string, Promise<CachedToken>>>();

/** Refresh a little before GHL's expiry so a request never goes out with a dying token. */
const EXPIRY_MARGIN_S = 300;
/** Used when GHL's answer has no expires_in. INFERRED: location tokens live as long as agency ones (about a day). */
const DEFAULT_EXPIRES_S = 20 * 3600;

const cacheKey = (locationId: string) => `ghl-location-token:${locationId}`;

/** z.cache exists only in Zapier's runtime (it needs the RPC channel); elsewhere it is skipped. */
const zCache = (z: ZObject) => (z as { cache?: ZObject['cache'] }).cache;

const readZCache = async (z: ZObject, locationId: string): Promise<CachedToken | undefined> => {
  try {
    const cache = zCache(z) as unknown as { get: (k: string, scope?: string[]) => Promise<unknown> } | undefined;
    const value = (await cache?.get(cacheKey(locationId), ['auth'])) as CachedToken | null | undefined;
    return value && typeof value.token === 'string' && value.expiresAt > Date.now() ? value : undefined;
  } catch {
    return undefined;
  }
};

const writeZCache = async (z: ZObject, locationId: string, value: CachedToken, ttlSeconds: number) => {
  try {
    // Scoped to this connection: another connection never sees the token.
    await zCache(z)?.set(cacheKey(locationId), value, Math.max(1, Math.floor(ttlSeconds)), ['auth']);
  } catch {
    // No cache in this runtime: the invocation's own map still avoids a second exchange.
  }
};

const mint = async (z: ZObject, bundle: Bundle, locationId: string): Promise<CachedToken> => {
  const cached = await readZCache(z, locationId);
  if (cached) return cached;
  const companyId = bundle.authData?.companyId;
  if (!companyId) {
    throw new z.errors.Error(
      'This agency connection has no company id, so it cannot act in a location. Reconnect GHL at agency level.',
      'NoCompany',
      400,
    );
  }
  const res = await ghlRequest<{ access_token?: string; expires_in?: number }>(z, {
    method: 'POST',
    path: '/oauth/locationToken',
    version: '2021-07-28',
    form: true,
    body: { companyId, locationId },
    ghl: {
      action: 'getting access to the chosen location',
      target: `Location '${locationId}'`,
      scopes: ['oauth.write'],
      write: false, // minting a location token changes no data: retrying it is safe
    },
  });
  const token = res.data?.access_token;
  if (!token) throw new z.errors.Error(`GHL gave no access token for location '${locationId}'.`, 'AuthError', 400);
  const lifetime = Number(res.data?.expires_in) > 0 ? Number(res.data?.expires_in) : DEFAULT_EXPIRES_S;
  const ttl = Math.max(60, lifetime - EXPIRY_MARGIN_S);
  const value = { token, expiresAt: Date.now() + ttl * 1000 };
  await writeZCache(z, locationId, value, ttl);
  return value;
};

/**
 * The token to use for `locationId` on an agency connection (undefined on any other connection):
 * from this invocation's map, else Zapier's cache, else a new exchange. Never logged.
 */
export const locationToken = async (z: ZObject, bundle: Bundle, locationId: string): Promise<string | undefined> => {
  if (!isAgencyConnection(bundle)) return undefined;
  const owner = (bundle.authData ?? bundle) as object;
  let tokens = invocationTokens.get(owner);
  if (!tokens) invocationTokens.set(owner, (tokens = new Map()));
  let entry = tokens.get(locationId);
  const now = Date.now();
  if (entry) {
    const known = await entry.catch(() => undefined);
    if (!known || known.expiresAt <= now) entry = undefined;
  }
  if (!entry) {
    entry = mint(z, bundle, locationId);
    tokens.set(locationId, entry);
    entry.catch(() => tokens.delete(locationId));
  }
  return (await entry).token;
};

/** Drops a location token GHL refused (401), so the retry after a refresh mints a fresh one. */
export const forgetLocationToken = async (z: ZObject, bundle: Bundle, locationId: string) => {
  invocationTokens.get((bundle.authData ?? bundle) as object)?.delete(locationId);
  try {
    const cache = zCache(z) as unknown as { delete: (k: string, scope?: string[]) => Promise<unknown> } | undefined;
    await cache?.delete(cacheKey(locationId), ['auth']);
  } catch {
    // nothing cached
  }
};
