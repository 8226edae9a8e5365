import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  eventsReceived: Counter<'type'>;
  eventsRejected: Counter<'reason'>;
  deliveries: Counter<'outcome'>;
  deliveryLatency: Histogram;
}

/** One registry per app instance (tests build several). `pending` is read on each scrape. */
export const createMetrics = (pending: () => Promise<number>, opts: { defaults?: boolean } = {}): Metrics => {
  const registry = new Registry();
  if (opts.defaults) collectDefaultMetrics({ register: registry, prefix: 'relay_' });
  new Gauge({
    name: 'relay_queue_depth',
    help: 'Deliveries waiting to be delivered or retried.',
    registers: [registry],
    async collect() {
      this.set(await pending());
    },
  });
  return {
    registry,
    eventsReceived: new Counter({
      name: 'relay_events_received_total',
      help: 'Webhook events accepted and stored, by event type.',
      labelNames: ['type'],
      registers: [registry],
    }),
    eventsRejected: new Counter({
      name: 'relay_events_rejected_total',
      help: 'Webhook requests refused, by reason code.',
      labelNames: ['reason'],
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'relay_deliveries_total',
      help: 'Delivery attempts by outcome (delivered, retry, failed, dead, gone, refused).',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    deliveryLatency: new Histogram({
      name: 'relay_delivery_latency_seconds',
      help: "From GHL's request received to the hook target's 2xx.",
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15, 60, 300, 3600, 86400],
      registers: [registry],
    }),
  };
};
