/**
 * The plain collections: list, create, read, update, delete of records kept in one state list,
 * scoped to a location, GHL-shaped (`{ <one>: record }`, `{ <many>: [...] }`). Areas with more
 * behaviour write their own handlers; the simple ones describe themselves here.
 */
import type { Router } from './router';
import type { Ctx, Row, State } from './types';
import { clone, getOr404, nowIso, queryMatches, requireFields, skipLimit } from './util';

export interface CrudSpec {
  /** e.g. '/businesses' */
  base: string;
  /** The state list that holds the records. */
  list: (state: State) => Row[];
  /** Response keys: one record, a list. */
  one: string;
  many: string;
  /** Shown in 404s: "Business with id … not found". */
  what: string;
  /** The path parameter name, default `id`. */
  param?: string;
  /** `_id` where GHL keys the record so. */
  idKey?: 'id' | '_id';
  /** Required in a create body (GHL's 422 otherwise). */
  required?: string[];
  /** Where the location comes from on list: a query name. Default `locationId`. */
  locationQuery?: string;
  /** Fields a `query` text search looks in. */
  searchKeys?: string[];
  /** Which of list/create/get/update/delete to serve. Default all. */
  only?: Array<'list' | 'create' | 'get' | 'update' | 'delete'>;
  /** Answer of an update: the record (default) or `{ succeded: true, <one> }`. */
  updateReply?: 'record' | 'succeded';
  /** Defaults of a new record. */
  defaults?: (ctx: Ctx) => Row;
  /** PUT or PATCH for updates. Default PUT. */
  updateMethod?: 'PUT' | 'PATCH';
}

/** The record a crud route serves, for areas that add routes of their own. */
export const findIn = (spec: CrudSpec, state: State, id: string) => getOr404(spec.list(state), id, spec.what);

export const crud = (r: Router, spec: CrudSpec) => {
  const param = spec.param ?? 'id';
  const idKey = spec.idKey ?? 'id';
  const locQ = spec.locationQuery ?? 'locationId';
  const serve = new Set(spec.only ?? ['list', 'create', 'get', 'update', 'delete']);
  const path = `${spec.base}/:${param}`;
  if (serve.has('list'))
    r.get(spec.base, ({ state, query }) => {
      requireFields(query, [locQ]);
      const all = spec.list(state).filter((x) => !x.locationId || x.locationId === query[locQ]);
      const found = all.filter((x) => queryMatches(x, query.query ?? query.q ?? query.name, spec.searchKeys ?? ['name']));
      return { [spec.many]: clone(skipLimit(found, query, { max: 500 })), total: found.length, count: found.length };
    });
  if (serve.has('create'))
    r.post(spec.base, (ctx) => {
      requireFields(ctx.body, spec.required ?? []);
      const at = nowIso();
      const record: Row = {
        [idKey]: ctx.state.nextId(),
        locationId: ctx.body.locationId ?? ctx.auth.locationId,
        ...(spec.defaults?.(ctx) ?? {}),
        ...ctx.body,
        createdAt: at,
        updatedAt: at,
      };
      spec.list(ctx.state).push(record);
      return [201, { [spec.one]: clone(record) }];
    });
  if (serve.has('get')) r.get(path, ({ state, params }) => ({ [spec.one]: clone(findIn(spec, state, params[param])) }));
  if (serve.has('update'))
    r.add(spec.updateMethod ?? 'PUT', path, ({ state, params, body }) => {
      const record = findIn(spec, state, params[param]);
      const { [idKey]: _id, locationId: _loc, ...changes } = body ?? {};
      Object.assign(record, changes, { updatedAt: nowIso() });
      return spec.updateReply === 'succeded' ? { succeded: true, [spec.one]: clone(record) } : { [spec.one]: clone(record) };
    });
  if (serve.has('delete'))
    r.delete(path, ({ state, params }) => {
      const list = spec.list(state);
      const record = findIn(spec, state, params[param]);
      list.splice(list.indexOf(record), 1);
      return { succeded: true, id: params[param] };
    });
};
