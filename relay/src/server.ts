import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { createMetrics, type Metrics } from './metrics';
import { healthRoutes } from './routes/health';
import { metricsRoutes } from './routes/metrics';
import { subscriptionRoutes } from './routes/subscriptions';
import { webhookRoutes, WEBHOOK_PATH } from './routes/webhooks';
import type { Store } from './store/store';

export interface AppDeps {
  config: Config;
  store: Store;
  clock?: Clock;
  metrics?: Metrics;
  /** Called after an event with deliveries is committed (main wakes the delivery worker). */
  onEvent?: () => void;
}

export interface ResolvedDeps extends AppDeps {
  clock: Clock;
  metrics: Metrics;
}

/** The error body every refusal uses. */
export const refuse = (reply: FastifyReply, status: number, error: string, message: string) => reply.code(status).send({ error, message });

// Headers that carry secrets; fastify's request log does not print headers, this keeps it so.
const REDACT = ['req.headers.authorization', 'req.headers["x-ghl-access-token"]', 'req.headers["x-wh-signature"]'];

/** Builds the HTTP app from its dependencies; does not listen. */
export const buildServer = (deps: AppDeps): FastifyInstance => {
  const resolved: ResolvedDeps = {
    ...deps,
    clock: deps.clock ?? systemClock,
    metrics: deps.metrics ?? createMetrics(() => deps.store.pendingCount()),
  };
  const app = Fastify({
    logger: { level: deps.config.logLevel, redact: { paths: REDACT, censor: '[redacted]' } },
    bodyLimit: 64 * 1024,
    // GHL and Zapier never need more; a slow client must not hold a socket forever.
    requestTimeout: 30_000,
  });

  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, req, reply) => {
    const status = err.statusCode ?? 500;
    const reason =
      status === 413
        ? 'body_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : status === 400 && err.code?.startsWith('FST_ERR_CTP')
            ? 'malformed_json'
            : status < 500
              ? 'bad_request'
              : 'internal_error';
    if (req.routeOptions.url === WEBHOOK_PATH) resolved.metrics.eventsRejected.inc({ reason });
    if (status >= 500) req.log.error({ err: { message: err.message, code: err.code } }, 'request failed');
    const message = status >= 500 ? 'internal error; retry later' : status === 413 ? `body is over the limit` : err.message;
    return refuse(reply, status, reason, message);
  });
  app.setNotFoundHandler((req, reply) => refuse(reply, 404, 'not_found', `no route ${req.method} ${req.url.split('?')[0]}`));

  app.register(webhookRoutes(resolved));
  app.register(subscriptionRoutes(resolved));
  app.register(healthRoutes(resolved));
  app.register(metricsRoutes(resolved));
  return app;
};
