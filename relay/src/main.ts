import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { loadConfig } from './config';
import { DeliveryWorker } from './delivery/worker';
import { systemClock } from './clock';
import { createMetrics } from './metrics';
import { buildServer } from './server';
import { openSql } from './store/sql';
import { sqlStore } from './store/store';

/** `--local` (npm run relay): embedded PGlite in relay/.data, 127.0.0.1, a generated secret if none is set. */
const localDefaults = (env: NodeJS.ProcessEnv): void => {
  env.HOST ??= '127.0.0.1';
  env.RELAY_DATA_DIR ??= join(__dirname, '..', '..', '.data');
  if (!env.RELAY_SHARED_SECRET) {
    env.RELAY_SHARED_SECRET = randomBytes(24).toString('base64url');
    console.log(`RELAY_SHARED_SECRET was not set: generated one for this local run: ${env.RELAY_SHARED_SECRET}`);
  }
};

const main = async (): Promise<void> => {
  const local = process.argv.includes('--local');
  if (local) localDefaults(process.env);
  const config = loadConfig();
  const store = sqlStore(await openSql({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await store.migrate();

  const metrics = createMetrics(() => store.pendingCount(), { defaults: true });
  const wake = { worker: undefined as DeliveryWorker | undefined };
  const app = buildServer({ config, store, metrics, onEvent: () => wake.worker?.wake() });
  const worker = new DeliveryWorker({
    store,
    clock: systemClock,
    metrics,
    log: app.log,
    allowedHookOrigins: config.allowedHookOrigins,
    timeoutMs: config.deliveryTimeoutMs,
    retryForMs: config.retryForMs,
  });

  const address = await app.listen({ port: config.port, host: config.host });
  wake.worker = worker;
  worker.start();
  const db = config.databaseUrl ? 'Postgres (DATABASE_URL)' : `embedded PGlite (${config.dataDir ?? 'in memory'})`;
  app.log.info({ address, db, allowedHookOrigins: config.allowedHookOrigins.map((u) => u.href) }, 'relay listening');
  if (local) {
    console.log(`\nRelay listening on ${address} (${db})`);
    console.log(
      `  GHL webhook URL (marketplace app settings): <public https URL of this relay>/webhooks/ghl  (here ${address}/webhooks/ghl)`,
    );
    console.log(
      `  App environment: npx zapier-platform env:set <version> GHL_RELAY_URL=<public URL> GHL_RELAY_SECRET=<RELAY_SHARED_SECRET>`,
    );
    console.log(`  Health ${address}/healthz, metrics ${address}/metrics. Ctrl-C stops.\n`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: no new requests, finishing deliveries in flight');
    await app.close();
    await worker.stop();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
};

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
