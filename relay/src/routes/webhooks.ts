import { verify } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { isEventType, locationOf } from '../events';
import { refuse, type ResolvedDeps } from '../server';

export const WEBHOOK_PATH = '/webhooks/ghl';

const shape = z.object({
  type: z.string().min(1).max(100),
  timestamp: z.string().min(1).max(100),
  webhookId: z.string().min(1).max(200),
});

/**
 * `POST /webhooks/ghl`: GHL's app webhooks. Checks, in order: size (413), signature over the raw
 * bytes (401), JSON (400), required fields (400), timestamp window (400 stale_timestamp), event type
 * (422), then stores the event and its deliveries in one transaction; a webhookId seen before is
 * refused by the unique constraint (409). 200 only after the commit.
 */
export const webhookRoutes =
  (deps: ResolvedDeps): FastifyPluginAsync =>
  async (app) => {
    const { config, store, clock, metrics } = deps;
    // Keep the body as the raw bytes GHL signed, whatever the content type says.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: config.maxBodyBytes }, (_req, body, done) => done(null, body));

    app.post(WEBHOOK_PATH, { bodyLimit: config.maxBodyBytes }, async (req, reply) => {
      const receivedAt = clock.now();
      const reject = (status: number, reason: string, message: string) => {
        metrics.eventsRejected.inc({ reason });
        req.log.info({ reason }, 'webhook refused');
        return refuse(reply, status, reason, message);
      };
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);

      const signature = req.headers['x-wh-signature'];
      if (typeof signature !== 'string' || signature.length === 0)
        return reject(401, 'missing_signature', 'x-wh-signature header is missing');
      if (!verifies(raw, signature, config)) return reject(401, 'invalid_signature', 'x-wh-signature does not verify against the body');

      let payload: unknown;
      try {
        payload = JSON.parse(raw.toString('utf8'));
      } catch {
        return reject(400, 'malformed_json', 'body is not valid JSON');
      }
      if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        return reject(400, 'malformed_json', 'body is not a JSON object');
      const fields = shape.safeParse(payload);
      if (!fields.success) {
        const names = [...new Set(fields.error.issues.map((i) => i.path.join('.')))].join(', ');
        return reject(400, 'invalid_payload', `missing or invalid: ${names}`);
      }
      const { type, timestamp, webhookId } = fields.data;
      const locationId = locationOf(payload as Record<string, unknown>);
      if (!locationId) return reject(400, 'invalid_payload', 'missing or invalid: locationId');

      const sentAt = Date.parse(timestamp);
      if (Number.isNaN(sentAt)) return reject(400, 'invalid_payload', 'timestamp is not an ISO 8601 date');
      if (Math.abs(receivedAt - sentAt) > config.timestampToleranceMs)
        return reject(400, 'stale_timestamp', 'timestamp is outside the ±5 minute window');
      if (!isEventType(type)) return reject(422, 'unknown_event_type', `unknown event type "${type.slice(0, 100)}"`);

      const result = await store.recordEvent({ webhookId, type, locationId, timestamp, receivedAt, body: raw.toString('utf8') });
      if (!result.stored) return reject(409, 'replayed_webhook', 'this webhookId was received before');

      metrics.eventsReceived.inc({ type });
      req.log.info({ type, webhookId, deliveries: result.deliveries, removedSubscriptions: result.removedSubscriptions }, 'event stored');
      if (result.deliveries > 0) deps.onEvent?.();
      return { ok: true };
    });
  };

const verifies = (raw: Buffer, signature: string, config: ResolvedDeps['config']): boolean => {
  try {
    return verify('sha256', raw, config.ghlPublicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
};
