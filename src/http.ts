/**
 * The one request layer. Every GHL call goes through `ghlRequest` and the two middlewares below,
 * which decide the base URL, the token, the `Version` header, and what an error says.
 */
import type { Bundle, HttpRequestOptions, HttpResponse, ZObject } from 'zapier-platform-core';
import { baseUrl, versionForPath } from './config';
import { describeError, parseErrorBody, throttleDelaySeconds, type ErrorContext } from './errors';
import { multipartBody, type MultipartFields } from './files';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Context an operation hands to the middlewares through `middlewareData.ghl`. */
export interface GhlMiddlewareData extends ErrorContext {
  /** Statuses the caller handles itself (e.g. 404 for a search that may find nothing). */
  passThrough?: number[];
  /** A token to use instead of the connection's (an agency's per-location token). */
  token?: string;
}

export interface GhlRequest {
  method: Method;
  /** Path with its parameters already encoded, e.g. /contacts/abc%2F1. */
  path: string;
  query?: Record<string, unknown>;
  body?: unknown;
  /** `Version` header; derived from the path unless given. `null` sends none (POST /oauth/token). */
  version?: string | null;
  /** Send the body as application/x-www-form-urlencoded. */
  form?: boolean;
  /** Send these parts as multipart/form-data (a file upload) instead of `body`. */
  multipart?: MultipartFields;
  raw?: boolean;
  ghl?: GhlMiddlewareData;
}

/** Which kind of connection a bundle carries. */
export const tokenKind = (bundle: Bundle): 'oauth' | 'token' => (bundle.authData?.apiKey ? 'token' : 'oauth');

/** What a connection lacks before anything can be asked of GHL, in words a user can act on. */
export const missingCredentials = (authData: Bundle['authData'] | undefined): string | undefined => {
  const data = authData ?? {};
  if (!data.apiKey && !data.access_token) {
    return 'This connection has no GHL credentials (no access token and no Private Integration Token). Reconnect your GHL account.';
  }
  if (!data.locationId && !data.companyId) {
    return data.apiKey
      ? 'This connection has a Private Integration Token but no Location ID (nor, for an agency token, a Company ID). Reconnect and enter the Location ID of the sub-account the token belongs to.'
      : 'This connection names neither a location nor an agency. Reconnect your GHL account and choose a sub-account or the agency.';
  }
  return undefined;
};

/** The bearer token of either connection. */
export const connectionToken = (bundle: Bundle): string | undefined =>
  bundle.authData?.apiKey || bundle.authData?.access_token || undefined;

const isGhlUrl = (url: string | undefined): boolean => {
  if (!url) return false;
  try {
    return new URL(url).origin === new URL(baseUrl()).origin;
  } catch {
    return false;
  }
};

/**
 * A request to GHL itself: the API's origin, and not a call to the webhook relay (instant.ts marks
 * those `middlewareData.relay`), which must never get GHL's bearer token, Version or error texts.
 */
const isGhlCall = (request: { url?: string; middlewareData?: Record<string, unknown> } | undefined) =>
  !request?.middlewareData?.relay && isGhlUrl(request?.url);

/** POST /oauth/token: the code exchange and the refresh. */
const isTokenEndpoint = (url: string | undefined) => {
  try {
    return new URL(String(url)).pathname.replace(/\/+$/, '') === '/oauth/token';
  } catch {
    return false;
  }
};

/** Encodes one path parameter. Together with id validation it keeps a value in its segment. */
export const encodePathParam = (value: unknown): string => encodeURIComponent(String(value));

/** Query string with GHL's conventions: empty values dropped, arrays repeated, `+` encoded. */
export const buildQuery = (query: Record<string, unknown> = {}): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
};

type MiddlewareRequest = HttpRequestOptions & { throwForThrottlingEarly?: boolean };

/** beforeRequest: base URL for relative paths, bearer token, JSON accept, our own 429 handling. */
export const addGhlDefaults = (request: MiddlewareRequest, _z: ZObject, bundle: Bundle): MiddlewareRequest => {
  if (request.url?.startsWith('/')) request.url = baseUrl() + request.url;
  request.headers = request.headers ?? {};
  if (isGhlCall(request)) {
    const data = (request.middlewareData?.ghl ?? {}) as GhlMiddlewareData;
    const token = data.token || connectionToken(bundle);
    const hasAuth = Object.keys(request.headers).some((h) => h.toLowerCase() === 'authorization');
    if (token && !hasAuth) request.headers.Authorization = `Bearer ${token}`;
    if (!Object.keys(request.headers).some((h) => h.toLowerCase() === 'accept')) request.headers.Accept = 'application/json';
    // Let handleGhlErrors see a 429 with GHL's rate-limit headers.
    request.throwForThrottlingEarly = false;
  }
  return request;
};

type MiddlewareResponse = HttpResponse & { skipThrowForStatus: boolean; text?: () => Promise<string> };

