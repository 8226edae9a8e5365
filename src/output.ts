/** Output helpers: outputFields derived from a sample, record ids, list extraction. */
import { createHash } from 'crypto';

export interface OutputField {
  key: string;
  label?: string;
  type?: 'string' | 'number' | 'boolean' | 'datetime' | 'integer' | 'file';
  primary?: boolean;
  important?: boolean;
}

const ACRONYMS: Record<string, string> = { id: 'ID', url: 'URL', ids: 'IDs', html: 'HTML', dnd: 'DND', ip: 'IP', utc: 'UTC' };

/** "assignedTo" → "Assigned To", "contact__firstName" → "Contact First Name". */
export const humanize = (key: string): string =>
  key
    .replace(/\[\]/g, '')
    .split('__')
    .flatMap((part) =>
      part
        .replace(/^_+/, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[\s_-]+/),
    )
    .filter(Boolean)
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

const typeOf = (value: unknown): OutputField['type'] => {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return 'datetime';
  return 'string';
};

/** Zapier outputFields for every leaf of a sample (nested keys joined with `__`, arrays as `[]`). */
export const outputFieldsFrom = (sample: Record<string, unknown>, overrides: OutputField[] = []): OutputField[] => {
  const out = new Map<string, OutputField>();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      if (value.length && typeof value[0] === 'object' && value[0] !== null) walk(value[0], `${path}[]`);
      else out.set(path, { key: path, label: humanize(path), type: 'string' });
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}__${k}` : k);
      return;
    }
    out.set(path, { key: path, label: humanize(path), type: typeOf(value) });
  };
  walk(sample, '');
  for (const o of overrides) out.set(o.key, { ...out.get(o.key), ...o });
  return [...out.values()];
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
