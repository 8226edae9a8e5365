/** GHL's burst limit per location (or company) with its X-RateLimit-* headers, and the daily cap. */
import type { State } from './types';

export const DAILY_LIMIT = 200_000;

export const rateHeaders = (max: number, remaining: number, intervalMs: number, dailyRemaining: number) => ({
  'X-RateLimit-Limit-Daily': String(DAILY_LIMIT),
  'X-RateLimit-Daily-Remaining': String(Math.max(0, dailyRemaining)),
  'X-RateLimit-Interval-Milliseconds': String(intervalMs),
  'X-RateLimit-Max': String(max),
  'X-RateLimit-Remaining': String(Math.max(0, remaining)),
});

/** Takes one request from the key's window: whether it is allowed, and the headers to send. */
export const takeRateLimit = (state: State, key: string) => {
  const { max, intervalMs } = state.rateLimit;
  const now = Date.now();
  const hits = (state.rateWindows.get(key) ?? []).filter((t) => t > now - intervalMs);
  const allowed = hits.length < max;
  if (allowed) {
    hits.push(now);
    state.dailyCounts.set(key, (state.dailyCounts.get(key) ?? 0) + 1);
  }
  state.rateWindows.set(key, hits);
  const headers: Record<string, string> = rateHeaders(max, max - hits.length, intervalMs, DAILY_LIMIT - (state.dailyCounts.get(key) ?? 0));
  if (!allowed) headers['Retry-After'] = String(Math.max(1, Math.ceil((hits[0] + intervalMs - now) / 1000)));
  return { allowed, headers };
};
