import { execSync } from 'node:child_process';
import { createHash, createPublicKey, sign, verify } from 'node:crypto';
import {
  closedLoop,
  corpus,
  fakeGhl,
  hookTarget,
  keyPair,
  openLoop,
  pct,
  RelayProcess,
  SECRET,
  seedSubscriptions,
  sendEvent,
  waitFor,
  type SignedEvent,
} from './lib';

export interface Engine {
  name: string;
  /** Environment for a relay on a fresh, empty database. */
  fresh: () => Promise<Record<string, string>>;
  /** Several processes can share it (Postgres). */
  shared: boolean;
}

// Signing is the load generator's cost, not the relay's: RSA-4096 signs at a few dozen per second
// per core here, too slow to feed the relay. The load is signed with BENCH_KEY_BITS (default 1024);
// (a) gives what a 4096-bit key costs the relay per event.
export const LOAD_KEY_BITS = Number(process.env.BENCH_KEY_BITS ?? 1024);
const loadKey = keyPair(LOAD_KEY_BITS);

export const verifyCeiling = (bits = 4096, ms = 2000) => {
  const k = keyPair(bits);
  const body = Buffer.alloc(1024, 'a');
  const sig = sign('sha256', body, k.privateKey);
  const publicKey = createPublicKey(k.publicPem); // parsed once, as the relay does at start
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    if (!verify('sha256', body, publicKey, sig)) throw new Error('verify failed');
    n++;
  }
  return { perSecond: n / ((performance.now() - t0) / 1000) };
};

const accepted = (statuses: number[]) => statuses.filter((s) => s === 200).length;

const start = async (engine: Engine, env: Record<string, string>, ghl: string, target: string) => {
  const relay = new RelayProcess({
    ...env,
    RELAY_SHARED_SECRET: SECRET,
    GHL_WEBHOOK_PUBLIC_KEY: loadKey.publicPem,
    GHL_API_BASE_URL: ghl,
    ALLOWED_HOOK_ORIGINS: `${target}/hooks/`,
  });
  await relay.start();
  return relay;
};

/** (b) closed-loop throughput with 1,000 locations × 10 subscriptions, then (c) 500 events/s to delivery. */
export const throughputAndLatency = async (engine: Engine) => {
  const [ghl, target] = await Promise.all([fakeGhl(), hookTarget()]);
  const relay = await start(engine, await engine.fresh(), ghl.url, target.url);
  try {
    const subscriptions = await seedSubscriptions(relay.url, target.url, 1000, 10);
    const events = corpus(Number(process.env.BENCH_EVENTS ?? 5000), 1000, loadKey.privateKey);
    const concurrency = 32;
    const b = await closedLoop(events, concurrency, (e) => sendEvent(relay.url, e));
    await waitFor(() => false, 0);
    // Let the deliveries of (b) drain before (c) so (c) measures its own latency.
    await waitFor(() => target.state.total >= accepted(b.statuses) * 1.3, 60_000);
    const rate = 500;
    const rateEvents = corpus(rate * 8, 1000, loadKey.privateKey);
    const c = await openLoop(rateEvents, rate, (e) => {
      target.sentAt.set(e.id, Date.now());
      return sendEvent(relay.url, e);
    });
    const rateAccepted = accepted(c.statuses);
    await waitFor(() => target.latencies.length >= rateAccepted, 60_000);
    return {
      subscriptions,
      concurrency,
      sent: events.length,
      accepted: accepted(b.statuses),
      seconds: b.seconds,
      perSecond: accepted(b.statuses) / b.seconds,
      p50: pct(b.latencies, 50),
      p99: pct(b.latencies, 99),
      rate,
      rateEvents: rateEvents.length,
      rateAccepted,
      rateAcceptP99: pct(c.latencies, 99),
      delivered: target.latencies.length,
      deliveryP50: pct(target.latencies, 50),
      deliveryP99: pct(target.latencies, 99),
    };
  } finally {
    await relay.stop();
    await Promise.all([ghl.close(), target.close()]);
  }
};

/**
 * Sends `events` like GHL would: a request that got no answer (connection refused or reset) is sent
 * again until the relay answers; a 409 on a resend means the first copy was stored before the crash.
 */
