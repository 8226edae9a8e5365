/**
 * Instant triggers (OAuth app only). GHL sends a marketplace app's webhooks for every location to
 * one URL, our relay (relay/, see RELAY-CONTRACT in relay/README.md); a Zap subscribes there for one
 * location, one event type and optional filters, and the relay POSTs each matching event to the
 * Zap's hook URL as an envelope `{id, type, locationId, timestamp, data}`.
 *
 * `defineInstantTrigger` turns a row of facts (event type, filters, the polling twin's request for
 * samples, how an event's payload reads as the twin's output) into a Zapier REST-hook trigger.
 * Relay calls go through `z.request` with the relay's own secret; http.ts leaves them alone
 * (`middlewareData.relay`), so they never carry GHL's token or Version header.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isAgencyConnection, locationToken } from './agency';
import { makeContext, nameOutputs, operation, pollRecords, type Operation, type OperationContext, type TriggerSpec } from './define';
import type { InputDefs, InputOf } from './fields';
import { connectionToken, encodePathParam, isNetworkError } from './http';
import type { OutputField } from './output';
import type { CustomFieldModel } from './custom-fields';

/** What the relay POSTs to a Zap's hook URL (the contract's envelope). */
export interface Envelope {
  id: string;
  type: string;
  locationId: string;
  timestamp: string;
  data: Record<string, any>;
}

export interface InstantSpec<D extends InputDefs> {
  key: string;
  noun: string;
  label: string;
  description: string;
  /** GHL's webhook event type, e.g. `ContactCreate`. */
  event: string;
  /** The scopes of the polling request that gives samples (the webhook itself needs none). */
  scopes: string[];
  input?: D;
  /** The relay filters (contract keys) from the input; empty values are left out. */
  filters?: (input: InputOf<D>) => Record<string, string | undefined>;
  /**
   * An event's payload as the trigger's output (shaped like the polling twin's); `id` is set to the
   * envelope id. May read GHL through `ctx` (e.g. an object's schema); `undefined` drops the event.
   */
  output: (
    data: Record<string, any>,
    envelope: Envelope,
    ctx: OperationContext<InputOf<D>>,
  ) => Record<string, unknown> | undefined | Promise<Record<string, unknown> | undefined>;
  /** The polling twin's request, for `performList` (Zapier's sample and test step read real records). */
  list: Pick<TriggerSpec<D>, 'endpoint' | 'query' | 'body' | 'perform' | 'result' | 'idField' | 'newestFirst' | 'paging'>;
  sample: Record<string, unknown>;
  outputFields?: OutputField[];
  /** Outputs labelled at run time (e.g. a custom object's fields), as the polling twin's. */
  dynamicOutput?: TriggerSpec<D>['dynamicOutput'];
  customFieldsModel?: CustomFieldModel;
}

/** The object an event nests its subject's fields in, as the relay reads it: `appointment` for AppointmentCreate. */
const subjectOf = (event: string) => /^[A-Z][a-z]+/.exec(event)?.[0].toLowerCase();

/** Where an event's fields are, as the relay reads them: the payload itself, else its subject's object. */
const eventField = (data: Record<string, any>, key: string, event: string): unknown => {
  const field = key === 'tag' ? 'tags' : key; // the contract's `tag` filter matches the `tags` array
  if (data[field] !== undefined) return data[field];
  const nested = data[subjectOf(event) ?? ''];
  return nested && typeof nested === 'object' ? nested[field] : undefined;
};

/** The contract's filter rule: every filter equals the event's field, or is in it when the field is a list. */
export const matchesFilters = (data: Record<string, any>, filters: Record<string, string>, event: string): boolean =>
  Object.entries(filters).every(([key, want]) => {
    const have = eventField(data, key, event);
    return Array.isArray(have) ? have.map(String).includes(want) : have !== undefined && have !== null && String(have) === want;
  });

const definedFilters = (values: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));

// ---- The relay ---------------------------------------------------------------------------------

interface RelayConfig {
  url: string;
  secret: string;
}