/** afterResponse: every GHL error becomes one clear message; 429 and failed reads are retryable. */
export const handleGhlErrors = async (response: MiddlewareResponse, z: ZObject, bundle: Bundle) => {
  const { status } = response;
  if (status < 400 || !isGhlCall(response.request)) return response;
  const data = (response.request?.middlewareData?.ghl ?? {}) as GhlMiddlewareData;
  if (data.passThrough?.includes(status)) {
    response.skipThrowForStatus = true;
    return response;
  }
  const headers = { get: (name: string) => response.getHeader(name) };
  if (status === 429) {
    const delay = throttleDelaySeconds(headers);
    const daily = response.getHeader('x-ratelimit-daily-remaining') === '0';
    throw new z.errors.ThrottledError(
      daily
        ? 'GHL daily request limit (200,000 per location) reached; Zapier will try again later.'
        : `GHL rate limit reached (100 requests per 10 seconds per location); Zapier will try again in ${delay} s.`,
      delay,
    );
  }
  let content: unknown;
  try {
    content = response.request?.raw && typeof response.text === 'function' ? await response.text() : response.content;
  } catch {
    content = undefined;
  }
  const body = parseErrorBody(content);
  const kind = tokenKind(bundle);
  const message = describeError(status, body, data, kind);
  // OAuth: a refused access token asks Zapier to refresh it and run the step again. The app
  // throws it itself (autoRefresh is off) so the message keeps GHL's words: core's own 401
  // handling would throw before any body is read, with no message at all. The token endpoint's
  // own 401 cannot be cured by a refresh: it is the error the user sees.
  if (status === 401 && kind === 'oauth' && !isTokenEndpoint(response.request?.url)) throw new z.errors.RefreshAuthError(message);
  if (status >= 500 && !data.write) throw new z.errors.ThrottledError(message, 30);
  throw new z.errors.Error(message, `GHL_${status}`, status);
};

/** Errors of the connection itself (no HTTP answer at all), as node-fetch and Node report them. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);
export const isNetworkError = (z: ZObject, err: unknown): err is Error & { code?: string } => {
  if (!err || typeof err !== 'object') return false;
  // Our middlewares' errors (Zapier's classes) come from an answer: they are not this.
  if (
    Object.values(z.errors).some((C) => typeof C === 'function' && typeof C.prototype === 'object' && err instanceof (C as new () => Error))
  )
    return false;
  const e = err as { name?: string; code?: string; errno?: string; type?: string };
  return e.name === 'FetchError' || e.name === 'AbortError' || e.type === 'system' || NETWORK_CODES.has(String(e.code ?? e.errno));
};

/**
 * No answer came back. A read is retried by Zapier (ThrottledError). A write is never retried: the
 * connection may have dropped after GHL saved it, so the user is told to check before running the
 * step again. A refused connection never reached GHL, so nothing was saved.
 */
export const networkFailure = (z: ZObject, err: Error & { code?: string }, data: GhlMiddlewareData): Error => {
  const code = String(err.code ?? '');
  const doing = data.action ? ` while ${data.action}` : '';
  const reason = code || err.message.replace(/^request to \S+ failed, reason: /, '');
  if (!data.write) return new z.errors.ThrottledError(`The connection to GHL failed${doing} (${reason}); Zapier will try again.`, 30);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new z.errors.Error(
      `GHL could not be reached${doing} (${reason}). Nothing was saved: run the step again.`,
      'GHL_UNREACHABLE',
      503,
    );
  }
  return new z.errors.Error(
    `The connection to GHL dropped${doing} before GHL answered (${reason}). The change may or may not have been saved: check GHL before running this step again. It was not retried, so nothing was done twice.`,
    'GHL_NO_ANSWER',
    503,
  );
};

/** Invocations in which a write has already been answered by GHL (zapier-platform-core makes a `z` per invocation). */
const wroteIn = new WeakSet<object>();

/**
 * A retryable failure after this step already saved something must not be retried: Zapier would
 * run the whole step again and save it twice. It becomes an error that says so.
 */
const notRetriedAfterWrite = (z: ZObject, err: Error): Error => {
  let said = err.message;
  try {
    said = String(JSON.parse(said).message ?? said); // ThrottledError and AppError carry JSON
  } catch {
    // a plain message
  }
  const first = said.replace(/;? ?Zapier will try again[^.]*\.?$/, '').replace(/\.$/, '');
  return new z.errors.Error(
    `${first}. This step had already saved a change in GHL, so it is not retried (that could save it twice): check GHL before running this step again.`,
    'GHL_AFTER_WRITE',
    503,
  );
};

/** Sends one request to GHL. Writes are sent once: nothing here retries. */
export const ghlRequest = async <T = any>(z: ZObject, req: GhlRequest): Promise<HttpResponse<T>> => {
  const version = req.version === undefined ? versionForPath(req.path) : req.version;
  const headers: Record<string, string> = {};
  if (version) headers.Version = version;
  let body: HttpRequestOptions['body'];
  if (req.multipart) {
    const form = multipartBody(req.multipart);
    headers['Content-Type'] = form.contentType;
    body = form.body;
  } else if (req.body !== undefined) {
    if (req.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = buildQuery(req.body as Record<string, unknown>).slice(1);
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(req.body);
    }
  }
  // Anything but a GET may change data, unless the operation says it does not (a POST search).
  const data: GhlMiddlewareData = { write: req.method !== 'GET', ...req.ghl };
  const options: HttpRequestOptions & { url: string } = {
    url: `${baseUrl()}${req.path}${buildQuery(req.query)}`,
    method: req.method,
    headers,
    body,
    middlewareData: { ghl: data },
  };
  try {
    const res = req.raw ? ((await z.request({ ...options, raw: true })) as unknown as HttpResponse<T>) : await z.request<T>(options);
    if (data.write) wroteIn.add(z);
    return res;
  } catch (err) {
    const failure: Error = isNetworkError(z, err) ? networkFailure(z, err, data) : (err as Error);
    const retried = ['ThrottledError', 'RefreshAuthError'].includes(failure.name);
    if (retried && wroteIn.has(z)) throw notRetriedAfterWrite(z, failure);
    throw failure;
  }
};