const sendUntilAnswered = async (
  events: SignedEvent[],
  relayUrl: () => string,
  concurrency: number,
  onProgress?: (sent: number) => void,
) => {
  const stored = new Set<string>();
  let sent = 0;
  await closedLoop(events, concurrency, async (e) => {
    for (let attempt = 0; attempt < 600; attempt++) {
      const status = await sendEvent(relayUrl(), e);
      if (status === 200 || (status === 409 && attempt > 0)) {
        stored.add(e.id);
        break;
      }
      if (status !== 0 && status < 500) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    onProgress?.(++sent);
    return 200;
  });
  return stored;
};

/**
 * Waits (at most 5 min) until every stored event reached the target. An event not delivered while
 * the relay still reports pending deliveries is counted as queued, not lost.
 */
const settle = async (stored: Set<string>, target: Awaited<ReturnType<typeof hookTarget>>, relay: RelayProcess) => {
  await waitFor(() => [...stored].every((id) => target.seen.has(id)), 300_000);
  const missing = [...stored].filter((id) => !target.seen.has(id)).length;
  const queued = missing > 0 ? await relay.queueDepth() : 0;
  const redeliveries = [...target.seen.values()].reduce((a, n) => a + n - 1, 0);
  return { accepted: stored.size, lost: Math.max(0, missing - (queued || 0)), queued, redeliveries };
};

const seedSimple = (relay: string, target: string) => seedSubscriptions(relay, target, 100, 1);

/** kill -9 the relay after 40% of 10,000 events, restart it on the same database: count losses. */
export const faultKill9 = async (engine: Engine) => {
  const [ghl, target] = await Promise.all([fakeGhl(), hookTarget()]);
  const env = await engine.fresh();
  let relay = await start(engine, env, ghl.url, target.url);
  let url = relay.url;
  let restartSeconds = 0;
  try {
    await seedSimple(url, target.url);
    const events = corpus(10_000, 100, loadKey.privateKey);
    let killed = false;
    let restarting: Promise<void> | undefined;
    const stored = await sendUntilAnswered(
      events,
      () => url,
      16,
      (sent) => {
        if (killed || sent < 4000) return;
        killed = true;
        relay.kill9();
        const t0 = performance.now();
        restarting = (async () => {
          relay = await start(engine, env, ghl.url, target.url);
          url = relay.url;
          restartSeconds = (performance.now() - t0) / 1000;
        })();
      },
    );
    await restarting;
    return { sent: events.length, ...(await settle(stored, target, relay)), restartSeconds };
  } finally {
    await relay.stop();
    await Promise.all([ghl.close(), target.close()]);
  }
};

/** The target answers 500 or hangs past the timeout for a while, then recovers. */
export const faultFlakyTarget = async (engine: Engine) => {
  const [ghl, target] = await Promise.all([fakeGhl(), hookTarget()]);
  const relay = await start(engine, await engine.fresh(), ghl.url, target.url);
  const flakySeconds = 15;
  try {
    await seedSimple(relay.url, target.url);
    target.state.mode = 'flaky';
    const recover = setTimeout(() => (target.state.mode = 'ok'), flakySeconds * 1000);
    const events = corpus(1000, 100, loadKey.privateKey);
    const res = await closedLoop(events, 16, (e) => sendEvent(relay.url, e));
    const t0 = performance.now();
    const ids = events.filter((_e, i) => res.statuses[i] === 200).map((e) => e.id);
    await waitFor(() => ids.every((id) => target.seen.has(id)), 180_000);
    clearTimeout(recover);
    return {
      flakySeconds,
      accepted: ids.length,
      delivered: ids.filter((id) => target.seen.has(id)).length,
      redeliveries: [...target.seen.values()].reduce((a, n) => a + n - 1, 0),
      failedAnswers: target.state.failedAnswers,
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    await relay.stop();
    await Promise.all([ghl.close(), target.close()]);
  }
};

/** Two relay processes on one Postgres, the load split between them: each event delivered once. */
export const faultTwoProcesses = async (engine: Engine) => {
  const [ghl, target] = await Promise.all([fakeGhl(), hookTarget()]);
  const env = await engine.fresh();
  const a = await start(engine, env, ghl.url, target.url);
  const b = await start(engine, env, ghl.url, target.url);
  try {
    await seedSimple(a.url, target.url);
    const events = corpus(4000, 100, loadKey.privateKey);
    const split = [0, 0];
    const res = await closedLoop(events, 16, (e) => {
      const which = createHash('sha1').update(e.id).digest()[0] % 2;
      split[which]++;
      return sendEvent(which ? b.url : a.url, e);
    });
    const ids = events.filter((_e, i) => res.statuses[i] === 200).map((e) => e.id);
    await waitFor(() => ids.every((id) => target.seen.has(id)), 120_000);
    return {
      accepted: ids.length,
      delivered: ids.filter((id) => target.seen.has(id)).length,
      duplicates: [...target.seen.values()].filter((n) => n > 1).length,
      split,
    };
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await Promise.all([ghl.close(), target.close()]);
  }
};

/** Restarts Postgres (BENCH_PG_RESTART, e.g. `pg_ctlcluster 15 main restart`) after 40% of 10,000 events. */
export const faultPgRestart = async (engine: Engine, command: string) => {
  const [ghl, target] = await Promise.all([fakeGhl(), hookTarget()]);
  const relay = await start(engine, await engine.fresh(), ghl.url, target.url);
  let restartSeconds = 0;
  try {
    await seedSimple(relay.url, target.url);
    const events = corpus(10_000, 100, loadKey.privateKey);
    let done = false;
    const stored = await sendUntilAnswered(
      events,
      () => relay.url,
      16,
      (sent) => {
        if (done || sent < 4000) return;
        done = true;
        const t0 = performance.now();
        execSync(command, { stdio: 'ignore', timeout: 60_000 });
        restartSeconds = (performance.now() - t0) / 1000;
      },
    );
    return { sent: events.length, ...(await settle(stored, target, relay)), restartSeconds };
  } finally {
    await relay.stop();
    await Promise.all([ghl.close(), target.close()]);
  }
};
