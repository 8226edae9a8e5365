/**
 * The sandbox's shared types: records, state, request context. They depend on nothing: the seed
 * (seed/index.ts) is checked against `Data`, not the other way round.
 */

/** A stored record. GHL's records are open-ended JSON, and so are ours. */
export type Row = Record<string, any>;

/** The seeded collections (seed/index.ts builds them), each a list of GHL-shaped records. */
export interface Data {
  company: Row;
  locations: Row[];
  users: Row[];
  contacts: Row[];
  pipelines: Row[];
  opportunities: Row[];
  calendars: Row[];
  calendarGroups: Row[];
  events: Row[];
  appointmentNotes: Row[];
  calendarResources: Row[];
  calendarNotifications: Row[];
  workflows: Row[];
  campaigns: Row[];
  snapshots: Row[];
  conversations: Row[];
  messages: Row[];
  emailMessages: Row[];
  transcriptions: Row[];
  notes: Row[];
  tasks: Row[];
  customFields: Row[];
  blogSites: Row[];
  blogAuthors: Row[];
  blogCategories: Row[];
  blogPosts: Row[];
  businesses: Row[];
  associations: Row[];
  relations: Row[];
  forms: Row[];
  surveys: Row[];
  formSubmissions: Row[];
  surveySubmissions: Row[];
  mediaFiles: Row[];
  links: Row[];
  customValues: Row[];
  invoices: Row[];
  estimates: Row[];
  invoiceSettings: Row[];
  products: Row[];
  prices: Row[];
  orders: Row[];
  transactions: Row[];
  subscriptions: Row[];
  coupons: Row[];
  fulfillments: Row[];
  objectSchemas: Row[];
  objectFields: Row[];
  objectRecords: Row[];
  /** Tags of the locations, made as contacts carry them (GET /locations/{id}/tags). */
  tags: Row[];
  /** A new id in GHL's style. */
  nextId: () => string;
}

export interface WebhookStats {
  queued: number;
  sent: number;
  failed: number;
  dropped: number;
}

export interface Webhooks {
  publicKey: string;
  /** Queues one event (never throws, never waits). */
  emit: (type: string, locationId: string, payload: Row) => void;
  stats: WebhookStats;
  /** Resolves when every queued event has been sent or given up on. */
  idle: () => Promise<void>;
  /** Stops sending; events still queued are dropped. */
  close: () => void;
}

export type FaultKind = '429' | '500' | '502' | '503' | 'reset' | 'slow';

export interface FaultState {
  rates: Partial<Record<FaultKind, number>>;
  slowMs: number;
  random: () => number;
  /** How many of each were injected; `reset-after` counts drops after the write was applied. */
  counts: Record<string, number>;
}

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
