/**
 * Objects and their records (objects.json): the location's objects, an object's schema with its
 * fields, and records of custom objects: search, create, read, update, delete. Property values are
 * checked against the object's fields, one 422 naming every property that is wrong.
 */
import { notFound, unprocessable } from '../lib/errors';
import type { Router } from '../lib/router';
import type { Row, State } from '../lib/types';
import { clone, intParam, lower, nowIso, requireFields, sortBy } from '../lib/util';

const schemaOr404 = (state: State, locationId: string | undefined, key: string) => {
  const found = state.objectSchemas.find((o) => o.locationId === locationId && (o.key === key || o.id === key));
  if (!found) throw notFound(`Object schema with key ${key} not found`);
  return found;
};

/** A custom object's schema: records are only kept for custom objects here. */
const customOr404 = (state: State, locationId: string | undefined, key: string) => {
  const schema = schemaOr404(state, locationId, key);
  if (schema.standard) throw notFound(`Records of ${key} are not served by the sandbox; use its own endpoints`);
  return schema;
};

const fieldsOf = (state: State, schema: Row) =>
  state.objectFields.filter((f) => f.objectKey === schema.key && f.locationId === schema.locationId);

/** The property key of a field: its fieldKey without the object's key. */
const propertyKey = (f: Row, schema: Row) => String(f.fieldKey).slice(String(schema.key).length + 1);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isText = (v: unknown) => typeof v === 'string';

/** What is wrong with one property value, by the field's data type (undefined when it is fine). */
const problem = (f: Row, value: unknown): string | undefined => {
  const options = ((f.options ?? []) as Row[]).map((o) => String(o.key));
  switch (f.dataType) {
    case 'NUMERICAL':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'MONETORY':
      return value && typeof value === 'object' && typeof (value as Row).value === 'number' && isText((value as Row).currency)
        ? undefined
        : 'must be an object { currency, value } with a number value';
    case 'DATE':
      return isText(value) && DATE.test(value as string) && !Number.isNaN(Date.parse(value as string))
        ? undefined
        : 'must be a date (YYYY-MM-DD)';
    case 'SINGLE_OPTIONS':
    case 'RADIO':
      return isText(value) && (options.includes(value as string) || f.allowCustomOption)
        ? undefined
        : `must be one of: ${options.join(', ')}`;
    case 'CHECKBOX':
    case 'MULTIPLE_OPTIONS':
      return Array.isArray(value) && value.every((v) => options.includes(String(v)))
        ? undefined
        : `must be a list of: ${options.join(', ')}`;
    case 'FILE_UPLOAD':
      return Array.isArray(value) && value.every((v) => v && typeof v === 'object' && /^https?:\/\//.test(String((v as Row).url)))
        ? undefined
        : 'must be a list of { url } with full URLs';
    default:
      return isText(value) ? undefined : 'must be a string';
  }
};

/** Checks properties against the schema's fields; a 422 names every property that is wrong. */
const checkProperties = (state: State, schema: Row, properties: unknown) => {
  if (properties === undefined) return {};
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) throw unprocessable('properties must be an object');
  const byKey = new Map(fieldsOf(state, schema).map((f) => [propertyKey(f, schema), f]));
  const problems: string[] = [];
  for (const [key, value] of Object.entries(properties as Row)) {
    if (value === null) continue;
    const [base, option] = key.split('.');
    const f = byKey.get(option === undefined ? key : base);
    if (!f) problems.push(`properties.${key} is not a field of ${schema.key}`);
    else if (option !== undefined) {
      const known = f.dataType === 'TEXTBOX_LIST' && ((f.options ?? []) as Row[]).some((o) => o.key === option);
      if (!known) problems.push(`properties.${key} is not an option of the text box list ${base}`);
      else if (!isText(value)) problems.push(`properties.${key} must be a string`);
    } else {
      const why = f.dataType === 'TEXTBOX_LIST' ? 'must be given per option, as properties.<field>.<option>' : problem(f, value);
      if (why) problems.push(`properties.${key} ${why}`);
    }
  }
  if (problems.length) throw unprocessable(problems);
  return properties as Row;
};

const checkPeople = (body: Row) => {
  const problems: string[] = [];
  if (body.owner !== undefined && (!Array.isArray(body.owner) || body.owner.length > 1))
    problems.push('owner must be an array of at most 1 user id');
  if (body.followers !== undefined && (!Array.isArray(body.followers) || body.followers.length > 10))
    problems.push('followers must be an array of at most 10 user ids');
  if (problems.length) throw unprocessable(problems);
};

/** A record as the create/get/update answers give it (IRecordSchema). */
const recordView = (r: Row) => ({
  id: r.id,
  owner: clone(r.owner),
  followers: clone(r.followers),
  properties: clone(r.properties),
  dateAdded: r.createdAt,
  dateUpdated: r.updatedAt,
});

