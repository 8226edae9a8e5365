/**
 * A location's custom fields as real, typed Zap inputs, and as named values in outputs.
 *
 * Inputs are keyed `cf_<field id>`: the id never changes, so a field renamed in GHL keeps its
 * mapping. Values are read with the same zod-backed builders as every other field, so a bad value
 * is refused by the field's label before any write is sent.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { AGENCY_LOCATION_KEY, isAgencyConnection, locationToken } from './agency';
import { fields, type FieldDef, type InputDefs, type ReadContext } from './fields';
import { encodePathParam, ghlRequest } from './http';

export type CustomFieldModel = 'contact' | 'opportunity';

/** One custom field as GET /locations/{locationId}/customFields describes it. */
export interface GhlCustomField {
  id: string;
  name?: string;
  fieldKey?: string;
  dataType?: string;
  placeholder?: string;
  picklistOptions?: string[];
  model?: string;
}

/** GHL's custom field value in a request body. */
export interface CustomFieldValue {
  id?: string;
  key?: string;
  field_value: unknown;
}

export const CUSTOM_FIELD_PREFIX = 'cf_';
export const CUSTOM_FIELDS_SCOPE = 'locations/customFields.readonly';

/** One lookup per invocation: the answers of this bundle, per model. */
const CUSTOM_FIELDS_TTL_SECONDS = 3600;

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

const lookups = new WeakMap<object, Map<string, Promise<GhlCustomField[]>>>();

/** The location the invocation works in: the agency dropdown's choice, else the connection's. */
const locationOf = (bundle: Bundle): string | undefined => {
  if (isAgencyConnection(bundle)) {
    const chosen = (bundle.inputData as Record<string, unknown> | undefined)?.[AGENCY_LOCATION_KEY];
    return typeof chosen === 'string' && chosen.trim() ? chosen.trim() : undefined;
  }
  return bundle.authData?.locationId || undefined;
};

/**
 * The location's custom fields of `model`, fetched at most once per invocation (bundle).
 * Rejects when GHL cannot be asked; callers decide whether that matters.
 */
export const loadCustomFields = (z: ZObject, bundle: Bundle, model: CustomFieldModel): Promise<GhlCustomField[]> => {
  let perModel = lookups.get(bundle);
  if (!perModel) lookups.set(bundle, (perModel = new Map()));
  let pending = perModel.get(model);
  if (!pending) {
    pending = (async () => {
      const locationId = locationOf(bundle);
      if (!locationId) return [];
      // Across invocations Zapier's cache keeps the list for an hour, so a poll that names custom
      // fields stays at one request (z.cache needs Zapier's runtime; elsewhere it is skipped).
      const cacheKey = `ghl-custom-fields:${locationId}:${model}`;
      const cached = await cacheGet(z, cacheKey);
      if (Array.isArray(cached)) return cached as GhlCustomField[];
      const token = await locationToken(z, bundle, locationId);
      const res = await ghlRequest<{ customFields?: GhlCustomField[] }>(z, {
        method: 'GET',
        path: `/locations/${encodePathParam(locationId)}/customFields`,
        query: { model },
        ghl: {
          action: `reading the ${model} custom fields`,
          target: `Location '${locationId}'`,
          scopes: [CUSTOM_FIELDS_SCOPE],
          ...(token ? { token } : {}),
        },
      });
      const list = Array.isArray(res.data?.customFields) ? res.data.customFields : [];
      // model=contact may also list fields of other models on some accounts; keep the asked one.
      const kept = list.filter((f) => f && typeof f.id === 'string' && (!f.model || f.model === model));
      await cacheSet(z, cacheKey, kept, CUSTOM_FIELDS_TTL_SECONDS);
      return kept;
    })();
    perModel.set(model, pending);
  }
  return pending;
};

const optionsOf = (field: GhlCustomField) =>
  (Array.isArray(field.picklistOptions) ? field.picklistOptions : []).filter((o): o is string => typeof o === 'string' && o !== '');

