/**
 * OAuth as GHL plays it: POST /oauth/token (form-encoded, no Version header) exchanges a one-time
 * code or a refresh token, and refresh tokens rotate (each works once). POST /oauth/locationToken
 * turns an agency (Company) token into a location token.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError, forbidden, unauthorized, unprocessable } from './errors';
import type { Grant, State, TokenResponse } from './types';
import { token } from './util';

export const issueTokens = (state: State, grant: Grant): TokenResponse => {
  const access = token('sandbox-at');
  const refresh = token('sandbox-rt');
  state.auth.accessTokens.set(access, { ...grant, expiresAt: Date.now() + state.auth.accessTokenTtlSeconds * 1000 });
  state.auth.refreshTokens.set(refresh, { ...grant, used: false });
  return {
    access_token: access,
    token_type: 'Bearer',
    expires_in: state.auth.accessTokenTtlSeconds,
    refresh_token: refresh,
    scope: grant.scope,
    userType: grant.userType,
    ...(grant.userType === 'Location' ? { locationId: grant.locationId } : {}),
    companyId: grant.companyId,
    userId: grant.userId,
    isBulkInstallation: false,
  };
};

const formOf = (req: IncomingMessage, raw: string) => {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.includes('application/x-www-form-urlencoded')) {
    throw new HttpError(415, 'Send the token request as application/x-www-form-urlencoded', 'Unsupported Media Type');
  }
  return Object.fromEntries(new URLSearchParams(raw));
};

const invalid = (description: string, status = 400, error = 'invalid_grant') =>
  new HttpError(status, description, error, { error_description: description });

export const oauthToken = (state: State, req: IncomingMessage, raw: string): TokenResponse => {
  const form = formOf(req, raw);
  if (form.client_id !== state.auth.clientId || form.client_secret !== state.auth.clientSecret)
    throw invalid('Invalid client credentials', 401, 'invalid_client');
  if (form.grant_type === 'authorization_code') {
    const code = form.code ? state.auth.codes.get(form.code) : undefined;
    if (!code) throw invalid('Invalid grant: authorization code is invalid or already used');
    state.auth.codes.delete(form.code);
    return issueTokens(state, form.user_type === 'Company' ? { ...code, userType: 'Company', locationId: undefined } : code);
  }
  if (form.grant_type === 'refresh_token') {
    const grant = form.refresh_token ? state.auth.refreshTokens.get(form.refresh_token) : undefined;
    if (!grant || grant.used) throw invalid('Invalid grant: refresh token is invalid, expired or already used', 401);
    grant.used = true; // GHL rotates refresh tokens: this one is spent.
    const { used: _used, ...rest } = grant;
    return issueTokens(state, rest);
  }
  throw unprocessable('grant_type must be one of the following values: authorization_code, refresh_token');
};

/** POST /oauth/locationToken: an agency token asks for a token of one of its locations. */
export const locationToken = (state: State, req: IncomingMessage, raw: string, bearer: string | undefined) => {
  const agency = bearer ? state.auth.accessTokens.get(bearer) : undefined;
  if (!agency || (agency.expiresAt && agency.expiresAt < Date.now())) throw unauthorized();
  if (agency.userType !== 'Company') throw forbidden('This route is only for agency (Company) tokens');
  const form = formOf(req, raw);
  const missing = ['companyId', 'locationId'].filter((k) => !form[k]);
  if (missing.length) throw unprocessable(missing.map((k) => `${k} should not be empty`));
  if (form.companyId !== agency.companyId) throw forbidden('The token does not have access to this company');
  const location = state.locations.find((l) => l.id === form.locationId && l.companyId === agency.companyId);
  if (!location) throw invalid('Location not found for this company', 400, 'Bad Request');
  const { refresh_token: _unused, ...rest } = issueTokens(state, { ...agency, userType: 'Location', locationId: location.id });
  return rest;
};
