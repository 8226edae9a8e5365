import type { ClaimedDelivery } from '../store/store';

export type SendResult = { status: number; retryAfter: string | null } | { error: string };

/**
 * The envelope Zapier receives. `data` is GHL's body exactly as it arrived (already valid JSON),
 * spliced in rather than re-serialised; `id` is GHL's webhookId, the same on every redelivery.
 */
export const envelope = (d: ClaimedDelivery): string =>
  `{"id":${JSON.stringify(d.webhookId)},"type":${JSON.stringify(d.type)},"locationId":${JSON.stringify(d.locationId)},` +
  `"timestamp":${JSON.stringify(d.timestamp)},"data":${d.body}}`;

/** One POST; redirects are not followed (they could lead off the allowed host). */
export const send = async (url: URL, d: ClaimedDelivery, timeoutMs: number): Promise<SendResult> => {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-relay-attempt': String(d.attempt), 'user-agent': 'ghl-relay/1' },
      body: envelope(d),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel().catch(() => undefined);
    return { status: res.status, retryAfter: res.headers.get('retry-after') };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    return { error: e.name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : (e.cause?.code ?? e.name ?? 'network error') };
  }
};
