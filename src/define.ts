/**
 * Operation definitions as rows of facts. `defineTrigger`, `defineSearch` and `defineCreate` turn
 * a declaration (key, labels, input fields, endpoint, how to read the answer, a sample) into a
 * Zapier trigger, search or create. Validation, the URL, locationId, paging and errors are all
 * decided here and in http.ts, never in an operation file.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';
import { agencyLocationInput, forgetLocationToken, isAgencyConnection, locationToken } from './agency';
import {
  cacheGet,
  cacheSet,
  customFieldDefs,
  customFieldInputs,
  customFieldOutputs,
  givenCustomFieldKeys,
  hasCustomFieldValues,
  loadCustomFields,
  mergeCustomFields,
  nameCustomFields,
  type CustomFieldModel,
  type CustomFieldValue,
  type GhlCustomField,
} from './custom-fields';
import { fields, type FieldDef, type InputDefs, type InputOf } from './fields';
import { encodePathParam, ghlRequest, missingCredentials, tokenKind, type GhlMiddlewareData, type GhlRequest, type Method } from './http';
import { contentId, outputFieldsFrom, pick, withId, type OutputField } from './output';
import { readTypedValues } from './typed-fields';
import { pagingQuery, type Paging } from './paging';

export type Access = 'location' | 'agency' | 'any';

/** How long Zapier's cache keeps a location's facts (its company id and time zone). */
const LOCATION_FACTS_TTL_SECONDS = 7 * 24 * 3600;

interface LocationFacts {
  companyId?: string;
  timezone?: string;
}

/** What an operation's functions can use besides its parsed input. */
export interface OperationContext<I = Record<string, unknown>> {
  z: ZObject;
  bundle: Bundle;
  input: I;
  timezone: string | null;
  /** The connected location's id; an error naming the problem when there is none. */
  locationId: () => string;
  /** The connected company (agency) id; fetched from the location when the connection lacks it. */
  companyId: () => Promise<string>;
  /** The location's IANA time zone (GET /locations/{id}, cached); undefined when GHL cannot say. */
  locationTimezone: () => Promise<string | undefined>;
  /** Sends a request through the shared layer with this operation's scopes and error context. */
  request: <T = any>(req: Omit<GhlRequest, 'ghl'> & { ghl?: GhlMiddlewareData }) => Promise<{ status: number; data: T }>;
  /** Fills `{param}` placeholders from the input (encoded); `{locationId}` from the connection. */
  path: (template: string, values?: Record<string, unknown>) => string;
  /**
   * The typed custom field inputs (`cf_<id>`) as GHL's `customFields` entries, validated. Filled
   * before `body`/`perform` run on operations with `customFieldsModel`; merged into the declared
   * endpoint's body automatically (a `perform` uses it itself).
   */
  customFieldValues: CustomFieldValue[];
}

interface BaseSpec<D extends InputDefs> {
  key: string;
  noun: string;
  label: string;
  description: string;
  /** "METHOD /path/{param}" exactly as GHL's spec has it (placeholders may be renamed). */
  endpoint?: string;
  /** OAuth scopes the operation needs; the OAuth scope list is built from these. */
  scopes: string[];
  /** Which connection level the endpoint accepts. Default: location. */
  access?: Access;
  input?: D;
  query?: (input: InputOf<D>, ctx: OperationContext<InputOf<D>>) => Record<string, unknown>;
  body?: (input: InputOf<D>, ctx: OperationContext<InputOf<D>>) => unknown;
  /** Replaces the single-endpoint flow for operations that need several requests. */
  perform?: (ctx: OperationContext<InputOf<D>>) => Promise<unknown>;
  sample: Record<string, unknown>;
  outputFields?: OutputField[];
  hidden?: boolean;
  /** Extra input fields computed at run time (custom fields, agency location). */
  dynamicInput?: (z: ZObject, bundle: Bundle) => Promise<unknown[]>;
  /** Extra output fields computed at run time (a custom object's fields, by their names). */
  dynamicOutput?: (z: ZObject, bundle: Bundle) => Promise<unknown[]>;
  /**
   * The record type whose custom fields this operation reads or writes. Writes (creates) get the
   * location's custom fields as typed `cf_<id>` inputs merged into the body's `customFields`;
   * every kind names the output's custom field values (`customFieldsByName`).
   */
  customFieldsModel?: CustomFieldModel;
}

