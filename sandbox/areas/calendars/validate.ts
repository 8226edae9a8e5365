/**
 * class-validator style checks the calendars endpoints share. Each returns its problems, so one
 * 422 lists them all, as GHL's does: `reject(numbersIn(...), enumsIn(...))`.
 */
import { unprocessable } from '../../lib/errors';
import type { Row } from '../../lib/types';

/** Throws one 422 with every problem, if any. */
export const reject = (...problems: string[][]) => {
  const all = problems.flat();
  if (all.length) throw unprocessable(all);
};

/** Numbers where the body has them: "slotDuration must be a number conforming to the specified constraints". */
export const numbersIn = (body: Row, names: readonly string[], { min }: { min?: number } = {}) =>
  names.flatMap((n) => {
    const v = body[n];
    if (v === undefined) return [];
    if (typeof v !== 'number' || !Number.isFinite(v)) return [`${n} must be a number conforming to the specified constraints`];
    return min !== undefined && v < min ? [`${n} must not be less than ${min}`] : [];
  });

/** Values of a fixed list where the body has them. */
export const enumsIn = (body: Row, allowed: Record<string, readonly string[]>) =>
  Object.entries(allowed)
    .filter(([n, values]) => body[n] !== undefined && !values.includes(String(body[n])))
    .map(([n, values]) => `${n} must be one of the following values: ${values.join(', ')}`);

export const booleansIn = (body: Row, names: readonly string[]) =>
  names.filter((n) => body[n] !== undefined && typeof body[n] !== 'boolean').map((n) => `${n} must be a boolean value`);

export const arraysIn = (body: Row, names: readonly string[]) =>
  names.filter((n) => body[n] !== undefined && !Array.isArray(body[n])).map((n) => `${n} must be an array`);
