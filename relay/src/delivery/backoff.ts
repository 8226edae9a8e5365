/**
 * Delay before retry number `attempt` (1 = after the first failure): exponential from 1 s, capped
 * at 1 h, with jitter (half fixed, half random) so many failing deliveries do not retry in step.
 * With retries kept up for `retryForMs` (24 h) a failing target is tried about 35 times.
 */
export const exponentialBackoff =
  (random: () => number = Math.random) =>
  (attempt: number): number => {
    const ceiling = Math.min(3_600_000, 1_000 * 2 ** Math.min(attempt - 1, 22));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
  };

/** Retry-After as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export const retryAfterMs = (header: string | null, now: number): number | undefined => {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
};