/** A record as the search gives it (RecordResponseDTO). */
const searchView = (r: Row) => ({
  ...clone(r),
  createdBy: { channel: 'API', createdAt: r.createdAt, source: 'PUBLIC_API', sourceId: 'sandbox' },
  lastUpdatedBy: { channel: 'API', createdAt: r.updatedAt, source: 'PUBLIC_API', sourceId: 'sandbox' },
  searchAfter: [Date.parse(r.updatedAt), r.id],
});

const recordOr404 = (state: State, schema: Row, id: string) => {
  const found = state.objectRecords.find((r) => r.id === id && r.objectKey === schema.key && r.locationId === schema.locationId);
  if (!found) throw notFound(`Record with id ${id} not found`);
  return found;
};

/**
 * `query` as the spec describes it: `field:value` searches one searchable property (a value that
 * contains the text, any case), plain text all of them.
 */
const matchesQuery = (schema: Row, record: Row, query: string) => {
  if (!query) return true;
  const searchable = ((schema.searchableProperties ?? []) as string[]).map((p) => p.slice(String(schema.key).length + 1));
  const [field, ...rest] = query.split(':');
  const [keys, text] = rest.length && searchable.includes(field) ? [[field], rest.join(':')] : [searchable, query];
  return keys.some((k) => lower(record.properties?.[k]).includes(lower(text).trim()));
};

export default (r: Router) => {
  r.get('/objects', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return { objects: clone(state.objectSchemas.filter((o) => o.locationId === query.locationId)) };
  });
  r.get('/objects/:key', ({ state, params, query }) => {
    requireFields(query, ['locationId']);
    const schema = schemaOr404(state, query.locationId, params.key);
    const withFields = String(query.fetchProperties) === 'true';
    return { object: clone(schema), cache: false, ...(withFields ? { fields: clone(fieldsOf(state, schema)) } : {}) };
  });
  r.post('/objects/:schemaKey/records/search', ({ state, params, body }) => {
    requireFields(body, ['locationId', 'page', 'pageLimit']);
    const schema = customOr404(state, body.locationId, params.schemaKey);
    const page = intParam(body.page, 'page', { min: 1 });
    const limit = intParam(body.pageLimit, 'pageLimit', { min: 1, max: 500 });
    let list = state.objectRecords.filter((x) => x.objectKey === schema.key && x.locationId === schema.locationId);
    list = list.filter((x) => matchesQuery(schema, x, String(body.query ?? '')));
    const [sort] = Array.isArray(body.sort) ? (body.sort as Row[]) : [];
    if (sort) {
      if (!['createdAt', 'updatedAt'].includes(sort.field))
        throw unprocessable('sort.field must be one of the following values: createdAt, updatedAt');
      list = sortBy(list, sort.field, sort.direction === 'asc' ? 'asc' : 'desc');
    }
    return { records: list.slice((page - 1) * limit, page * limit).map(searchView), total: list.length };
  });
  r.post('/objects/:schemaKey/records', ({ state, params, body, emit }) => {
    requireFields(body, ['locationId']);
    const schema = customOr404(state, body.locationId, params.schemaKey);
    checkPeople(body);
    const properties = checkProperties(state, schema, body.properties);
    const at = nowIso();
    const record: Row = {
      id: state.nextId(),
      locationId: schema.locationId,
      objectId: schema.id,
      objectKey: schema.key,
      owner: body.owner ?? [],
      followers: body.followers ?? [],
      properties: clone(properties),
      createdAt: at,
      updatedAt: at,
    };
    state.objectRecords.push(record);
    emit('RecordCreate', record);
    return [201, { record: recordView(record) }];
  });
  r.get('/objects/:schemaKey/records/:id', ({ state, params, auth }) => {
    const schema = customOr404(state, auth.locationId, params.schemaKey);
    return { record: recordView(recordOr404(state, schema, params.id)) };
  });
  r.put('/objects/:schemaKey/records/:id', ({ state, params, query, body, emit }) => {
    requireFields(query, ['locationId']);
    const schema = customOr404(state, query.locationId, params.schemaKey);
    const record = recordOr404(state, schema, params.id);
    checkPeople(body);
    // The properties given replace those values; the others are kept.
    Object.assign(record.properties, clone(checkProperties(state, schema, body.properties)));
    if (body.owner !== undefined) record.owner = body.owner;
    if (body.followers !== undefined) record.followers = body.followers;
    record.updatedAt = nowIso();
    emit('RecordUpdate', record);
    return { record: recordView(record) };
  });
  r.delete('/objects/:schemaKey/records/:id', ({ state, params, auth }) => {
    const schema = customOr404(state, auth.locationId, params.schemaKey);
    const record = recordOr404(state, schema, params.id);
    state.objectRecords.splice(state.objectRecords.indexOf(record), 1);
    return { id: record.id, success: true };
  });
};
