// The relay's tables. Idempotent; run under an advisory lock so several processes can start at once.
// Times are epoch milliseconds (bigint) from the injected clock, never the database's now().
export const MIGRATIONS = [
  `CREATE TABLE IF NOT EXISTS events (
    id bigserial PRIMARY KEY,
    webhook_id text NOT NULL UNIQUE,
    type text NOT NULL,
    location_id text NOT NULL,
    ghl_timestamp text NOT NULL,
    received_at bigint NOT NULL,
    body text NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS subscriptions (
    id uuid PRIMARY KEY,
    location_id text NOT NULL,
    event_type text NOT NULL,
    target_url text NOT NULL,
    filters jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at bigint NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS subscriptions_location_type ON subscriptions (location_id, event_type)`,
  `CREATE TABLE IF NOT EXISTS deliveries (
    id bigserial PRIMARY KEY,
    event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    subscription_id uuid NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'pending',
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at bigint NOT NULL,
    locked_until bigint,
    last_error text,
    created_at bigint NOT NULL,
    finished_at bigint
  )`,
  `CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (next_attempt_at, id) WHERE status = 'pending'`,
  `CREATE INDEX IF NOT EXISTS deliveries_head ON deliveries (subscription_id, id) WHERE status = 'pending'`,
  `CREATE INDEX IF NOT EXISTS deliveries_event ON deliveries (event_id)`,
];
