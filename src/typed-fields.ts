/**
 * Fields a location defines at run time (contact and opportunity custom fields, a custom object's
 * own fields) as typed Zap inputs and named outputs. One piece for every source: the source says
 * how its fields are listed and how values go into its body; this module turns a field list into
 * inputs keyed `cf_<field id>` (the id never changes, so a field renamed in GHL keeps its mapping),
 * validates the given values with the same zod-backed builders as every declared input (a bad
 * value is refused by the field's label before anything is written), looks the list up once per
 * invocation (and keeps it in z.cache), and names values for outputs.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { AGENCY_LOCATION_KEY, isAgencyConnection, locationToken } from './agency';
import { fields, type FieldDef, type InputDefs, type ReadContext } from './fields';

/** A field as every source describes it, whatever GHL calls its parts there. */
export interface TypedField {
  id: string;
  /** The field's name in GHL (the input's label). */
  name?: string;
  /** GHL's key of the field, shown in help text. */
  key?: string;
  dataType?: string;
  placeholder?: string;
  /** Options of choice fields: the value sent, and the label shown. */
  options?: { value: string; label: string }[];
}

export const TYPED_FIELD_PREFIX = 'cf_';

/** Input key of a field. */
export const typedFieldKey = (id: string) => `${TYPED_FIELD_PREFIX}${id}`;

// ---- Lookups: one per invocation, z.cache across invocations -----------------------------------

/** z.cache, when this runtime has one; a cache that cannot be reached is no error. */
export const cacheGet = async (z: ZObject, key: string, scope?: string[]): Promise<unknown> => {
  try {
    const cache = (z as { cache?: unknown }).cache as { get: (k: string, scope?: string[]) => Promise<unknown> } | undefined;
    return await cache?.get(key, scope);
  } catch {
    return undefined;
  }
};
export const cacheSet = async (z: ZObject, key: string, value: unknown, ttl: number, scope?: string[]) => {
  try {
    await (z as { cache?: ZObject['cache'] }).cache?.set(key, value, ttl, scope);
  } catch {
    // no cache here
  }
};

/** The location the invocation works in: the agency dropdown's choice, else the connection's. */
export const locationOf = (bundle: Bundle): string | undefined => {
  if (isAgencyConnection(bundle)) {
    const chosen = (bundle.inputData as Record<string, unknown> | undefined)?.[AGENCY_LOCATION_KEY];
    return typeof chosen === 'string' && chosen.trim() ? chosen.trim() : undefined;
  }
  return bundle.authData?.locationId || undefined;
};

const lookups = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * A location's field list (or any fact about it) named `name`: fetched at most once per invocation
 * (bundle) and kept in z.cache for `ttlSeconds`, so a poll that names values stays at one request.
 * `load` gets the location and, on agency connections, its token. Resolves `empty` when the
 * invocation has no location; rejects when GHL cannot be asked (callers decide whether that matters).
 */
export const lookupOnce = <T>(
  z: ZObject,
  bundle: Bundle,
  name: string,
  load: (locationId: string, token: string | undefined) => Promise<T>,
  opts: { ttlSeconds: number; empty: T; valid: (cached: unknown) => boolean },
): Promise<T> => {
  let mine = lookups.get(bundle);
  if (!mine) lookups.set(bundle, (mine = new Map()));
  let pending = mine.get(name) as Promise<T> | undefined;
  if (!pending) {
    pending = (async () => {
      const locationId = locationOf(bundle);
      if (!locationId) return opts.empty;
      const cacheKey = `ghl-${name}:${locationId}`;
      const cached = await cacheGet(z, cacheKey);
      if (opts.valid(cached)) return cached as T;
      const value = await load(locationId, await locationToken(z, bundle, locationId));
      await cacheSet(z, cacheKey, value, opts.ttlSeconds);
      return value;
    })();
    mine.set(name, pending);
  }
  return pending;
};

// ---- Inputs ---------------------------------------------------------------------------------------

/** Several of a fixed set of options; a value or a label, in any capitalisation, is accepted. */
const multiChoice = (label: string, options: { value: string; label: string }[], helpText: string): FieldDef<string[]> => {
  const base = fields.list(label, { helpText });
  const values = options.map((o) => o.value);
  return {
    props: { ...base.props, choices: Object.fromEntries(options.map((o) => [o.value, o.label])) },
    schema: (ctx: ReadContext) =>
      base.schema(ctx).transform((given: string[] | undefined, c) => {
        if (given === undefined) return undefined;
        return given.map((v) => {
          const found = options.find((o) => o.value.toLowerCase() === v.toLowerCase() || o.label.toLowerCase() === v.toLowerCase());
          if (found === undefined) c.addIssue({ code: 'custom', message: `has "${v}", which is not one of: ${values.join(', ')}` });
          return found?.value ?? v;
        });
      }),
  };
};

/** Data types with no typed input here (files, signatures, text box lists). */
const UNSUPPORTED = new Set(['FILE_UPLOAD', 'SIGNATURE', 'TEXTBOX_LIST']);

