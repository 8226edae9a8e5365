import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { isEventType } from '../events';
import { allowedTarget } from '../hooks';
import { refuse, type ResolvedDeps } from '../server';

const body = z.object({
  locationId: z.string().min(1).max(128),
  eventType: z.string().min(1).max(100),
  targetUrl: z.string().min(1).max(2048),
  filters: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'filter names are letters, digits and _'), z.string().min(1).max(512))
    .refine((f) => Object.keys(f).length <= 10, 'at most 10 filters')
    .optional(),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * `POST /subscriptions` and `DELETE /subscriptions/:id`, for the Zapier app only (shared secret).
 * A subscription is accepted only for the location the caller's GHL token really belongs to.
 */
export const subscriptionRoutes =
  ({ config, store, clock }: ResolvedDeps): FastifyPluginAsync =>
  async (app) => {
    const secret = digest(config.sharedSecret);
    app.addHook('onRequest', async (req, reply) => {
      if (!req.url.startsWith('/subscriptions')) return;
      const header = req.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice(7) : '';
      // Compare digests: equal length, constant time, and the secret's length is not revealed.
      if (!given || !timingSafeEqual(digest(given), secret))
        return refuse(reply, 401, 'unauthorized', 'Authorization: Bearer <relay shared secret> is missing or wrong');
    });

    app.post('/subscriptions', async (req, reply) => {
      const parsed = body.safeParse(req.body);
      if (!parsed.success) {
        const names = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'body'))].join(', ');
        return refuse(reply, 400, 'invalid_body', `missing or invalid: ${names}`);
      }
      const { locationId, eventType, targetUrl, filters = {} } = parsed.data;
      if (!isEventType(eventType)) return refuse(reply, 422, 'unknown_event_type', `unknown event type "${eventType}"`);
      const target = allowedTarget(targetUrl, config.allowedHookOrigins);
      if (!target)
        return refuse(
          reply,
          422,
          'target_not_allowed',
          `targetUrl must be under ${config.allowedHookOrigins.map((u) => u.href).join(' or ')}`,
        );

      const token = req.headers['x-ghl-access-token'];
      if (typeof token !== 'string' || token.length === 0) return refuse(reply, 403, 'location_not_owned', 'X-GHL-Access-Token is missing');
      const owned = await ownsLocation(config.ghlApiBaseUrl, token, locationId);
      if (owned === 'unavailable') return refuse(reply, 502, 'ghl_unavailable', 'could not reach GHL to check the location; retry');
      if (!owned) return refuse(reply, 403, 'location_not_owned', `the access token does not belong to location ${locationId}`);

      const sub = await store.createSubscription({ locationId, eventType, targetUrl: target.href, filters, createdAt: clock.now() });
      req.log.info({ subscriptionId: sub.id, locationId, eventType }, 'subscription created');
      return reply.code(201).send({ ...sub, createdAt: new Date(sub.createdAt).toISOString() });
    });

    app.delete<{ Params: { id: string } }>('/subscriptions/:id', async (req, reply) => {
      const { id } = req.params;
      if (!UUID.test(id) || !(await store.deleteSubscription(id.toLowerCase())))
        return refuse(reply, 404, 'not_found', 'no such subscription');
      req.log.info({ subscriptionId: id }, 'subscription deleted');
      return reply.code(204).send();
    });
  };

/** GET /locations/{id} with the caller's token: only a 200 naming the same location proves ownership. */
const ownsLocation = async (base: string, token: string, locationId: string): Promise<boolean | 'unavailable'> => {
  try {
    const res = await fetch(`${base}/locations/${encodeURIComponent(locationId)}`, {
      headers: { Authorization: `Bearer ${token}`, Version: '2021-07-28', Accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
      redirect: 'manual',
    });
    if (res.status >= 500 || res.status === 429) {
      await res.body?.cancel();
      return 'unavailable';
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      return false;
    }
    const json = (await res.json().catch(() => undefined)) as { location?: { id?: unknown } } | undefined;
    return json?.location?.id === locationId;
  } catch {
    return 'unavailable';
  }
};
