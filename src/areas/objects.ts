/**
 * Custom objects: the object dropdown, an object's schema (its fields), those fields as typed
 * inputs (`cf_<field id>`, through the shared typed-fields piece, like contact custom fields) and
 * as labelled outputs, the records search, and the record output every operation (and later the
 * RecordCreate/RecordUpdate webhooks) shares: `recordOutput(raw, schema)`.
 *
 * What the spec leaves open, and what public evidence says (not yet in the shared field notes):
 * - Property values are keyed by the field's key without its `custom_objects.<object>.` prefix:
 *   the spec's record example (`customer_number`, `money: {currency, value}`, `recieved_on:
 *   "2024-07-11"`, `my_files: [{url}]`, `my_textbox_list.option_a`), while a field's `fieldKey`
 *   carries the prefix (the spec says `custom_object.` in one place and `custom_objects.` in
 *   another): the prefix is cut whichever it is.
 * - The create and update bodies are empty schemas in the spec; public clients
 *   (mastanley13/GoHighLevel-MCP `src/types/ghl-types.ts`, PipedreamHQ/pipedream highlevel_oauth
 *   create-record) send `{locationId, properties, owner, followers}`.
 * - The search body in the spec has `locationId, page, pageLimit, query, searchAfter`; GHL's
 *   records-search guide (public copy: scott7414/ghl-growth-tools-zapier custom-objects/search.md,
 *   commit 8689a1a) adds `sort: [{field: "updatedAt", direction}]` and documents `searchAfter` as an
 *   optional cursor. Unverified live: the app also orders each answer itself, newest first.
 * - `query` searches the object's searchable properties as `field:value` (the spec's example is
 *   `name:Buddy`); it is a text search, so the app keeps only exact matches itself.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';
import { parseOrRefuse, type OperationContext } from '../define';
import { fields, type FieldDef, type InputDefs } from '../fields';
import { encodePathParam, ghlRequest } from '../http';
import {
  givenTypedKeys,
  inputFieldsOf,
  isoDate,
  lookupOnce,
  readTypedValues,
  typedFieldDef,
  typedFieldDefs,
  uniqueNames,
} from '../typed-fields';

export const OBJECT_SCHEMA_SCOPE = 'objects/schema.readonly';

/** A field of an object as GET /objects/{key}?fetchProperties=true lists it (the spec's ICustomField). */
export interface ObjectField {
  id: string;
  name?: string;
  fieldKey?: string;
  dataType?: string;
  placeholder?: string;
  description?: string;
  options?: { key?: string; label?: string }[];
}

/** What the app keeps of an object's schema. */
export interface ObjectSchema {
  key: string;
  labels?: { singular?: string; plural?: string };
  primaryDisplayProperty?: string;
  /** Not in the spec's answer schema, but in GHL's object webhooks and update body; read when present. */
  searchableProperties?: string[];
  fields: ObjectField[];
}

// ---- Inputs ---------------------------------------------------------------------------------------

/** The object dropdown: the location's custom objects. Its fields reload when it changes. */
export const objectField = (more = '') =>
  fields.id('Object', {
    required: true,
    dynamic: 'list_custom_objects.key.name',
    altersDynamicFields: true,
    helpText: `Choose a custom object of the location, or map its key (e.g. \`custom_objects.pets\`).${more ? ` ${more}` : ''}`,
  });

/** The record dropdown of the chosen object (newest first, "load more" for older ones). */
export const recordField = (helpText: string) =>
  fields.id('Record', { required: true, dynamic: 'new_object_record.id.name', search: 'find_object_record.id', helpText });

export const ownerFields = {
  owner: fields.user({ label: 'Owner', helpText: 'The user who owns the record (an object record has one owner).' }),
  followers: fields.users({ label: 'Followers', helpText: 'Users who follow the record (at most 10).' }),
};

/** The owner and followers in GHL's body form (both lists); nothing when neither is given. */
export const ownerBody = ({ owner, followers }: { owner?: string; followers?: string[] }) => ({
  ...(owner ? { owner: [owner] } : {}),
  ...(followers ? { followers } : {}),
});