/**
 * The field builder for one field, by GHL data type; undefined for types with no typed input.
 * `about` starts the help text ("Custom field", "Field of Family Plans"). Dates are YYYY-MM-DD in
 * the Zap's time zone (INFERRED: GHL's specs type these values as strings and document no date
 * format; its UI, exports and the object record example use YYYY-MM-DD).
 */
export const typedFieldDef = (field: TypedField, about: string): FieldDef | undefined => {
  const type = String(field.dataType ?? 'TEXT').toUpperCase();
  if (UNSUPPORTED.has(type)) return undefined;
  const label = field.name?.trim() || field.key || field.id;
  const helpText = `${about}${field.key ? ` \`${field.key}\`` : ''}${field.placeholder ? `: ${field.placeholder}` : ''}.`;
  const options = (field.options ?? []).filter((o) => o && typeof o.value === 'string' && o.value !== '');
  switch (type) {
    case 'NUMERICAL':
    case 'MONETORY': // sic: GHL's spelling
    case 'MONETARY':
      return fields.number(label, { helpText });
    case 'DATE':
      return fields.datetime(label, { as: 'dateOnly', helpText: `${helpText} A date, e.g. 2026-03-01.` });
    case 'SINGLE_OPTIONS':
    case 'RADIO':
      return options.length
        ? fields.choice(label, Object.fromEntries(options.map((o) => [o.value, o.label])), { helpText })
        : fields.string(label, { helpText });
    case 'MULTIPLE_OPTIONS':
    case 'CHECKBOX':
      return options.length ? multiChoice(label, options, helpText) : fields.list(label, { helpText });
    case 'LARGE_TEXT':
      return fields.text(label, { helpText });
    case 'EMAIL':
      return fields.email(label, { helpText });
    default:
      return fields.string(label, { helpText });
  }
};

/** Field declarations of a list, keyed `cf_<id>`, by the source's builder (usually `typedFieldDef`). */
export const typedFieldDefs = <F extends { id: string }>(list: F[], def: (f: F) => FieldDef | undefined): InputDefs =>
  Object.fromEntries(
    list.flatMap((f) => {
      const d = def(f);
      return d ? [[typedFieldKey(f.id), d] as const] : [];
    }),
  );

/** Zapier input fields of declarations. */
export const inputFieldsOf = (defs: InputDefs): unknown[] => Object.entries(defs).map(([key, d]) => ({ key, ...d.props }));

/** The `cf_*` keys of raw input that carry a value. */
export const givenTypedKeys = (raw: Record<string, unknown> | undefined): string[] =>
  Object.entries(raw ?? {})
    .filter(([k]) => k.startsWith(TYPED_FIELD_PREFIX) && k.length > TYPED_FIELD_PREFIX.length)
    .filter(([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && !v.length))
    .map(([k]) => k);

/**
 * The given `cf_*` values: those of known fields parsed by `parse` (which throws naming the field),
 * the others (a field the lookup no longer knows) as given, trimmed. Keyed by field id.
 */
export const readTypedValues = (
  raw: Record<string, unknown>,
  defs: InputDefs,
  parse: (defs: InputDefs, values: Record<string, unknown>) => Record<string, unknown>,
): { known: Record<string, unknown>; unknown: Record<string, unknown> } => {
  const given = givenTypedKeys(raw);
  const knownKeys = given.filter((k) => defs[k]);
  const parsed = parse(Object.fromEntries(knownKeys.map((k) => [k, defs[k]])), Object.fromEntries(knownKeys.map((k) => [k, raw[k]])));
  const byId = (entries: [string, unknown][]) =>
    Object.fromEntries(entries.filter(([, v]) => v !== undefined).map(([k, v]) => [k.slice(TYPED_FIELD_PREFIX.length), v]));
  return {
    known: byId(Object.entries(parsed)),
    unknown: byId(given.filter((k) => !defs[k]).map((k) => [k, typeof raw[k] === 'string' ? (raw[k] as string).trim() : raw[k]])),
  };
};

// ---- Outputs --------------------------------------------------------------------------------------

/** Output names by field id; two fields of the same name are told apart by their key. */
export const uniqueNames = (list: TypedField[]): Map<string, string> => {
  const seen = new Set<string>();
  const names = new Map<string, string>();
  for (const f of list) {
    let name = f.name?.trim() || f.key || f.id;
    if (seen.has(name)) name = `${name} (${f.key || f.id})`;
    seen.add(name);
    names.set(f.id, name);
  }
  return names;
};

/** A DATE value as an ISO 8601 date (YYYY-MM-DD): GHL stores dates as UTC midnight, epoch ms. */
export const isoDate = (value: unknown): unknown => {
  const ms =
    typeof value === 'number' || (typeof value === 'string' && /^\d{9,14}$/.test(value.trim()))
      ? Number(value)
      : typeof value === 'string'
        ? Date.parse(value)
        : NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : value;
};