export interface TriggerSpec<D extends InputDefs> extends BaseSpec<D> {
  /** Where the records are: a key path into the answer, or a function. */
  result: string | ((data: any, input: InputOf<D>) => unknown[]);
  /** The id field, when it is not `id` (e.g. `_id`). */
  idField?: string;
  /** Date field to sort newest first by, where GHL cannot sort. */
  newestFirst?: string;
  paging?: Paging;
}

export interface SearchSpec<D extends InputDefs> extends BaseSpec<D> {
  result: string | ((data: any, input: InputOf<D>) => unknown);
  idField?: string;
}

export interface CreateSpec<D extends InputDefs> extends BaseSpec<D> {
  result?: string | ((data: any, input: InputOf<D>) => unknown);
  idField?: string;
}

export class InputError extends Error {}

/** Validates the raw input against the field declarations; the error names every bad field. */
export const parseInput = <D extends InputDefs>(defs: D | undefined, raw: Record<string, unknown>, timezone: string | null): InputOf<D> => {
  if (!defs) return {} as InputOf<D>;
  const shape: Record<string, zod.ZodTypeAny> = {};
  for (const [key, def] of Object.entries(defs)) shape[key] = (def as FieldDef).schema({ timezone });
  const result = zod.object(shape).safeParse(raw ?? {});
  if (result.success) return result.data as InputOf<D>;
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const label = defs[key]?.props.label ?? key;
    const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
    return missing ? `"${label}" (${key}) is required` : `"${label}" (${key}) ${issue.message}`;
  });
  throw new InputError(`${problems.join('; ')}.`);
};

const PLACEHOLDER = /\{([^}]+)\}/g;

const splitEndpoint = (endpoint: string): { method: Method; template: string } => {
  const [method, template] = endpoint.split(' ');
  return { method: method as Method, template };
};

