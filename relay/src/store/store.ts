import { randomUUID } from 'node:crypto';
import { FILTER_FIELD_ALIASES, subjectOf, uninstalls } from '../events';
import { MIGRATIONS } from './schema';
import type { Sql } from './sql';

export interface IncomingEvent {
  webhookId: string;
  type: string;
  locationId: string;
  /** GHL's `timestamp`, as sent. */
  timestamp: string;
  receivedAt: number;
  /** The raw JSON body as received (delivered as the envelope's `data`, byte for byte). */
  body: string;
}

export interface Subscription {
  id: string;
  locationId: string;
  eventType: string;
  targetUrl: string;
  filters: Record<string, string>;
  createdAt: number;
}

export interface ClaimedDelivery {
  id: number;
  /** 1 for the first attempt. Also the claim's fence: finishing a delivery whose lease expired and was re-claimed does nothing. */
  attempt: number;
  subscriptionId: string;
  targetUrl: string;
  webhookId: string;
  type: string;
  locationId: string;
  timestamp: string;
  body: string;
  receivedAt: number;
  createdAt: number;
}

export type Outcome =
  | { kind: 'delivered' }
  | { kind: 'retry'; at: number; error: string }
  | { kind: 'failed'; error: string }
  | { kind: 'dead'; error: string }
  | { kind: 'gone' };

export type RecordResult = { stored: false } | { stored: true; deliveries: number; removedSubscriptions: number };

/** Everything the relay keeps. One implementation (Postgres SQL) over two drivers. */
export interface Store {
  migrate(): Promise<void>;
  ping(): Promise<void>;
  /** Stores the event and its deliveries atomically (one statement); `stored: false` when its webhookId was seen before. */
  recordEvent(event: IncomingEvent): Promise<RecordResult>;
  createSubscription(sub: Omit<Subscription, 'id'>): Promise<Subscription>;
  deleteSubscription(id: string): Promise<boolean>;
  /** Leases up to `limit` due deliveries, each the oldest pending one of its subscription. */
  claimDue(now: number, limit: number, leaseMs: number): Promise<ClaimedDelivery[]>;
  finish(delivery: ClaimedDelivery, outcome: Outcome, now: number): Promise<void>;
  pendingCount(): Promise<number>;
  close(): Promise<void>;
}

const aliases = JSON.stringify(FILTER_FIELD_ALIASES);

// The event, then (in the same statement, so atomically) either UNINSTALL's removal of the
// location's subscriptions or one delivery row per matching subscription. Nothing else happens
// when the webhookId was seen before (the unique constraint, atomic across processes). A
// subscription matches when every filter holds: the event's field (`tag` read as `tags`) equals
// the value, or is an array that contains it; a field the payload lacks at the top is read from
// the object named after the event's subject ($9: `appointment` of AppointmentCreate, where GHL
// nests an appointment's fields). One statement: one round trip, no BEGIN/COMMIT.
const RECORD = `
  WITH ev AS (
    INSERT INTO events (webhook_id, type, location_id, ghl_timestamp, received_at, body)
    VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (webhook_id) DO NOTHING RETURNING id
  ), removed AS (
    DELETE FROM subscriptions WHERE $8::boolean AND location_id = $3 AND EXISTS (SELECT 1 FROM ev) RETURNING id
  ), fanned AS (
    INSERT INTO deliveries (event_id, subscription_id, next_attempt_at, created_at)
    SELECT ev.id, s.id, $5, $5 FROM ev CROSS JOIN subscriptions s
    WHERE NOT $8::boolean AND s.location_id = $3 AND s.event_type = $2
      AND NOT EXISTS (
        SELECT 1 FROM jsonb_each_text(s.filters) AS f(key, value)
        CROSS JOIN LATERAL (SELECT coalesce($7::jsonb ->> f.key, f.key) AS name) AS k
        CROSS JOIN LATERAL (SELECT $6::jsonb -> k.name AS top, $6::jsonb -> $9::text -> k.name AS nested) AS v
        WHERE NOT coalesce(
          v.top @> to_jsonb(f.value) OR v.top #>> '{}' = f.value
            OR (v.top IS NULL AND (v.nested @> to_jsonb(f.value) OR v.nested #>> '{}' = f.value)),
          false)
      )
    ORDER BY s.created_at, s.id
    RETURNING id
  )
  SELECT (SELECT count(*) FROM ev) AS stored, (SELECT count(*) FROM fanned) AS deliveries, (SELECT count(*) FROM removed) AS removed`;