/** Several of a fixed set of options; any capitalisation of an option is accepted. */
const multiChoice = (label: string, options: string[], helpText: string): FieldDef<string[]> => {
  const base = fields.list(label, { helpText });
  return {
    props: { ...base.props, choices: Object.fromEntries(options.map((o) => [o, o])) },
    schema: (ctx: ReadContext) =>
      base.schema(ctx).transform((values: string[] | undefined, c) => {
        if (values === undefined) return undefined;
        return values.map((v) => {
          const found = options.find((o) => o.toLowerCase() === v.toLowerCase());
          if (found === undefined) c.addIssue({ code: 'custom', message: `has "${v}", which is not one of: ${options.join(', ')}` });
          return found ?? v;
        });
      }),
  };
};

/** Data types with no typed input here (files, signatures, text box lists): the Custom Fields dict still takes them. */
const UNSUPPORTED = new Set(['FILE_UPLOAD', 'SIGNATURE', 'TEXTBOX_LIST']);

/**
 * The field builder for one custom field, by GHL data type. Dates are sent as YYYY-MM-DD in the
 * Zap's time zone (INFERRED: GHL's spec types every custom value as a string and documents no date
 * format; its UI and exports use YYYY-MM-DD for DATE fields).
 */
export const customFieldDef = (field: GhlCustomField): FieldDef | undefined => {
  const type = String(field.dataType ?? 'TEXT').toUpperCase();
  if (UNSUPPORTED.has(type)) return undefined;
  const label = field.name?.trim() || field.fieldKey || field.id;
  const helpText = `Custom field${field.fieldKey ? ` \`${field.fieldKey}\`` : ''}${field.placeholder ? `: ${field.placeholder}` : ''}.`;
  const options = optionsOf(field);
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
        ? fields.choice(label, Object.fromEntries(options.map((o) => [o, o])), { helpText })
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

/** Input key of a custom field. */
export const customFieldKey = (id: string) => `${CUSTOM_FIELD_PREFIX}${id}`;

/** Field declarations of a location's custom fields, keyed `cf_<id>`. */
export const customFieldDefs = (list: GhlCustomField[]): InputDefs =>
  Object.fromEntries(
    list.flatMap((f) => {
      const def = customFieldDef(f);
      return def ? [[customFieldKey(f.id), def] as const] : [];
    }),
  );

/**
 * A dynamic inputFields function: the location's custom fields of `model` as typed inputs. A
 * location whose fields cannot be read (e.g. a token without the custom fields scope) shows none,
 * and the free-form Custom Fields input still works.
 */
export const customFieldInputs =
  (model: CustomFieldModel) =>
  async (z: ZObject, bundle: Bundle): Promise<unknown[]> => {
    let list: GhlCustomField[];
    try {
      list = await loadCustomFields(z, bundle, model);
    } catch (err) {
      z.console.log(`Custom fields of the ${model}s could not be read: ${(err as Error).message}`);
      return [];
    }
    return Object.entries(customFieldDefs(list)).map(([key, def]) => ({ key, ...def.props }));
  };

/** The `cf_*` keys of raw input that carry a value. */
export const givenCustomFieldKeys = (raw: Record<string, unknown> | undefined): string[] =>
  Object.entries(raw ?? {})
    .filter(([k]) => k.startsWith(CUSTOM_FIELD_PREFIX) && k.length > CUSTOM_FIELD_PREFIX.length)
    .filter(([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && !v.length))
    .map(([k]) => k);

/**
 * GHL's `customFields` body entries from parsed `cf_*` values: numbers as numbers, several
 * options as an array, dates as YYYY-MM-DD, checkboxes as the list of ticked options.
 */
export const customFieldBody = (values: Record<string, unknown>): CustomFieldValue[] =>
  Object.entries(values)
    .filter(([k, v]) => k.startsWith(CUSTOM_FIELD_PREFIX) && v !== undefined)
    .map(([k, v]) => ({ id: k.slice(CUSTOM_FIELD_PREFIX.length), field_value: v }));

/** Adds the typed entries to a body's `customFields` array; a typed value replaces a free-form one of the same id. */
export const mergeCustomFields = (body: unknown, typed: CustomFieldValue[]): unknown => {
  if (!typed.length || !body || typeof body !== 'object' || Array.isArray(body)) return body;
  const record = body as Record<string, unknown>;
  const existing = Array.isArray(record.customFields) ? (record.customFields as CustomFieldValue[]) : [];
  const ids = new Set(typed.map((t) => t.id));
  return { ...record, customFields: [...existing.filter((e) => !e || !ids.has(e.id)), ...typed] };
};

/**
 * Every key GHL keeps a custom field value under. Contacts use `value`; opportunities use
 * `fieldValue` or a typed key: `fieldValueString`, `fieldValueNumber`, `fieldValueArray`, and for
 * dates `fieldValueDate` in epoch milliseconds (field-notes: "read fieldValueDate").
 */
const VALUE_KEYS = [
  'value',
  'fieldValue',
  'field_value',
  'fieldValueString',
  'fieldValueNumber',
  'fieldValueArray',
  'fieldValueDate',
  'fieldValueBoolean',
];

/** A DATE value as an ISO 8601 date (YYYY-MM-DD): GHL stores dates as UTC midnight, epoch ms. */
const isoDate = (value: unknown): unknown => {
  const ms =
    typeof value === 'number' || (typeof value === 'string' && /^\d{9,14}$/.test(value.trim()))
      ? Number(value)
      : typeof value === 'string'
        ? Date.parse(value)
        : NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : value;
};

/** The value of one entry, read from whichever key GHL used; dates as ISO 8601 dates. */
const valueOf = (entry: Record<string, unknown>, field?: GhlCustomField) => {
  const key = VALUE_KEYS.find((k) => entry[k] !== undefined && entry[k] !== null);
  if (!key) return undefined;
  const value = entry[key];
  const isDate = key === 'fieldValueDate' || String(field?.dataType ?? '').toUpperCase() === 'DATE';
  return isDate ? isoDate(value) : value;
};

/** A record's custom field entries: `customFields`, or `custom_fields` as the search guide shows. */
const entriesOf = (record: Record<string, unknown>): unknown[] => {
  const values = record.customFields ?? record.custom_fields;
  return Array.isArray(values) ? values : [];
};

/** Output keys by field name; two fields of the same name are told apart by their key. */
const namesById = (list: GhlCustomField[]) => {
  const seen = new Set<string>();
  const names = new Map<string, string>();
  for (const f of list) {
    let name = f.name?.trim() || f.fieldKey || f.id;
    if (seen.has(name)) name = `${name} (${f.fieldKey || f.id})`;
    seen.add(name);
    names.set(f.id, name);
  }
  return names;
};

/** Adds `customFieldsByName: { "Favorite Color": "Blue" }` next to a record's `customFields` array. */
export const nameCustomFields = <T extends Record<string, unknown>>(record: T, list: GhlCustomField[]): T => {
  const values = entriesOf(record);
  if (!values.length) return record;
  const names = namesById(list);
  const byId = new Map(list.map((f) => [f.id, f]));
  const byName: Record<string, unknown> = {};
  for (const entry of values) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    const name = names.get(String(e.id));
    if (name !== undefined) byName[name] = valueOf(e, byId.get(String(e.id)));
  }
  return Object.keys(byName).length ? { ...record, customFieldsByName: byName } : record;
};

/** Whether a record (or a search/trigger item) has custom field values worth naming. */
export const hasCustomFieldValues = (record: unknown) =>
  Boolean(record && typeof record === 'object' && entriesOf(record as Record<string, unknown>).length);

/** Output fields for the named values, so the Zap editor lists each custom field by its name. */
export const customFieldOutputs =
  (model: CustomFieldModel) =>
  async (z: ZObject, bundle: Bundle): Promise<unknown[]> => {
    try {
      const names = namesById(await loadCustomFields(z, bundle, model));
      return [...names.values()].map((name) => ({ key: `customFieldsByName__${name}`, label: `${name} (custom field)` }));
    } catch {
      return [];
    }
  };