/** Builds the per-invocation context. */
export const makeContext = <D extends InputDefs>(z: ZObject, bundle: Bundle, spec: BaseSpec<D>): OperationContext<InputOf<D>> => {
  const timezone = (bundle.meta as { timezone?: string | null } | undefined)?.timezone ?? null;
  let input: InputOf<D>;
  try {
    input = parseInput(spec.input, bundle.inputData ?? {}, timezone);
  } catch (err) {
    if (err instanceof InputError) throw new z.errors.Error(`${spec.label}: ${err.message}`, 'InvalidInput', 400);
    throw err;
  }
  const missing = missingCredentials(bundle.authData);
  if (missing) throw new z.errors.Error(missing, 'AuthError', 401);
  if ((spec.access ?? 'location') === 'agency' && tokenKind(bundle) === 'oauth' && bundle.authData?.userType === 'Location') {
    throw new z.errors.Error(
      `${spec.label} needs an agency connection, and this one is connected to a single location. Connect GHL again and choose the agency (company) level, or use an agency Private Integration Token.`,
      'AgencyOnly',
      400,
    );
  }
  if ((spec.access ?? 'location') === 'agency' && tokenKind(bundle) === 'token' && bundle.authData?.locationId) {
    throw new z.errors.Error(
      `${spec.label} needs an agency-level token, and this connection is a sub-account's Private Integration Token. Connect an agency-level Private Integration Token (with its Company ID and no Location ID) or connect with OAuth at agency level.`,
      'AgencyOnly',
      400,
    );
  }
  // An agency-level Private Integration Token reaches no sub-account's records: refuse before sending.
  if ((spec.access ?? 'location') === 'location' && tokenKind(bundle) === 'token' && !bundle.authData?.locationId) {
    throw new z.errors.Error(
      `${spec.label} works in one sub-account, and this connection is an agency-level Private Integration Token (no Location ID). Connect a sub-account's Private Integration Token with its Location ID, or connect with OAuth at agency level to choose the location in each step.`,
      'NoLocation',
      400,
    );
  }
  // Agency connections pick the location per step (see agency.ts).
  const agencyLocation = agencyLocationOf(z, bundle, spec, input as Record<string, unknown>);
  let factsCache: Promise<LocationFacts> | undefined;
  // A location's company and time zone rarely change: one lookup serves both, and later
  // invocations read them from Zapier's cache instead of asking GHL before the step's request.
  const locationFacts = () =>
    (factsCache ??= (async () => {
      const cacheKey = `ghl-location-facts:${ctx.locationId()}`;
      const cached = (await cacheGet(z, cacheKey, ['auth'])) as LocationFacts | undefined;
      if (cached && typeof cached === 'object' && cached.companyId) return cached;
      const res = await ctx.request<{ location?: LocationFacts }>({
        method: 'GET',
        path: `/locations/${encodePathParam(ctx.locationId())}`,
      });
      const { companyId, timezone } = res.data?.location ?? {};
      // Only what GHL gave: Zapier's cache refuses undefined values.
      const facts: LocationFacts = { ...(companyId ? { companyId } : {}), ...(timezone ? { timezone } : {}) };
      if (facts.companyId) await cacheSet(z, cacheKey, facts, LOCATION_FACTS_TTL_SECONDS, ['auth']);
      return facts;
    })());
  const action = `running "${spec.label}"`;
  const ctx: OperationContext<InputOf<D>> = {
    z,
    bundle,
    input,
    timezone,
    locationId: () => {
      if (agencyLocation) return agencyLocation;
      const id = bundle.authData?.locationId;
      if (!id) {
        throw new z.errors.Error(
          `${spec.label} works in one sub-account, and this connection names none. Reconnect your GHL account and choose a sub-account, or the agency to choose the location in each step.`,
          'NoLocation',
          400,
        );
      }
      return id;
    },
    companyId: async () => {
      if (bundle.authData?.companyId) return bundle.authData.companyId;
      const id = (await locationFacts()).companyId;
      if (!id) throw new z.errors.Error('Could not find the company (agency) id of the connected location.', 'NoCompany', 400);
      return id;
    },
    locationTimezone: async () => {
      try {
        return (await locationFacts()).timezone || undefined;
      } catch (err) {
        if ((err as Error).name === 'ThrottledError') throw err;
        z.console.log(`The location's time zone could not be read: ${(err as Error).message}`);
        return undefined;
      }
    },
    path: (template, values = {}) =>
      template.replace(PLACEHOLDER, (_m, name: string) => {
        const source = { ...(input as Record<string, unknown>), ...values };
        let value = source[name];
        if ((value === undefined || value === '') && name === 'locationId') value = ctx.locationId();
        if (value === undefined || value === null || value === '') {
          throw new z.errors.Error(`${spec.label}: "${name}" is required.`, 'InvalidInput', 400);
        }
        return encodePathParam(value);
      }),
    request: async (req) => {
      const target = describeTarget(spec, input as Record<string, unknown>, req.path);
      // On an agency connection a location operation speaks with the chosen location's token.
      const token = req.ghl?.token ?? (agencyLocation ? await locationToken(z, bundle, agencyLocation) : undefined);
      try {
        const res = await ghlRequest(z, { ...req, ghl: { scopes: spec.scopes, action, target, ...req.ghl, ...(token ? { token } : {}) } });
        return { status: res.status, data: req.raw ? (res as any) : res.data };
      } catch (err) {
        const e = err as { name?: string; status?: number };
        if (agencyLocation && !req.ghl?.token && (e.name === 'RefreshAuthError' || e.status === 401))
          await forgetLocationToken(z, bundle, agencyLocation);
        throw err;
      }
    },
    customFieldValues: [],
  };
  return ctx;
};

