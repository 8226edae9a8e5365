/** Small helpers the area modules share. */
import * as crypto from 'node:crypto';
import { notFound, unprocessable } from './errors';
import type { Row } from './types';

export const nowIso = () => new Date().toISOString();
export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
export const lower = (v: unknown) => String(v ?? '').toLowerCase();
export const digits = (v: unknown) => String(v ?? '').replace(/[^\d]/g, '');
export const token = (prefix: string) => `${prefix}-${crypto.randomBytes(18).toString('base64url')}`;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const fullName = (r: Row) => [r.firstName, r.lastName].filter(Boolean).join(' ');

const empty = (v: unknown) => v === undefined || v === null || v === '';

/** GHL-style 422 for missing fields: "name should not be empty". */
export const requireFields = (obj: Row | undefined, names: string[]) => {
  const missing = names.filter((n) => empty(obj?.[n]));
  if (missing.length) throw unprocessable(missing.map((n) => `${n} should not be empty`));
};

/** One of a fixed list, GHL's wording. */
export const requireOneOf = (obj: Row, name: string, values: readonly string[], { optional = false } = {}) => {
  const v = obj[name];
  if (empty(v) && optional) return;
  if (!values.includes(String(v))) throw unprocessable(`${name} must be one of the following values: ${values.join(', ')}`);
};

export const intParam = (value: unknown, name: string, { def, min = 0, max }: { def?: number; min?: number; max?: number } = {}) => {
  if (value === undefined || value === '') return def as number;
  const n = Number(value);
  if (!Number.isFinite(n) || !Number.isInteger(n)) throw unprocessable(`${name} must be an integer number`);
  if (n < min) throw unprocessable(`${name} must not be less than ${min}`);
  if (max !== undefined && n > max) throw unprocessable(`${name} must not be greater than ${max}`);
  return n;
};

/** Sorts by a field; ISO dates compare as times. */
export const sortBy = <T extends Row>(items: T[], field: string, direction: 'asc' | 'desc' = 'desc'): T[] => {
  const val = (x: Row) => {
    const v = x[field];
    const t = typeof v === 'string' ? Date.parse(v) : NaN;
    return Number.isNaN(t) ? (v ?? '') : t;
  };
  return [...items].sort((a, b) => {
    const av = val(a);
    const bv = val(b);
    const cmp = typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv));
    return direction === 'asc' ? cmp : -cmp;
  });
};

/** The record with this id (`id`, or `_id` where GHL uses it), else GHL's 404. */
export const getOr404 = <T extends Row>(list: T[], id: string, what: string): T => {
  const r = list.find((x) => x.id === id || x._id === id);
  if (!r) throw notFound(`${what} with id ${id} not found`);
  return r;
};

/** Removes a record in place; 404 when it is not there. */
export const removeOr404 = (list: Row[], id: string, what: string) => {
  const r = getOr404(list, id, what);
  list.splice(list.indexOf(r), 1);
  return r;
};

/** Case-insensitive substring match of `q` on any of `keys` (phone by digits). */
export const queryMatches = (record: Row, q: unknown, keys: string[]) =>
  !q || keys.some((k) => lower(record[k]).includes(lower(q)) || (k === 'phone' && !!digits(q) && digits(record[k]).includes(digits(q))));

/** skip/limit paging as most GHL list endpoints do it. */
export const skipLimit = <T>(list: T[], query: Row, { def = 20, max = 100 } = {}) => {
  const skip = intParam(query.skip ?? query.offset, 'skip', { def: 0 });
  const limit = intParam(query.limit, 'limit', { def, min: 1, max });
  return list.slice(skip, skip + limit);
};

/** Copies the listed fields that the body has. */
export const assignFields = (target: Row, body: Row, fields: readonly string[]) => {
  for (const f of fields) if (body[f] !== undefined) target[f] = body[f];
  return target;
};
