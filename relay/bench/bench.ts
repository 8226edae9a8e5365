// The relay's benchmark: prints figures, asserts nothing. `npm run bench` (in relay/) or `npm run relay:bench`.
// Postgres figures need DATABASE_URL (each run works in a fresh schema and drops it); without it
// they are skipped and said so. All traffic goes to 127.0.0.1; every loop is bounded.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { LOAD_KEY_BITS, verifyCeiling, type Engine } from './phases';
import { faultKill9, faultFlakyTarget, faultPgRestart, faultTwoProcesses, throughputAndLatency } from './phases';

const line = (s = '') => console.log(s);

const engines = async (): Promise<{ list: Engine[]; cleanup: () => Promise<void> }> => {
  const dirs: string[] = [];
  const schemas: string[] = [];
  const list: Engine[] = [
    {
      name: 'PGlite (embedded, on disk)',
      fresh: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'relay-bench-'));
        dirs.push(dir);
        return { RELAY_DATA_DIR: dir };
      },
      shared: false,
    },
  ];
  const base = process.env.DATABASE_URL;
  if (base) {
    list.push({
      name: 'Postgres (DATABASE_URL)',
      fresh: async () => {
        const schema = `relay_bench_${Date.now()}_${schemas.length}`;
        const c = new Client({ connectionString: base });
        await c.connect();
        await c.query(`CREATE SCHEMA ${schema}`);
        await c.end();
        schemas.push(schema);
        const url = new URL(base);
        url.searchParams.set('options', `-c search_path=${schema}`);
        return { DATABASE_URL: url.href };
      },
      shared: true,
    });
  }
  const cleanup = async () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    if (base && schemas.length) {
      const c = new Client({ connectionString: base });
      await c.connect();
      for (const s of schemas) await c.query(`DROP SCHEMA ${s} CASCADE`);
      await c.end();
    }
  };
  return { list, cleanup };
};

const main = async () => {
  line(`relay bench — ${new Date().toISOString()} — ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), node ${process.version}`);
  line('Load generator, hook target and stand-in GHL run in this process, the relay in a child process.');
  line();
  const v = verifyCeiling();
  line(`(a) RSA-4096 signature verification (crypto.verify, 1 KiB body): ${v.perSecond.toFixed(0)} verifications/s on one core`);
  line(
    `    The load below is signed with a ${LOAD_KEY_BITS}-bit key (BENCH_KEY_BITS): signing RSA-4096 is too slow for the load generator.`,
  );
  line();

  const { list, cleanup } = await engines();
  if (!process.env.DATABASE_URL) line('Postgres: skipped (set DATABASE_URL to a Postgres the bench may create schemas in).\n');
  try {
    for (const engine of list) {
      line(`== ${engine.name}`);
      const only = process.env.BENCH_ONLY; // "faults" skips (b)/(c), "throughput" skips (d)
      const t = only === 'faults' ? undefined : await throughputAndLatency(engine);
      if (t) {
        line(
          `(b) throughput: ${t.accepted}/${t.sent} signed events accepted in ${t.seconds.toFixed(1)} s = ${t.perSecond.toFixed(0)} events/s`,
        );
        line(
          `    (${t.subscriptions} subscriptions over 1000 locations, ${t.concurrency} requests in flight); acceptance p50 ${t.p50.toFixed(1)} ms, p99 ${t.p99.toFixed(1)} ms`,
        );
        line(
          `(c) at ${t.rate} events/s for ${t.rateEvents} events: acceptance p99 ${t.rateAcceptP99.toFixed(1)} ms; request → delivery at the hook target p50 ${t.deliveryP50.toFixed(0)} ms, p99 ${t.deliveryP99.toFixed(0)} ms (${t.delivered}/${t.rateAccepted} delivered)`,
        );
      }
      if (only === 'throughput') continue;
      const k = await faultKill9(engine);
      line(
        `(d) kill -9 during ${k.sent} events: ${k.accepted} accepted, ${k.lost} lost${k.queued ? ` (${k.queued} still queued after 5 min)` : ''}, ${k.redeliveries} redeliveries; restart took ${k.restartSeconds.toFixed(1)} s`,
      );
      const f = await faultFlakyTarget(engine);
      line(
        `    target answering 500 / hanging for ${f.flakySeconds} s then recovering: ${f.delivered}/${f.accepted} events delivered (${f.seconds.toFixed(0)} s after the load; ${f.failedAnswers} attempts failed first), ${f.redeliveries} redeliveries`,
      );
      if (engine.shared) {
        const two = await faultTwoProcesses(engine);
        line(
          `    two relay processes on one Postgres: ${two.delivered}/${two.accepted} events delivered, ${two.duplicates} delivered twice (each process took ${two.split.join(' / ')} requests)`,
        );
        const restart = process.env.BENCH_PG_RESTART;
        if (restart) {
          const r = await faultPgRestart(engine, restart);
          line(
            `    Postgres restarted (${r.restartSeconds.toFixed(1)} s) during ${r.sent} events: ${r.accepted} accepted, ${r.lost} lost${r.queued ? ` (${r.queued} still queued after 5 min)` : ''}, ${r.redeliveries} redeliveries`,
          );
        } else line('    Postgres restart: skipped (set BENCH_PG_RESTART to the command that restarts it)');
      } else line('    two relay processes: needs Postgres (PGlite is one process)');
      line();
    }
  } finally {
    await cleanup();
  }
};

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err.stack ?? err.message);
    process.exit(1);
  },
);