// ---- The schema -------------------------------------------------------------------------------------

const SCHEMA_TTL_SECONDS = 3600;

/** The property key of a field: its `fieldKey` without `custom_objects.<object>.` (or `custom_object.`). */
export const propertyKey = (fieldKey: string | undefined, objectKey: string): string => {
  const key = String(fieldKey ?? '');
  if (key.startsWith(`${objectKey}.`)) return key.slice(objectKey.length + 1);
  const singular = objectKey.replace(/^custom_objects\./, 'custom_object.');
  if (key.startsWith(`${singular}.`)) return key.slice(singular.length + 1);
  return key.split('.').pop() ?? key;
};

/** The object key an input gives: trimmed, as the dropdown offers it. */
const objectKeyOf = (bundle: Bundle): string | undefined => {
  const v = (bundle.inputData as Record<string, unknown> | undefined)?.objectKey;
  return typeof v === 'string' && v.trim() && v.trim() !== '.' && v.trim() !== '..' ? v.trim() : undefined;
};

/**
 * The object's schema with its fields (GET /objects/{key}?fetchProperties=true), looked up once per
 * invocation and kept in z.cache for an hour. Rejects when GHL cannot be asked.
 */
export const loadObjectSchema = (z: ZObject, bundle: Bundle, objectKey: string): Promise<ObjectSchema> =>
  lookupOnce(
    z,
    bundle,
    `object-schema:${objectKey}`,
    async (locationId, token) => {
      const res = await ghlRequest<{ object?: Record<string, any>; fields?: ObjectField[] }>(z, {
        method: 'GET',
        path: `/objects/${encodePathParam(objectKey)}`,
        query: { locationId, fetchProperties: 'true' },
        ghl: {
          action: "reading the object's fields",
          target: `Object '${objectKey}'`,
          scopes: [OBJECT_SCHEMA_SCOPE],
          ...(token ? { token } : {}),
        },
      });
      const object = res.data?.object ?? {};
      const list = Array.isArray(res.data?.fields) ? res.data.fields : [];
      return {
        key: typeof object.key === 'string' ? object.key : objectKey,
        ...(object.labels ? { labels: object.labels } : {}),
        ...(object.primaryDisplayProperty ? { primaryDisplayProperty: object.primaryDisplayProperty } : {}),
        ...(Array.isArray(object.searchableProperties) ? { searchableProperties: object.searchableProperties } : {}),
        fields: list.filter((f) => f && typeof f.id === 'string'),
      };
    },
    { ttlSeconds: SCHEMA_TTL_SECONDS, empty: { key: objectKey, fields: [] }, valid: (v) => Array.isArray((v as ObjectSchema)?.fields) },
  );

/** The schema, or undefined (logged) when it cannot be read: names in outputs are a convenience. */
export const schemaIfReadable = async (ctx: OperationContext<{ objectKey?: string }>): Promise<ObjectSchema | undefined> => {
  const key = ctx.input.objectKey;
  if (!key) return undefined;
  try {
    return await loadObjectSchema(ctx.z, ctx.bundle, key);
  } catch (err) {
    ctx.z.console.log(`The fields of ${key} could not be read; records are returned without names: ${(err as Error).message}`);
    return undefined;
  }
};

const typeOf = (f: ObjectField) => String(f.dataType ?? 'TEXT').toUpperCase();

/** Public URLs of files, for FILE_UPLOAD fields (sent as `[{url}]`, the spec's record example). */
const fileUrls = (label: string, helpText: string): FieldDef<string[]> => {
  const base = fields.list(label, { helpText: `${helpText} Public URLs of the files, one per line.` });
  return {
    props: base.props,
    schema: (ctx) =>
      base.schema(ctx).superRefine((urls: string[] | undefined, c) => {
        for (const url of urls ?? [])
          if (!zod.string().url().safeParse(url).success) c.addIssue({ code: 'custom', message: `has "${url}", which is not a full URL` });
      }),
  };
};