/** GHL_RELAY_URL and GHL_RELAY_SECRET, or an error saying which to set and how. */
export const relayConfig = (z: ZObject): RelayConfig => {
  const url = (process.env.GHL_RELAY_URL ?? '').trim().replace(/\/+$/, '');
  const secret = (process.env.GHL_RELAY_SECRET ?? '').trim();
  const missing = [url ? '' : 'GHL_RELAY_URL', secret ? '' : 'GHL_RELAY_SECRET'].filter(Boolean);
  if (missing.length) {
    throw new z.errors.Error(
      `Instant triggers need the webhook relay, and this app's environment has no ${missing.join(' and no ')}. The app's owner sets ${missing.length > 1 ? 'them' : 'it'} with \`zapier-platform env:set <version> GHL_RELAY_URL=https://<your relay> GHL_RELAY_SECRET=<the relay's RELAY_SHARED_SECRET>\` (see relay/README.md); until then use the polling trigger of the same name without "(Instant)".`,
      'RelayNotConfigured',
      500,
    );
  }
  if (!/^https?:\/\/[^/\s]+/i.test(url)) {
    throw new z.errors.Error(
      "GHL_RELAY_URL must be the relay's base URL, like https://relay.example.com: set it again with `zapier-platform env:set`.",
      'RelayNotConfigured',
      500,
    );
  }
  return { url, secret };
};

/** Never lets the relay secret or a token reach an error message (the relay might echo one). */
const redact = (text: string, secrets: Array<string | undefined>) =>
  secrets.filter((s): s is string => !!s && s.length >= 4).reduce((t, s) => t.split(s).join('[redacted]'), text);

const relayMessage = (content: unknown): string | undefined => {
  try {
    const body = typeof content === 'string' ? JSON.parse(content) : content;
    const message = (body as { message?: unknown; error?: unknown } | undefined)?.message ?? (body as { error?: unknown })?.error;
    return typeof message === 'string' && message.trim() ? message.trim().slice(0, 300) : undefined;
  } catch {
    return typeof content === 'string' && content.trim() ? content.trim().slice(0, 300) : undefined;
  }
};

interface RelayCall {
  method: 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  /** The connection's GHL token for the location (subscribe only). */
  token?: string;
  /** Statuses answered without an error (e.g. 404 on unsubscribe). */
  accept?: number[];
}

/** One call to the relay: its secret, never GHL's headers; every failure a message naming what to do. */
const relayRequest = async (z: ZObject, call: RelayCall): Promise<{ status: number; data: any }> => {
  const { url, secret } = relayConfig(z);
  const headers: Record<string, string> = { Authorization: `Bearer ${secret}`, Accept: 'application/json' };
  if (call.token) headers['X-GHL-Access-Token'] = call.token;
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await z.request({
      url: `${url}${call.path}`,
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      skipThrowForStatus: true,
      middlewareData: { relay: true },
    });
  } catch (err) {
    if (!isNetworkError(z, err)) throw err;
    const code = (err as { code?: string }).code ?? 'no answer';
    throw new z.errors.Error(
      `The webhook relay at ${new URL(url).origin} could not be reached (${code}). Check that it runs and that GHL_RELAY_URL is right, then turn the Zap on again.`,
      'RelayUnreachable',
      503,
    );
  }
  const { status } = res;
  if (status < 400 || call.accept?.includes(status)) {
    let data: unknown;
    try {
      data = typeof res.content === 'string' && res.content ? JSON.parse(res.content) : res.data;
    } catch {
      data = undefined; // not JSON: the caller says what it missed
    }
    return { status, data };
  }
  const said = relayMessage(res.data ?? res.content);
  const secrets = [secret, call.token];
  if (status === 401) {
    throw new z.errors.Error(
      "The relay refused the app's secret: set GHL_RELAY_SECRET to the relay's RELAY_SHARED_SECRET with `zapier-platform env:set` (the two must be the same value).",
      'RelayUnauthorized',
      401,
    );
  }
  if (status === 422) {
    throw new z.errors.Error(redact(`The relay refused the subscription: ${said ?? 'it gave no reason'}.`, secrets), 'RelayRefused', 422);
  }
  throw new z.errors.Error(
    redact(`The webhook relay answered ${status}${said ? ` (${said})` : ''}. Try turning the Zap on again in a few minutes.`, secrets),
    `Relay_${status}`,
    status,
  );
};

// ---- The trigger -------------------------------------------------------------------------------

/** The token the relay checks against the location: the location token on agency connections. */
const tokenFor = async (ctx: OperationContext<unknown>, locationId: string) =>
  (isAgencyConnection(ctx.bundle) ? await locationToken(ctx.z, ctx.bundle, locationId) : undefined) ?? connectionToken(ctx.bundle);