/** Whether the step shows the agency Location dropdown: location operations without their own locationId input. */
const takesAgencyLocation = <D extends InputDefs>(spec: BaseSpec<D>) =>
  (spec.access ?? 'location') === 'location' && !spec.input?.locationId;

const agencyLocationDefs = { locationId: fields.id('Location', { required: true }) };

/**
 * The location an agency connection works in for this step: the Location dropdown's value (or the
 * operation's own locationId input). Validated like any input; undefined on other connections.
 */
const agencyLocationOf = <D extends InputDefs>(
  z: ZObject,
  bundle: Bundle,
  spec: BaseSpec<D>,
  input: Record<string, unknown>,
): string | undefined => {
  if (!isAgencyConnection(bundle) || (spec.access ?? 'location') !== 'location') return undefined;
  if (!takesAgencyLocation(spec)) return typeof input.locationId === 'string' ? input.locationId : undefined;
  try {
    return parseInput(agencyLocationDefs, { locationId: bundle.inputData?.locationId }, null).locationId;
  } catch (err) {
    if (err instanceof InputError) throw new z.errors.Error(`${spec.label}: ${err.message}`, 'InvalidInput', 400);
    throw err;
  }
};

/** Parses values of declarations as the step's own inputs are: a bad one stops the step, named. */
export const parseOrRefuse = (
  ctx: Pick<OperationContext<unknown>, 'z' | 'timezone'>,
  label: string,
  defs: InputDefs,
  values: Record<string, unknown>,
): Record<string, unknown> => {
  try {
    return parseInput(defs, values, ctx.timezone) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof InputError) throw new ctx.z.errors.Error(`${label}: ${err.message}`, 'InvalidInput', 400);
    throw err;
  }
};

/**
 * Reads the typed custom field inputs of a write (`cf_<id>`): one lookup of the location's fields,
 * then the same validation as declared inputs, before anything is written. A field the lookup no
 * longer knows (or a lookup GHL refused) sends the value as given, so a Zap never silently drops it.
 */
const prepareCustomFields = async <D extends InputDefs>(ctx: OperationContext<InputOf<D>>, spec: BaseSpec<D>) => {
  const model = spec.customFieldsModel;
  const raw = (ctx.bundle.inputData ?? {}) as Record<string, unknown>;
  if (!model || !givenCustomFieldKeys(raw).length) return;
  let list: GhlCustomField[] = [];
  try {
    list = await loadCustomFields(ctx.z, ctx.bundle, model);
  } catch (err) {
    if ((err as Error).name === 'ThrottledError') throw err;
    ctx.z.console.log(`Custom fields could not be read, sending the values as given: ${(err as Error).message}`);
  }
  const { known, unknown } = readTypedValues(raw, customFieldDefs(list), (defs, values) => parseOrRefuse(ctx, spec.label, defs, values));
  ctx.customFieldValues = Object.entries({ ...known, ...unknown }).map(([id, field_value]) => ({ id, field_value }));
};

/**
 * Adds `customFieldsByName` to records that carry custom field values: one lookup for all of
 * them. Names are a convenience: when GHL cannot be asked the records are returned as they are.
 */
export const nameOutputs = async <D extends InputDefs, R extends Record<string, unknown>>(
  ctx: OperationContext<InputOf<D>>,
  spec: BaseSpec<D>,
  records: R[],
): Promise<R[]> => {
  const model = spec.customFieldsModel;
  if (!model || !records.some(hasCustomFieldValues)) return records;
  try {
    const list = await loadCustomFields(ctx.z, ctx.bundle, model);
    return records.map((r) => nameCustomFields(r, list));
  } catch (err) {
    ctx.z.console.log(`Custom field names could not be read: ${(err as Error).message}`);
    return records;
  }
};