/** The typed input of one object field (text box lists have none: map them in GHL). */
const objectFieldDef = (f: ObjectField, schema: ObjectSchema): FieldDef | undefined => {
  const key = propertyKey(f.fieldKey, schema.key);
  const options = (Array.isArray(f.options) ? f.options : [])
    .filter((o) => o && typeof o.key === 'string')
    .map((o) => ({ value: String(o.key), label: String(o.label ?? o.key) }));
  const placeholder = f.placeholder || f.description;
  const typed = { id: f.id, name: f.name, key, dataType: f.dataType, placeholder, options };
  if (typeOf(f) === 'FILE_UPLOAD') return fileUrls(f.name?.trim() || key, `Field \`${key}\`${placeholder ? `: ${placeholder}` : ''}.`);
  return typedFieldDef(typed, 'Field');
};

export const objectFieldDefs = (schema: ObjectSchema): InputDefs => typedFieldDefs(schema.fields, (f) => objectFieldDef(f, schema));

/**
 * A dynamic inputFields function: the chosen object's fields as typed inputs. An object whose
 * fields cannot be read shows none (and says why in the log).
 */
export const objectFieldInputs = async (z: ZObject, bundle: Bundle): Promise<unknown[]> => {
  const key = objectKeyOf(bundle);
  if (!key) return [];
  try {
    return inputFieldsOf(objectFieldDefs(await loadObjectSchema(z, bundle, key)));
  } catch (err) {
    z.console.log(`The fields of ${key} could not be read: ${(err as Error).message}`);
    return [];
  }
};

/** A value in GHL's property form: money as `{currency, value}`, files as `[{url}]`. */
const propertyValue = (f: ObjectField, value: unknown): unknown => {
  switch (typeOf(f)) {
    case 'MONETORY':
    case 'MONETARY':
      // INFERRED: the spec's only example is {currency: "default", value}; "default" is the location's currency.
      return { currency: 'default', value };
    case 'FILE_UPLOAD':
      return (value as string[]).map((url) => ({ url }));
    default:
      return value;
  }
};

/**
 * The typed field inputs as GHL's `properties`, validated before anything is sent: a wrong value
 * stops the step naming the field. Needs the schema (the input names a field by id, the body by
 * key), so a field the object no longer has is refused too. `match` adds a value for a field by
 * key unless an input gives it (read with that field's type). Nothing is looked up, and no
 * properties returned, when no field is given.
 */
export const propertiesFromInput = async (
  ctx: OperationContext<{ objectKey?: string }>,
  label: string,
  match?: { field: string; value: string },
): Promise<{ properties?: Record<string, unknown>; schema?: ObjectSchema }> => {
  const raw = { ...((ctx.bundle.inputData ?? {}) as Record<string, unknown>) };
  const key = ctx.input.objectKey;
  if (!key || (!givenTypedKeys(raw).length && !match)) return {};
  const schema = await loadObjectSchema(ctx.z, ctx.bundle, key);
  const matched = match && schema.fields.find((f) => propertyKey(f.fieldKey, schema.key) === match.field);
  if (matched && !givenTypedKeys(raw).includes(`cf_${matched.id}`)) raw[`cf_${matched.id}`] = match?.value;
  const { known, unknown } = readTypedValues(raw, objectFieldDefs(schema), (defs, values) => parseOrRefuse(ctx, label, defs, values));
  const gone = Object.keys(unknown);
  if (gone.length) {
    throw new ctx.z.errors.Error(
      `${label}: ${key} has no field ${gone.map((id) => `"cf_${id}"`).join(', ')} (deleted, or a text box list, which has no input here). Remove it from the step or choose the field again.`,
      'InvalidInput',
      400,
    );
  }
  const byId = new Map(schema.fields.map((f) => [f.id, f]));
  const properties: Record<string, unknown> = match && !matched ? { [match.field]: match.value } : {};
  for (const [id, value] of Object.entries(known)) {
    const f = byId.get(id) as ObjectField;
    properties[propertyKey(f.fieldKey, schema.key)] = propertyValue(f, value);
  }
  return { properties, schema };
};

// ---- Searching --------------------------------------------------------------------------------------

