/**
 * Fault injection, for the soak run and for trying how a Zap behaves when GHL misbehaves:
 *
 *   npm run sandbox -- --faults 429=0.1,500=0.05,reset=0.02,slow=0.05
 *
 * Each API request draws at most one fault, with these probabilities:
 * - `429`: GHL's rate-limit answer with its headers; nothing is applied.
 * - `500` (also `502`, `503`): a server error; nothing is applied.
 * - `reset`: the connection is dropped with no answer, half the time before the request is
 *   applied and half the time after (a write that is saved although the client never hears so).
 * - `slow`: the answer comes `slowMs` late (default 1,500 ms).
 * Draws come from a seeded generator, so a run can be repeated.
 */
import type { FaultKind, FaultState } from './types';

export type { FaultKind, FaultState };
const KINDS: FaultKind[] = ['429', '500', '502', '503', 'reset', 'slow'];

export interface FaultOptions {
  rates?: Partial<Record<FaultKind, number>>;
  seed?: number;
  slowMs?: number;
}

/** mulberry32: a small seeded generator. */
export const seededRandom = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Parses `429=0.1,500=0.05,reset=0.02,slow=0.05`; throws a clear error on anything else. */
export const parseFaults = (text: string): Partial<Record<FaultKind, number>> => {
  const rates: Partial<Record<FaultKind, number>> = {};
  for (const part of text.split(',').filter(Boolean)) {
    const [kind, value] = part.split('=');
    const rate = Number(value);
    if (!KINDS.includes(kind as FaultKind)) throw new Error(`unknown fault '${kind}': use ${KINDS.join(', ')}`);
    if (!Number.isFinite(rate) || rate < 0 || rate > 1) throw new Error(`fault ${kind} needs a rate between 0 and 1, got '${value}'`);
    rates[kind as FaultKind] = rate;
  }
  const total = Object.values(rates).reduce((a, b) => a + (b ?? 0), 0);
  if (total > 1) throw new Error(`fault rates add up to ${total}, more than 1`);
  return rates;
};

export const createFaults = ({ rates = {}, seed = 1, slowMs = 1500 }: FaultOptions = {}): FaultState => ({
  rates,
  slowMs,
  random: seededRandom(seed),
  counts: {},
});

/** The fault for one request, or undefined. */
export const drawFault = (faults: FaultState): FaultKind | undefined => {
  const kinds = KINDS.filter((k) => (faults.rates[k] ?? 0) > 0);
  if (!kinds.length) return undefined;
  let r = faults.random();
  for (const k of kinds) {
    r -= faults.rates[k] ?? 0;
    if (r < 0) return k;
  }
  return undefined;
};

export const countFault = (faults: FaultState, name: string) => {
  faults.counts[name] = (faults.counts[name] ?? 0) + 1;
};
