import type { FastifyPluginAsync } from 'fastify';
import type { ResolvedDeps } from '../server';

/** `GET /healthz`: 200 when the database answers, 503 otherwise. */
export const healthRoutes =
  ({ store }: ResolvedDeps): FastifyPluginAsync =>
  async (app) => {
    app.get('/healthz', async (req, reply) => {
      try {
        await store.ping();
        return { ok: true };
      } catch (err) {
        req.log.warn({ err: { message: (err as Error).message } }, 'database not answering');
        return reply.code(503).send({ ok: false, error: 'database_unavailable' });
      }
    });
  };