// Due, not leased, and no earlier pending delivery of the same subscription (in order per
// subscription). SKIP LOCKED lets several relay processes claim from one table at once.
const CLAIM = `
  WITH due AS (
    SELECT d.id FROM deliveries d
    WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND (d.locked_until IS NULL OR d.locked_until <= $1)
      AND NOT EXISTS (
        SELECT 1 FROM deliveries e WHERE e.subscription_id = d.subscription_id AND e.status = 'pending' AND e.id < d.id)
    ORDER BY d.next_attempt_at, d.id
    LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), claimed AS (
    UPDATE deliveries d SET attempts = d.attempts + 1, locked_until = $3
    FROM due WHERE d.id = due.id
    RETURNING d.id, d.event_id, d.subscription_id, d.attempts, d.created_at
  )
  SELECT c.id, c.attempts, c.subscription_id, c.created_at, s.target_url,
         e.webhook_id, e.type, e.location_id, e.ghl_timestamp, e.received_at, e.body
  FROM claimed c JOIN subscriptions s ON s.id = c.subscription_id JOIN events e ON e.id = c.event_id
  ORDER BY c.id`;

interface ClaimRow {
  id: unknown;
  attempts: unknown;
  subscription_id: string;
  created_at: unknown;
  target_url: string;
  webhook_id: string;
  type: string;
  location_id: string;
  ghl_timestamp: string;
  received_at: unknown;
  body: string;
}

export const sqlStore = (sql: Sql): Store => ({
  migrate: () =>
    sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(190019)');
      for (const statement of MIGRATIONS) await tx.query(statement);
    }),

  ping: async () => {
    await sql.query('SELECT 1');
  },

  recordEvent: async (e) => {
    const res = await sql.query<{ stored: unknown; deliveries: unknown; removed: unknown }>(RECORD, [
      e.webhookId,
      e.type,
      e.locationId,
      e.timestamp,
      e.receivedAt,
      e.body,
      aliases,
      uninstalls(e.type),
      subjectOf(e.type) ?? null,
    ]);
    const row = res.rows[0];
    if (Number(row.stored) === 0) return { stored: false };
    return { stored: true, deliveries: Number(row.deliveries), removedSubscriptions: Number(row.removed) };
  },

  createSubscription: async (s) => {
    const sub: Subscription = { ...s, id: randomUUID() };
    await sql.query(
      `INSERT INTO subscriptions (id, location_id, event_type, target_url, filters, created_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
      [sub.id, sub.locationId, sub.eventType, sub.targetUrl, JSON.stringify(sub.filters), sub.createdAt],
    );
    return sub;
  },

  deleteSubscription: async (id) => {
    const res = await sql.query('DELETE FROM subscriptions WHERE id = $1 RETURNING id', [id]);
    return res.rows.length > 0;
  },

  claimDue: async (now, limit, leaseMs) => {
    const res = await sql.query<ClaimRow>(CLAIM, [now, limit, now + leaseMs]);
    return res.rows.map((r) => ({
      id: Number(r.id),
      attempt: Number(r.attempts),
      subscriptionId: r.subscription_id,
      targetUrl: r.target_url,
      webhookId: r.webhook_id,
      type: r.type,
      locationId: r.location_id,
      timestamp: r.ghl_timestamp,
      body: r.body,
      receivedAt: Number(r.received_at),
      createdAt: Number(r.created_at),
    }));
  },

  finish: async (d, outcome, now) => {
    const fence = 'WHERE id = $1 AND attempts = $2';
    switch (outcome.kind) {
      case 'delivered':
        await sql.query(`UPDATE deliveries SET status = 'delivered', locked_until = NULL, finished_at = $3 ${fence}`, [
          d.id,
          d.attempt,
          now,
        ]);
        return;
      case 'retry':
        await sql.query(`UPDATE deliveries SET next_attempt_at = $3, locked_until = NULL, last_error = $4 ${fence}`, [
          d.id,
          d.attempt,
          outcome.at,
          outcome.error,
        ]);
        return;
      case 'failed':
      case 'dead':
        await sql.query(`UPDATE deliveries SET status = $3, locked_until = NULL, finished_at = $4, last_error = $5 ${fence}`, [
          d.id,
          d.attempt,
          outcome.kind,
          now,
          outcome.error,
        ]);
        return;
      case 'gone':
        // Zapier's 410: the Zap was turned off or deleted. Its pending deliveries go with it.
        await sql.query('DELETE FROM subscriptions WHERE id = $1', [d.subscriptionId]);
        return;
    }
  },

  pendingCount: async () => {
    const res = await sql.query<{ n: unknown }>(`SELECT count(*) AS n FROM deliveries WHERE status = 'pending'`);
    return Number(res.rows[0].n);
  },

  close: () => sql.close(),
});