/** Data types a search field can be (text that GHL's `field:value` query and an exact match read). */
const SEARCHABLE_TYPES = new Set(['TEXT', 'LARGE_TEXT', 'NUMERICAL', 'PHONE', 'EMAIL', 'SINGLE_OPTIONS', 'RADIO']);

/**
 * The fields a record can be found by: the object's searchable properties when the schema says
 * which (GHL's search reads only those), else every text-like field (the search then may find none).
 */
const searchFieldChoices = (schema: ObjectSchema): Record<string, string> => {
  const searchable = new Set((schema.searchableProperties ?? []).map((p) => propertyKey(p, schema.key)));
  const names = uniqueNames(schema.fields.map((f) => ({ id: f.id, name: f.name, key: propertyKey(f.fieldKey, schema.key) })));
  return Object.fromEntries(
    schema.fields
      .map((f) => [propertyKey(f.fieldKey, schema.key), f] as const)
      .filter(([key, f]) => (searchable.size ? searchable.has(key) : SEARCHABLE_TYPES.has(typeOf(f))))
      .map(([key, f]) => [key, names.get(f.id) ?? key]),
  );
};

const SEARCH_HELP =
  "GHL searches the object's searchable fields (set in the object's settings) for the value; only records whose field equals it exactly (ignoring case and surrounding spaces) count.";

/** The match inputs: a dropdown of the object's searchable fields, and the value. */
export const searchFieldDefs = (choices: Record<string, string>) => ({
  searchField: Object.keys(choices).length
    ? fields.choice('Search Field', choices, { required: true, helpText: `The field to match. ${SEARCH_HELP}` })
    : fields.string('Search Field', {
        required: true,
        helpText: `The key of the field to match, e.g. \`plan_name\`. ${SEARCH_HELP}`,
      }),
  searchValue: fields.string('Search Value', { required: true, helpText: 'The value the field must have, e.g. Smith Family.' }),
});

/** A dynamic inputFields function: Search Field (from the object's schema) and Search Value. */
export const searchFieldInputs = async (z: ZObject, bundle: Bundle): Promise<unknown[]> => {
  const key = objectKeyOf(bundle);
  let choices: Record<string, string> = {};
  if (key) {
    try {
      choices = searchFieldChoices(await loadObjectSchema(z, bundle, key));
    } catch (err) {
      z.console.log(`The fields of ${key} could not be read: ${(err as Error).message}`);
    }
  }
  return inputFieldsOf(searchFieldDefs(choices));
};

/** The search inputs of this invocation, validated like declared inputs (a plain text field when run). */
export const readSearchInputs = (ctx: OperationContext<unknown>, label: string) =>
  parseOrRefuse(ctx, label, searchFieldDefs({}), {
    searchField: ctx.bundle.inputData?.searchField,
    searchValue: ctx.bundle.inputData?.searchValue,
  }) as { searchField: string; searchValue: string };

/** POST /objects/{key}/records/search, a read. `sortBy` orders newest first (the guide's sort). */
export const searchRecords = async (
  ctx: OperationContext<{ objectKey?: string }>,
  {
    query = '',
    page = 1,
    sortBy,
    notFoundIsEmpty = false,
  }: { query?: string; page?: number; sortBy?: 'createdAt' | 'updatedAt'; notFoundIsEmpty?: boolean },
): Promise<Record<string, unknown>[]> => {
  const res = await ctx.request<{ records?: unknown[] }>({
    method: 'POST',
    path: ctx.path('/objects/{objectKey}/records/search'),
    body: {
      locationId: ctx.locationId(),
      page,
      pageLimit: 100,
      query,
      ...(sortBy ? { sort: [{ field: sortBy, direction: 'desc' }] } : {}),
    },
    // A POST that only reads: a server error is retried like any read. A search finds nothing on 404.
    ghl: { write: false, ...(notFoundIsEmpty ? { passThrough: [404] } : {}) },
  });
  if (res.status === 404) return [];
  const list = Array.isArray(res.data?.records) ? res.data.records : [];
  const records = list.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object');
  const time = (r: Record<string, unknown>) => Date.parse(String(r[sortBy ?? 'updatedAt'] ?? '')) || 0;
  return [...records].sort((a, b) => time(b) - time(a));
};