/** "Contact 'abc'" for a 404 message, from the path parameters the input filled. */
const describeTarget = <D extends InputDefs>(spec: BaseSpec<D>, input: Record<string, unknown>, path: string): string | undefined => {
  if (!spec.endpoint) return undefined;
  const names = [...splitEndpoint(spec.endpoint).template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((n) => n !== 'locationId');
  const parts = names
    .filter((n) => input[n] !== undefined && path.includes(encodePathParam(input[n])))
    .map((n) => `${(spec.input?.[n]?.props.label ?? n).replace(/ ID$/, '')} '${String(input[n])}'`);
  return parts.length ? parts.join(' or ') : undefined;
};

/** Runs the declared endpoint (or the custom perform) and returns GHL's answer. */
const run = async <D extends InputDefs>(
  ctx: OperationContext<InputOf<D>>,
  spec: BaseSpec<D>,
  extraQuery: Record<string, unknown> = {},
  ghl?: GhlMiddlewareData,
) => {
  if (spec.perform) return spec.perform(ctx);
  if (!spec.endpoint) throw new Error(`${spec.key}: an operation needs an endpoint or a perform`);
  const { method, template } = splitEndpoint(spec.endpoint);
  const path = ctx.path(template);
  const query = { ...(spec.query?.(ctx.input, ctx) ?? {}), ...extraQuery };
  const body = mergeCustomFields(spec.body?.(ctx.input, ctx), ctx.customFieldValues);
  const res = await ctx.request({ method, path, query, body, ghl });
  return res.status === 404 ? undefined : res.data;
};

const read = (data: unknown, result: string | ((data: any, input: any) => unknown) | undefined, input: unknown) =>
  result === undefined ? data : typeof result === 'function' ? result(data, input) : pick(data, result);

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };

const inputFieldsOf = <D extends InputDefs>(spec: BaseSpec<D>, kind: Operation['kind']): unknown[] => {
  const fieldsList: unknown[] = Object.entries(spec.input ?? {}).map(([key, def]) => ({ key, ...def.props }));
  // The agency Location dropdown comes first: the custom fields depend on it.
  if (takesAgencyLocation(spec)) fieldsList.unshift(agencyLocationInput);
  if (spec.customFieldsModel && kind === 'create') fieldsList.push(customFieldInputs(spec.customFieldsModel));
  if (spec.dynamicInput) fieldsList.push(spec.dynamicInput);
  return fieldsList;
};

/** Only the outputFields Zapier cannot derive from the sample (see output.ts); none at all when none are needed. */
const outputFieldsOf = <D extends InputDefs>(spec: BaseSpec<D>): { outputFields?: unknown[] } => {
  const list: unknown[] = [
    ...outputFieldsFrom(spec.sample, spec.outputFields),
    ...(spec.customFieldsModel ? [customFieldOutputs(spec.customFieldsModel)] : []),
    ...(spec.dynamicOutput ? [spec.dynamicOutput] : []),
  ];
  return list.length ? { outputFields: list } : {};
};

const display = <D extends InputDefs>(spec: BaseSpec<D>) => ({
  label: spec.label,
  description: spec.description,
  ...(spec.hidden ? { hidden: true } : {}),
});

const newestFirst = (items: Record<string, unknown>[], field?: string) => {
  if (!field) return items;
  const time = (item: Record<string, unknown>) => {
    const v = pick(item, field);
    const t = typeof v === 'number' ? v : Date.parse(String(v ?? ''));
    return Number.isNaN(t) ? 0 : t;
  };
  return [...items].sort((a, b) => time(b) - time(a));
};

export interface Operation {
  kind: 'trigger' | 'search' | 'create';
  key: string;
  /** Only in the OAuth app (instant triggers: GHL sends webhooks for marketplace apps only). */
  oauthOnly?: boolean;
  spec: BaseSpec<InputDefs>;
  definition: Record<string, any>;
}

