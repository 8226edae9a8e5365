import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock';
import { allowedTarget } from '../hooks';
import type { Metrics } from '../metrics';
import type { ClaimedDelivery, Outcome, Store } from '../store/store';
import { exponentialBackoff, retryAfterMs } from './backoff';
import { send, type SendResult } from './send';

export interface WorkerOptions {
  store: Store;
  clock: Clock;
  metrics: Metrics;
  log: Pick<FastifyBaseLogger, 'debug' | 'info' | 'warn' | 'error'>;
  allowedHookOrigins: readonly URL[];
  timeoutMs?: number;
  retryForMs?: number;
  backoff?: (attempt: number) => number;
  /** Deliveries in flight at once (each to a different subscription). */
  concurrency?: number;
  /** A claim is held this long; a crashed process's claims are taken over after it. */
  leaseMs?: number;
  /** Poll interval when idle (another process's events, retries coming due). */
  idleMs?: number;
  /** Wake-ups within this window share one claim. */
  coalesceMs?: number;
}

/** Claims due deliveries from the store and POSTs them; many workers (in many processes) can share one store. */
export class DeliveryWorker {
  private readonly inflight = new Set<Promise<void>>();
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private readonly o: Required<WorkerOptions>;

  constructor(opts: WorkerOptions) {
    this.o = {
      timeoutMs: 10_000,
      retryForMs: 24 * 3_600_000,
      backoff: exponentialBackoff(),
      concurrency: 64,
      leaseMs: 60_000,
      idleMs: 250,
      coalesceMs: 10,
      ...opts,
    };
  }

  /** Claims what is due now (up to the free slots) and starts sending; returns how many it claimed. */
  async tick(): Promise<number> {
    const free = this.o.concurrency - this.inflight.size;
    if (free <= 0) return 0;
    const claimed = await this.o.store.claimDue(this.o.clock.now(), free, this.o.leaseMs);
    for (const d of claimed) {
      const p: Promise<void> = this.deliver(d)
        .catch((err: Error) => this.o.log.error({ deliveryId: d.id, err: { message: err.message } }, 'delivery bookkeeping failed'))
        .finally(() => {
          this.inflight.delete(p);
          this.wake();
        });
      this.inflight.add(p);
    }
    return claimed.length;
  }

  /** One claim and every send it started, awaited (tests drive the worker with this). */
  async runOnce(): Promise<number> {
    const n = await this.tick();
    await Promise.all([...this.inflight]);
    return n;
  }

  wake(): void {
    this.wakeUp?.();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let n = 0;
        try {
          n = await this.tick();
        } catch (err) {
          this.o.log.warn({ err: { message: (err as Error).message } }, 'claiming deliveries failed; will retry');
        }
        if (n === 0 && this.running) await new Promise<void>((resolve) => this.sleep(resolve));
      }
    })();
  }

  /** Stops claiming and waits for the deliveries in flight to finish. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    await Promise.all([...this.inflight]);
  }

  // Sleeps until the idle poll or a wake-up; wake-ups are gathered for `coalesceMs` so a burst of
  // events or finished deliveries costs one claim query, not one each.
  private sleep(resolve: () => void): void {
    let timer = setTimeout(() => done(), this.o.idleMs);
    const done = () => {
      clearTimeout(timer);
      this.wakeUp = undefined;
      resolve();
    };
    this.wakeUp = () => {
      clearTimeout(timer);
      this.wakeUp = () => undefined;
      timer = setTimeout(done, this.running ? this.o.coalesceMs : 0);
    };
  }

  private async deliver(d: ClaimedDelivery): Promise<void> {
    const { store, clock, metrics, log } = this.o;
    // Re-checked on every attempt: no stored row can send anywhere but the allowed hook hosts.
    const url = allowedTarget(d.targetUrl, this.o.allowedHookOrigins);
    let outcome: Outcome;
    if (!url) outcome = { kind: 'failed', error: 'target_not_allowed' };
    else outcome = this.classify(d, await send(url, d, this.o.timeoutMs));
    const now = clock.now();
    await store.finish(d, outcome, now);

    const label = !url ? 'refused' : outcome.kind;
    metrics.deliveries.inc({ outcome: label });
    const ctx = { deliveryId: d.id, subscriptionId: d.subscriptionId, webhookId: d.webhookId, attempt: d.attempt };
    if (outcome.kind === 'delivered') {
      metrics.deliveryLatency.observe((now - d.receivedAt) / 1000);
      log.debug(ctx, 'delivered');
    } else if (outcome.kind === 'retry')
      log.info({ ...ctx, error: outcome.error, retryAt: new Date(outcome.at).toISOString() }, 'delivery failed; will retry');
    else if (outcome.kind === 'gone') log.info(ctx, 'target answered 410: subscription deleted');
    else log.warn({ ...ctx, error: outcome.error, outcome: label }, 'delivery given up');
  }

  private classify(d: ClaimedDelivery, res: SendResult): Outcome {
    const now = this.o.clock.now();
    let error: string;
    let wait = this.o.backoff(d.attempt);
    if ('error' in res) error = res.error;
    else if (res.status >= 200 && res.status < 300) return { kind: 'delivered' };
    else if (res.status === 410) return { kind: 'gone' };
    else if (res.status >= 500 || res.status === 429 || res.status === 408) {
      error = `HTTP ${res.status}`;
      const after = retryAfterMs(res.retryAfter, now);
      if (after !== undefined) wait = Math.min(Math.max(wait, after), 3_600_000);
    } else return { kind: 'failed', error: `HTTP ${res.status}` };
    if (now - d.createdAt >= this.o.retryForMs) return { kind: 'dead', error };
    return { kind: 'retry', at: now + wait, error };
  }
}
