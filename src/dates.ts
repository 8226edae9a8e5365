/**
 * Dates as Zap users type them, read in the Zap's time zone.
 *
 * Zapier hands us ISO strings for `datetime` fields, but mapped values arrive as typed: epoch
 * seconds or milliseconds, "2026-03-01", "2026-03-01 14:30", "March 1, 2026 2:30 PM", with or
 * without an offset. A value without an offset is read in `bundle.meta.timezone` (UTC if unset).
 */

const NAIVE_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2}|\b(UTC|GMT)\b)\s*$/i;

/** Minutes east of UTC that `timeZone` is at the instant `utcMs`. */
export const zoneOffsetMinutes = (timeZone: string, utcMs: number): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
};

const isValidZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** Wall-clock fields in `timeZone` → epoch ms. */
const wallClockToUtc = (fields: number[], timeZone: string): number => {
  const [y, mo, d, h = 0, mi = 0, s = 0, ms = 0] = fields;
  const naive = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Two passes settle the offset across DST changes.
  let utc = naive - zoneOffsetMinutes(timeZone, naive) * 60000;
  utc = naive - zoneOffsetMinutes(timeZone, utc) * 60000;
  return utc;
};

/**
 * Reads a date the way a Zap user means it. Returns epoch milliseconds, or undefined when the
 * value cannot be read as a date.
 */
export const parseDate = (value: unknown, timeZone?: string | null): number | undefined => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? (value < 1e11 ? value * 1000 : value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text) return undefined;
  if (/^\d{9,13}$/.test(text)) return parseDate(Number(text));
  const tz = timeZone && isValidZone(timeZone) ? timeZone : 'UTC';
  const naive = NAIVE_ISO.exec(text);
  if (naive) {
    const nums = naive.slice(1).map((n) => (n === undefined ? undefined : Number(n)));
    if (nums[6] !== undefined) nums[6] = Number(naive[7].padEnd(3, '0'));
    const ms = wallClockToUtc(
      nums.filter((n): n is number => n !== undefined),
      tz,
    );
    return Number.isNaN(ms) ? undefined : ms;
  }
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return undefined;
  if (HAS_ZONE.test(text)) return parsed;
  // Date.parse read a zone-less string in the machine's zone; re-read its wall clock in the Zap's.
  const local = new Date(parsed);
  return wallClockToUtc(
    [local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()],
    tz,
  );
};

/** ISO 8601 with the offset of `timeZone` (GHL wants e.g. 2026-03-01T14:30:00-05:00). */
export const toIsoWithOffset = (ms: number, timeZone?: string | null): string =>
  isoAtOffset(ms, zoneOffsetMinutes(timeZone && isValidZone(timeZone) ? timeZone : 'UTC', ms));

/** The instant `ms` as ISO 8601 at a fixed offset from UTC, in minutes: 2026-03-02T10:30:00-05:00. */
export const isoAtOffset = (ms: number, offset: number): string => {
  const local = new Date(ms + offset * 60000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/** YYYY-MM-DD of the instant in `timeZone`. */
export const toDateOnly = (ms: number, timeZone?: string | null): string => toIsoWithOffset(ms, timeZone).slice(0, 10);
