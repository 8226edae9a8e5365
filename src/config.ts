/** Facts about the GHL API that every request shares. */

export const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** Base URL of the API: GHL's, or a sandbox given by GHL_API_BASE_URL. Read per request. */
export const baseUrl = (): string => (process.env.GHL_API_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');

export const AUTHORIZE_URL = 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation';

export type ApiVersion = '2021-07-28' | '2021-04-15';

/**
 * The `Version` header GHL expects, decided by the service a path belongs to:
 * calendars and conversations are on 2021-04-15, everything else in the catalog on 2021-07-28.
 * One endpoint differs from its service: GET /links/search is on 2021-04-15 in GHL's spec.
 */
export const versionForPath = (path: string): ApiVersion =>
  /^\/(calendars|conversations)(\/|$)/.test(path) || /^\/links\/search(\?|$)/.test(path) ? '2021-04-15' : '2021-07-28';

/** GHL's documented rate limit: 100 requests per 10 s per location (and 200,000 a day). */
export const RATE_LIMIT = { burst: 100, intervalMs: 10_000, daily: 200_000 } as const;
