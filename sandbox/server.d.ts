/** Types of the local GHL sandbox (sandbox/server.js) for the TypeScript tests. */
import type { Server } from 'node:http';

export interface RateLimit {
  /** Requests allowed per window and location. Default 100. */
  max: number;
  /** Window length. Default 10,000 ms. */
  intervalMs: number;
}

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  rateLimit?: Partial<RateLimit>;
  clientId?: string;
  clientSecret?: string;
  accessTokenTtlSeconds?: number;
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
}

type Row = Record<string, any>;

export interface SandboxState {
  locationId: string;
  companyId: string;
  company: Row;
  locations: Row[];
  users: Row[];
  contacts: Row[];
  notes: Row[];
  tasks: Row[];
  pipelines: Row[];
  opportunities: Row[];
  calendars: Row[];
  events: Row[];
  workflows: Row[];
  campaigns: Row[];
  conversations: Row[];
  messages: Row[];
  rateLimit: RateLimit;
  /** Every request received: method, path, query and the status answered. */
  log: Array<{ at: string; method: string; path: string; query: string; status: number }>;
  /** A new id in GHL's style. */
  nextId: () => string;
  issueAuthCode: () => string;
  issueTokens: () => TokenResponse;
}

export interface Sandbox {
  url: string;
  close: () => Promise<void>;
  state: SandboxState;
  server: Server;
}

export function startSandbox(options?: SandboxOptions): Promise<Sandbox>;
export function createState(options?: SandboxOptions): SandboxState;
export const SANDBOX_CLIENT_ID: string;
export const SANDBOX_CLIENT_SECRET: string;
export const SANDBOX_LOCATION_TOKEN: string;
export const DEFAULT_PORT: number;
