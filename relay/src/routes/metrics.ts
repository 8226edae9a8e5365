import type { FastifyPluginAsync } from 'fastify';
import type { ResolvedDeps } from '../server';

/** `GET /metrics`: Prometheus text format. */
export const metricsRoutes =
  ({ metrics }: ResolvedDeps): FastifyPluginAsync =>
  async (app) => {
    app.get('/metrics', async (_req, reply) => {
      const text = await metrics.registry.metrics();
      return reply.type(metrics.registry.contentType).send(text);
    });
  };
