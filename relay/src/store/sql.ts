import { PGlite } from '@electric-sql/pglite';
import { Pool } from 'pg';

/** The one thing the store needs from a Postgres driver. Same SQL on both drivers. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs `fn` inside BEGIN … COMMIT on one connection; ROLLBACK if it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A real Postgres server through node-postgres' pool. */
export const pgSql = (pool: Pool): Sql => ({
  query: async <T>(text: string, params?: unknown[]) => ({ rows: (await pool.query(text, params)).rows as T[] }),
  transaction: async <T>(fn: (tx: Sql) => Promise<T>) => {
    const client = await pool.connect();
    const tx: Sql = {
      query: async <R>(text: string, params?: unknown[]) => ({ rows: (await client.query(text, params)).rows as R[] }),
      transaction: (inner) => inner(tx),
      close: async () => undefined,
    };
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  },
  close: () => pool.end(),
});

/** Embedded Postgres (PGlite, WASM): one connection, so its transactions run one at a time. */
export const pgliteSql = (db: PGlite): Sql => {
  const wrap =
    (q: Pick<PGlite, 'query'>): Sql['query'] =>
    async (text, params) => ({ rows: (await q.query(text, params)).rows as never[] });
  return {
    query: wrap(db),
    transaction: (fn) =>
      db.transaction(async (t) => {
        const tx: Sql = { query: wrap(t), transaction: (inner) => inner(tx), close: async () => undefined };
        return fn(tx);
      }),
    close: () => db.close(),
  };
};

/** Opens the configured database: `DATABASE_URL` → Postgres, else PGlite in `dataDir` or in memory. */
export const openSql = async (opts: { databaseUrl?: string; dataDir?: string; poolSize?: number }): Promise<Sql> => {
  if (opts.databaseUrl) {
    const pool = new Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle client losing its connection (Postgres restarting) must not crash the process.
    pool.on('error', () => undefined);
    return pgSql(pool);
  }
  const db = new PGlite(opts.dataDir);
  await db.waitReady;
  return pgliteSql(db);
};