/** The records whose property equals the value (ignoring case and surrounding spaces), newest change first. */
export const exactMatches = (records: Record<string, unknown>[], field: string, value: string) => {
  const wanted = value.trim().toLowerCase();
  const equal = (v: unknown): boolean =>
    Array.isArray(v) ? v.some(equal) : v !== null && v !== undefined && typeof v !== 'object' && String(v).trim().toLowerCase() === wanted;
  return records.filter((r) => equal((r.properties as Record<string, unknown> | undefined)?.[field]));
};

// ---- Outputs ----------------------------------------------------------------------------------------

/** Properties as a map, from the API's object or a webhook's `[{key, valueString}]` list. */
const propertiesOf = (raw: unknown): Record<string, unknown> => {
  if (Array.isArray(raw))
    return Object.fromEntries(
      raw
        .filter((p): p is Record<string, unknown> => !!p && typeof p === 'object' && typeof (p as { key?: unknown }).key === 'string')
        .map((p) => [p.key as string, p.value ?? p.valueString ?? p.valueNumber ?? p.valueArray]),
    );
  return raw && typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : {};
};

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : []);

/**
 * A record as every object operation outputs it: id, object, owner, followers, dates, `name` (the
 * object's primary display property) and `properties` keyed by field key, with dates as ISO 8601
 * dates and files as their URLs. Reads the API's record and a RecordCreate/RecordUpdate webhook
 * body alike (`owners`, `timestamp`, properties as `[{key, valueString}]`).
 */
