/** The sandbox's shared types: records, state, request context. */
import type { Data } from '../seed';
import type { FaultState } from './faults';
import type { Webhooks } from './webhooks';

/** A stored record. GHL's records are open-ended JSON, and so are ours. */
export type Row = Record<string, any>;

export interface RateLimit {
  /** Requests allowed per window and location. Default 100. */
  max: number;
  /** Window length. Default 10,000 ms. */
  intervalMs: number;
}

/** What a token grants: a location, or an agency (company) for Company tokens. */
export interface Grant {
  locationId?: string;
  companyId: string;
  userId: string;
  userType: 'Location' | 'Company';
  scope: string;
  kind?: 'pit';
  expiresAt?: number;
}

export interface TokenResponse {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  userType: 'Location' | 'Company';
  locationId?: string;
  companyId: string;
  userId: string;
  isBulkInstallation: boolean;
}

export interface LogEntry {
  at: string;
  method: string;
  path: string;
  query: string;
  status: number;
  /** A write the sandbox applied (its handler ran to the end), whatever the client then saw. */
  applied?: boolean;
  /** No route serves it: "Cannot METHOD path". */
  unserved?: boolean;
  /** The fault injected, if any. */
  fault?: string;
}

export interface AuthState {
  clientId: string;
  clientSecret: string;
  accessTokenTtlSeconds: number;
  accessTokens: Map<string, Grant>;
  refreshTokens: Map<string, Grant & { used: boolean }>;
  codes: Map<string, Grant>;
}

export type State = Data & {
  locationId: string;
  companyId: string;
  rateLimit: RateLimit;
  rateWindows: Map<string, number[]>;
  dailyCounts: Map<string, number>;
  /** Every request received: method, path, query and the status answered. */
  log: LogEntry[];
  auth: AuthState;
  faults: FaultState;
  /** A one-time authorization code, as GHL's consent screen would hand back. */
  issueAuthCode: (grant?: Partial<Grant>) => string;
  /** Tokens as a finished OAuth exchange gives them (a location connection unless told). */
  issueTokens: (grant?: Partial<Grant>) => TokenResponse;
  /** GHL's webhooks for the sandbox's writes, when started with a webhook URL (lib/webhooks.ts). */
  webhooks?: Webhooks;
};

export type Query = Record<string, any>;

export interface Ctx {
  state: State;
  params: Record<string, string>;
  query: Query;
  body: any;
  auth: Grant;
  /**
   * Reports a write as GHL's webhook event of `type` (e.g. `ContactCreate`) about `record`: sent
   * after the route answers, only when the sandbox has a webhook URL. One call per write.
   */
  emit: (type: string, record: Row, locationId?: string) => void;
}

/** A handler's answer: a body (status 200), or [status, body]. */
export type Reply = unknown;
export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;