const subscribe = async <D extends InputDefs>(ctx: OperationContext<InputOf<D>>, spec: InstantSpec<D>) => {
  const { z, bundle } = ctx;
  const locationId = ctx.locationId();
  const filters = definedFilters(spec.filters?.(ctx.input) ?? {});
  const body = {
    locationId,
    eventType: spec.event,
    targetUrl: bundle.targetUrl,
    ...(Object.keys(filters).length ? { filters } : {}),
  };
  const token = await tokenFor(ctx as OperationContext<unknown>, locationId);
  const res = await relayRequest(z, { method: 'POST', path: '/subscriptions', body, token, accept: [403] });
  if (res.status !== 403) {
    if (!res.data || typeof res.data !== 'object' || !res.data.id) {
      throw new z.errors.Error(
        `The webhook relay accepted the subscription but gave no subscription id (it answered ${res.status}). Check that GHL_RELAY_URL is the relay's base URL.`,
        'RelayNoId',
        502,
      );
    }
    return res.data;
  }
  // The relay could not confirm the token owns the location. An expired token is the usual cause:
  // asking GHL the same question through the shared layer turns that into a refresh (401), so
  // only a token that really belongs elsewhere gets the message below.
  await ctx.request({ method: 'GET', path: `/locations/${encodePathParam(locationId)}` });
  throw new z.errors.Error(
    `The relay could not confirm that this connection belongs to location '${locationId}', so it will not send that location's events. Reconnect GHL with an account of that location (or, for an agency connection, check the app is installed in it).`,
    'LocationNotOwned',
    403,
  );
};

const unsubscribe = async (z: ZObject, bundle: Bundle) => {
  const id = (bundle.subscribeData as { id?: unknown } | undefined)?.id;
  if (id === undefined || id === null || id === '') return {};
  // 404: already gone (the location uninstalled the app, or Zapier's 410 removed it): nothing to do.
  const res = await relayRequest(z, { method: 'DELETE', path: `/subscriptions/${encodePathParam(id)}`, accept: [404] });
  return res.status === 404 ? { id, deleted: false } : { id, deleted: true };
};

/** The relay's envelope as Zapier hands it over (`bundle.cleanedRequest`). */
const envelopeOf = (z: ZObject, bundle: Bundle, label: string): Envelope => {
  const e = (bundle.cleanedRequest ?? {}) as Partial<Envelope>;
  if (!e || typeof e !== 'object' || typeof e.id !== 'string' || !e.id || !e.data || typeof e.data !== 'object') {
    throw new z.errors.Error(`${label}: the delivery is not a relay event (it needs an id and data).`, 'InvalidEvent', 400);
  }
  return e as Envelope;
};

export const defineInstantTrigger = <D extends InputDefs>(spec: InstantSpec<D>): Operation => {
  // The polling twin's request, run as a polling trigger would run it.
  const listSpec = { ...spec, ...spec.list } as TriggerSpec<D>;
  const base: TriggerSpec<D> = { ...listSpec, result: () => [] };
  const op = operation(
    'trigger',
    base,
    async (ctx) => {
      const envelope = envelopeOf(ctx.z, ctx.bundle, spec.label);
      // GHL's `type` names the event (the trigger's own): it would shadow a record's type (a contact's lead/customer).
      const { type: _event, ...payload } = envelope.data;
      const data: Record<string, any> = { locationId: envelope.locationId, ...payload };
      // The relay filters already; checked again so a Zap never runs for another event or filter.
      const filters = definedFilters(spec.filters?.(ctx.input) ?? {});
      // Nor for another location's event: the relay binds a subscription to one location; checked again
      // here, on the envelope and on the payload, which names it `locationId` or (invoices, orders)
      // `altId` with `altType: location`.
      const own = ctx.locationId();
      const named = [envelope.locationId, payload.locationId, payload.altType === 'location' ? payload.altId : undefined];
      const otherLocation = named.some((id) => typeof id === 'string' && id !== '' && id !== own);
      if (otherLocation || (envelope.type && envelope.type !== spec.event) || !matchesFilters(data, filters, spec.event)) return [];
      const mapped = await spec.output(data, envelope, ctx);
      if (!mapped) return [];
      const out = { ...mapped, id: envelope.id };
      return nameOutputs(ctx, base, [out]);
    },
    {
      type: 'hook',
      performSubscribe: (z: ZObject, bundle: Bundle) => subscribe(makeContext(z, bundle, base), spec),
      performUnsubscribe: unsubscribe,
      performList: (z: ZObject, bundle: Bundle) => pollRecords(makeContext(z, bundle, listSpec), listSpec),
    },
  );
  return { ...op, oauthOnly: true };
};