export const recordOutput = (raw: Record<string, unknown> | undefined, schema?: ObjectSchema): Record<string, unknown> => {
  const r = raw ?? {};
  const properties = propertiesOf(r.properties);
  const objectKey = (r.objectKey as string | undefined) ?? schema?.key;
  for (const f of schema?.fields ?? []) {
    const key = propertyKey(f.fieldKey, schema!.key);
    if (properties[key] === undefined || properties[key] === null) continue;
    if (typeOf(f) === 'DATE') properties[key] = isoDate(properties[key]);
    if (typeOf(f) === 'FILE_UPLOAD' && Array.isArray(properties[key]))
      properties[key] = (properties[key] as unknown[])
        .map((x) => (x && typeof x === 'object' ? (x as { url?: unknown }).url : x))
        .filter(Boolean);
  }
  const primary = schema?.primaryDisplayProperty ? properties[propertyKey(schema.primaryDisplayProperty, schema.key)] : undefined;
  const out: Record<string, unknown> = {
    id: String(r.id ?? ''),
    ...(objectKey ? { objectKey } : {}),
    ...(r.locationId ? { locationId: r.locationId } : {}),
    ...(primary !== undefined && primary !== null && primary !== '' ? { name: String(primary) } : {}),
    owner: list(r.owner ?? r.owners),
    followers: list(r.followers),
    createdAt: r.createdAt ?? r.dateAdded ?? r.timestamp,
    updatedAt: r.updatedAt ?? r.dateUpdated ?? r.timestamp,
    properties,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
};

/**
 * A dynamic outputFields function: each field of the chosen object labelled by its name
 * (`properties__plan_name` → "Plan Name"); money as its amount and currency; lists (the owner and
 * followers too) as lists.
 */
export const recordOutputFields = async (z: ZObject, bundle: Bundle): Promise<unknown[]> => {
  const key = objectKeyOf(bundle);
  if (!key) return [];
  let schema: ObjectSchema;
  try {
    schema = await loadObjectSchema(z, bundle, key);
  } catch {
    return [];
  }
  const names = uniqueNames(schema.fields.map((f) => ({ id: f.id, name: f.name, key: f.fieldKey })));
  // The user lists live here rather than in the sample, which every invocation copies.
  const people = [
    { key: 'owner', label: 'Owner', list: true, type: 'string' },
    { key: 'followers', label: 'Followers', list: true, type: 'string' },
  ];
  return [
    ...people,
    ...schema.fields.flatMap((f) => {
      const path = `properties__${propertyKey(f.fieldKey, schema.key)}`;
      const label = names.get(f.id) ?? path;
      switch (typeOf(f)) {
        case 'MONETORY':
        case 'MONETARY':
          return [
            { key: `${path}__value`, label, type: 'number' },
            { key: `${path}__currency`, label: `${label} Currency` },
          ];
        case 'NUMERICAL':
          return [{ key: path, label, type: 'number' }];
        case 'MULTIPLE_OPTIONS':
        case 'CHECKBOX':
        case 'FILE_UPLOAD':
          return [{ key: path, label, list: true, type: 'string' }];
        case 'TEXTBOX_LIST':
          return (f.options ?? []).filter((o) => o?.key).map((o) => ({ key: `${path}.${o.key}`, label: `${label}: ${o.label ?? o.key}` }));
        default:
          return [{ key: path, label }];
      }
    }),
  ];
};

/**
 * A record's output. Its lists `owner` and `followers` (user ids) are left out: each object of a
 * sample, and the list outputFields it would need, is copied on every invocation (BENCHMARKS.md).
 */
export const recordSample = {
  id: '67b0c3e5f1a2b3c4d5e6f701',
  objectKey: 'custom_objects.family_plans',
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'Smith Family',
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-02T09:10:00.000Z',
  properties: { plan_name: 'Smith Family', members: 4, renewal_date: '2027-01-31' },
};

// ---- Instant triggers ---------------------------------------------------------------------------------

/**
 * What the instant record triggers (RecordCreate, RecordUpdate) share. GHL's record webhook page
 * lists `id, locationId, owners, followers, properties [{key, valueString}], timestamp` and no
 * object key, so the relay cannot filter by object: each Zap gets the location's record events of
 * every object, and keeps one only when the record is of its object. A payload naming its object
 * (`objectKey`, `schemaKey`) is compared; otherwise the record is read from the chosen object
 * (GET /objects/{key}/records/{id}): a 404 means another object's record, and a found record gives
 * the typed properties the webhook's strings lack. Outputs are labelled from the object's schema.
 */
export const recordInstant = (sortBy: 'createdAt' | 'updatedAt', more: string) => {
  const withRecordId = (out: Record<string, unknown>) => ({ ...out, recordId: out.id });
  return {
    noun: 'Record',
    scopes: ['objects/record.readonly', OBJECT_SCHEMA_SCOPE],
    input: { objectKey: objectField(more) },
    dynamicOutput: recordOutputFields,
    output: async (data: Record<string, any>, _envelope: unknown, ctx: OperationContext<{ objectKey?: string }>) => {
      const key = ctx.input.objectKey ?? '';
      const named = data.objectKey ?? data.schemaKey;
      let record: Record<string, unknown> | undefined = data;
      if (typeof named === 'string' && named) {
        if (named !== key) return undefined;
      } else {
        const id = String(data.id ?? '');
        if (!id) return undefined;
        const res = await ctx.request<{ record?: Record<string, unknown> }>({
          method: 'GET',
          path: ctx.path('/objects/{objectKey}/records/{id}', { objectKey: key, id }),
          ghl: { passThrough: [404] },
        });
        if (res.status === 404 || !res.data?.record) return undefined;
        record = { ...res.data.record, locationId: data.locationId };
      }
      return withRecordId(recordOutput({ objectKey: key, ...record }, await schemaIfReadable(ctx)));
    },
    list: {
      endpoint: 'POST /objects/{objectKey}/records/search',
      perform: async (ctx: OperationContext<{ objectKey?: string }>) => {
        const records = await searchRecords(ctx, { sortBy });
        const schema = records.length ? await schemaIfReadable(ctx) : undefined;
        return records.map((r) => withRecordId(recordOutput(r, schema)));
      },
      result: (data: unknown) => data as Record<string, unknown>[],
    },
    sample: { ...recordSample, recordId: recordSample.id },
  };
};
