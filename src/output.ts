/** Output helpers: outputFields derived from a sample, record ids, list extraction, ISO dates. */
import { createHash } from 'crypto';
import { toIsoWithOffset } from './dates';

export interface OutputField {
  key: string;
  label?: string;
  type?: 'string' | 'number' | 'boolean' | 'datetime' | 'integer' | 'file';
  list?: boolean;
  primary?: boolean;
  important?: boolean;
}

const ACRONYMS: Record<string, string> = { id: 'ID', url: 'URL', ids: 'IDs', html: 'HTML', dnd: 'DND', ip: 'IP', utc: 'UTC' };

const words = (key: string): string[] =>
  key
    .split(/__|\[\]/)
    .flatMap((part) =>
      part
        .replace(/^_+/, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[\s_-]+/),
    )
    .filter(Boolean);

/** "assignedTo" → "Assigned To", "contact__firstName" → "Contact First Name", "users[]email" → "Users Email". */
export const humanize = (key: string): string =>
  words(key)
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/** Words whose capitalised form misleads ("Dnd", "Ip"); "Id" and "Url" read fine as Zapier writes them. */
const UNCLEAR = new Set(['dnd', 'ip', 'utc']);

/**
 * Zapier's own label (the key's words, capitalised: "dnd" → "Dnd") would be wrong or unclear: an
 * unclear acronym, a leading `_`, a word that is really an id ("ve9EPM428h"), or no words at all.
 */
const needsLabel = (key: string): boolean => {
  if (/(^|__)_/.test(key)) return true;
  const ws = words(key);
  return !ws.length || ws.some((w) => UNCLEAR.has(w.toLowerCase()) || /\d[a-z]/i.test(w));
};

const typeOf = (value: unknown): OutputField['type'] => {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return 'datetime';
  return 'string';
};

/**
 * The outputFields a sample needs, and no more: Zapier labels every other key from the sample by
 * itself ("firstName" → "First Name"), and each declared field is copied on every invocation.
 * Declared: arrays of values (`list: true` with the item type), keys whose automatic label would
 * be wrong or unclear ("dnd", "_id"), and the operation's own `overrides` (labels, `primary`).
 * Arrays of objects are left to Zapier, which lists them as line items keyed `parent[]child`.
 */
export const outputFieldsFrom = (sample: Record<string, unknown>, overrides: OutputField[] = []): OutputField[] => {
  const out = new Map<string, OutputField>();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      const first: unknown = value.find((v) => v !== null && v !== undefined);
      // An empty sample array tells no item type; arrays of objects are line items, which Zapier
      // labels `parent[]child` from the sample itself.
      if (first === undefined || (typeof first === 'object' && !Array.isArray(first))) return;
      out.set(path, { key: path, label: humanize(path), type: typeOf(first), list: true });
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}__${k}` : k);
      return;
    }
    if (needsLabel(path)) out.set(path, { key: path, label: humanize(path) });
  };
  walk(sample, '');
  for (const o of overrides) out.set(o.key, { ...out.get(o.key), ...o });
  return [...out.values()];
};

/**
 * Dates GHL sends as epoch milliseconds (conversations' `lastMessageDate`, ...), as ISO 8601 with
 * an offset, the form Zapier's date filters and formatters read. Other values stay as they are.
 */
export const isoDates = <T extends Record<string, unknown>>(item: T, keys: readonly string[]): T => {
  const out: Record<string, unknown> = { ...item };
  for (const key of keys) {
    const v = out[key];
    const ms = typeof v === 'number' ? v : typeof v === 'string' && /^\d{12,14}$/.test(v) ? Number(v) : undefined;
    if (ms !== undefined && Number.isFinite(ms)) out[key] = toIsoWithOffset(ms);
  }
  return out as T;
};

/** Reads `a.b.c` from an object. */
export const pick = (data: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((acc, key) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[key] : undefined), data);

/** Gives a record an `id` Zapier can dedupe on, from `idField`, `id` or `_id`. */
export const withId = <T extends Record<string, unknown>>(item: T, idField = 'id'): T & { id: string } => {
  const value = item[idField] ?? item.id ?? item._id;
  return { ...item, id: value === undefined || value === null ? '' : String(value) };
};

/** JSON with keys in a fixed order, so the same content always gives the same text. */
const stableJson = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(stableJson).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(value ?? null);

/**
 * An id for a record GHL sent without one (the specs allow that for calendar resources and
 * pipeline stages): a hash of its content, so the same record keeps the same id across polls and
 * two such records never share an empty one (Zapier rejects a poll with duplicate ids).
 */
export const contentId = (item: Record<string, unknown>): string =>
  `content-${createHash('sha1').update(stableJson(item)).digest('hex').slice(0, 20)}`;

/** The id in instant-trigger samples: an envelope id (GHL's webhookId), which Zapier dedupes on. */
export const EVENT_ID_SAMPLE = '3f1c2e4a-8b7d-4c6e-9a1b-2d3e4f5a6b7c';
/**
 * A change trigger's item id: the record id joined with the values that make one change distinct
 * (status, stage, update time), so the same record fires again after each change and never twice
 * for the same change. The record id itself stays in the output under its own name.
 */
export const changeId = (...parts: unknown[]): string =>
  parts
    .filter((p) => p !== undefined && p !== null && p !== '')
    .map(String)
    .join(':');

/** The records under `key` of an answer, as objects. */
export const listOf = (data: unknown, key: string): Record<string, unknown>[] => {
  const list = (data as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(list) ? list.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : [];
};