/** The Zapier definition shared by every kind: key, noun, display, inputs, sample, outputs. */
export const operation = <D extends InputDefs>(
  kind: Operation['kind'],
  spec: BaseSpec<D>,
  perform: (ctx: OperationContext<InputOf<D>>) => Promise<unknown>,
  extra: Record<string, unknown> = {},
): Operation => ({
  kind,
  key: spec.key,
  spec: spec as unknown as BaseSpec<InputDefs>,
  definition: {
    key: spec.key,
    noun: spec.noun,
    display: display(spec),
    operation: {
      ...extra,
      // No static inputs, no array: every object here is copied on every invocation.
      ...(() => {
        const inputFields = inputFieldsOf(spec, kind);
        return inputFields.length ? { inputFields } : {};
      })(),
      perform: async (z: ZObject, bundle: Bundle) => perform(makeContext(z, bundle, spec)),
      sample: spec.sample,
      // A hidden step is never set up in the editor, so nobody maps its outputs: it declares no
      // output fields, which every invocation would otherwise pay for. Its sample stays: Zapier
      // checks dropdowns against the sample of the trigger they read.
      ...(spec.hidden ? {} : outputFieldsOf(spec)),
    },
  },
});

export const defineTrigger = <D extends InputDefs>(spec: TriggerSpec<D>): Operation =>
  operation('trigger', spec, (ctx) => pollRecords(ctx, spec), { type: 'polling', ...(spec.paging ? { canPaginate: true } : {}) });

/** A polling trigger's run: one request (a page for a dropdown), its records with ids, newest first. */
export const pollRecords = async <D extends InputDefs>(ctx: OperationContext<InputOf<D>>, spec: TriggerSpec<D>) => {
  const { z, bundle } = ctx;
  const page = Number(bundle.meta?.page ?? 0) || 0;
  const cursor = spec.paging && page > 0 && spec.paging.style === 'cursor' ? await z.cursor.get() : undefined;
  const data = await run(ctx, spec, spec.paging ? pagingQuery(spec.paging, page, cursor) : {});
  // Only a dropdown asks for a next page; a poll never does, so it stores no cursor.
  if (spec.paging?.style === 'cursor' && bundle.meta?.isFillingDynamicDropdown) {
    const next = spec.paging.next(data);
    if (next !== undefined) await z.cursor.set(next);
  }
  const list = read(data, spec.result, ctx.input);
  const items = (Array.isArray(list) ? list : []).map((item) => withId(asRecord(item), spec.idField));
  // A poll never fails on records without an id: each gets one derived from its content.
  const unnamed = items.filter((item) => item.id === '');
  for (const item of unnamed) item.id = contentId({ ...item, id: undefined });
  if (unnamed.length) z.console.log(`${spec.label}: ${unnamed.length} record(s) had no id; each got one derived from its content.`);
  return nameOutputs(ctx, spec, newestFirst(items, spec.newestFirst));
};

export const defineSearch = <D extends InputDefs>(spec: SearchSpec<D>): Operation =>
  operation('search', spec, async (ctx) => {
    // A search that finds nothing returns no results instead of failing the step.
    const data = await run(ctx, spec, {}, { passThrough: [404] });
    if (data === undefined || data === null || data === '') return [];
    const found = read(data, spec.result, ctx.input);
    const list = Array.isArray(found) ? found : found === undefined || found === null ? [] : [found];
    return nameOutputs(
      ctx,
      spec,
      list.map((item) => (spec.idField ? withId(asRecord(item), spec.idField) : asRecord(item))),
    );
  });

export const defineCreate = <D extends InputDefs>(spec: CreateSpec<D>): Operation =>
  operation('create', spec, async (ctx) => {
    await prepareCustomFields(ctx, spec);
    const data = await run(ctx, spec);
    const out = asRecord(read(data ?? {}, spec.result, ctx.input) ?? {});
    const [named] = await nameOutputs(ctx, spec, [out]);
    return spec.idField ? withId(named, spec.idField) : named;
  });
