/**
 * A location's custom fields as real, typed Zap inputs, and as named values in outputs.
 *
 * Inputs are keyed `cf_<field id>`: the id never changes, so a field renamed in GHL keeps its
 * mapping. Values are read with the same zod-backed builders as every other field, so a bad value
 * is refused by the field's label before any write is sent.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import type { FieldDef, InputDefs } from './fields';
import { encodePathParam, ghlRequest } from './http';
import {
  TYPED_FIELD_PREFIX,
  givenTypedKeys,
  inputFieldsOf,
  isoDate,
  lookupOnce,
  typedFieldDef,
  typedFieldDefs,
  typedFieldKey,
  uniqueNames,
  type TypedField,
} from './typed-fields';

export { cacheGet, cacheSet } from './typed-fields';

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

export const CUSTOM_FIELD_PREFIX = TYPED_FIELD_PREFIX;
export const CUSTOM_FIELDS_SCOPE = 'locations/customFields.readonly';

const CUSTOM_FIELDS_TTL_SECONDS = 3600;

/**
 * The location's custom fields of `model`, fetched at most once per invocation (bundle) and kept
 * in z.cache for an hour. Rejects when GHL cannot be asked; callers decide whether that matters.
 */
export const loadCustomFields = (z: ZObject, bundle: Bundle, model: CustomFieldModel): Promise<GhlCustomField[]> =>
  lookupOnce(
    z,
    bundle,
    `custom-fields:${model}`,
    async (locationId, token) => {
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
      return list.filter((f) => f && typeof f.id === 'string' && (!f.model || f.model === model));
    },
    { ttlSeconds: CUSTOM_FIELDS_TTL_SECONDS, empty: [], valid: Array.isArray },
  );

/** A custom field in the shape every typed-field source shares (picklist options are their own labels). */
const asTyped = (f: GhlCustomField): TypedField => ({
  id: f.id,
  name: f.name,
  key: f.fieldKey,
  dataType: f.dataType,
  placeholder: f.placeholder,
  options: (Array.isArray(f.picklistOptions) ? f.picklistOptions : [])
    .filter((o) => typeof o === 'string')
    .map((o) => ({ value: o, label: o })),
});

/** The field builder for one custom field, by GHL data type (files and signatures have none). */
export const customFieldDef = (field: GhlCustomField): FieldDef | undefined => typedFieldDef(asTyped(field), 'Custom field');

/** Input key of a custom field. */
export const customFieldKey = typedFieldKey;

/** Field declarations of a location's custom fields, keyed `cf_<id>`. */
export const customFieldDefs = (list: GhlCustomField[]): InputDefs => typedFieldDefs(list, customFieldDef);

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
    return inputFieldsOf(customFieldDefs(list));
  };

/** The `cf_*` keys of raw input that carry a value. */
export const givenCustomFieldKeys = givenTypedKeys;

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
const namesById = (list: GhlCustomField[]) => uniqueNames(list.map(asTyped));

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
