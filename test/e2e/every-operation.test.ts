/**
 * End to end, every operation: each operation of both apps runs against a fresh sandbox over
 * loopback HTTP, with inputs a Zap builder would give it. An input with a dropdown takes the
 * dropdown's first choice (so every dropdown must resolve against the seed); other ids come from
 * the seed; the rest is the operation's own valid test input (test/cases). The output must be
 * shaped like the operation's sample. An operation the sandbox cannot serve fails here.
 */
import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import { SANDBOX_AGENCY_TOKEN, SANDBOX_LOCATION_TOKEN, startSandbox, type Sandbox } from '../../sandbox/server';
import type { Operation } from '../../src/define';
import { operations } from '../../registry.generated';
import type { AppKind, OperationCase } from '../helpers';

jest.setTimeout(30_000);

const apps = { oauth: App.oauthApp, token: App.tokenApp } as const;
const testers = { oauth: createAppTester(App.oauthApp), token: createAppTester(App.tokenApp) };
const kinds = { trigger: 'triggers', search: 'searches', create: 'creates' } as const;
type Row = Record<string, any>;

const casesDir = path.join(__dirname, '..', 'cases');
const cases: OperationCase[] = fs
  .readdirSync(casesDir)
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => Object.values(require(path.join(casesDir, f))) as unknown[])
  .filter((t): t is OperationCase[] => Array.isArray(t) && t.every((c) => c && typeof c === 'object' && 'key' in c && 'request' in c))
  .flat();
/** The first case of an operation (on this connection if it has one): its input is valid. */
const caseOf = (key: string, app: AppKind) =>
  cases.find((c) => c.key === key && (c.apps ?? ['oauth', 'token']).includes(app)) ?? cases.find((c) => c.key === key);

type State = Sandbox['state'];
const DAY = 86_400_000;
/** 14:00 UTC on a weekday ten days or more ahead: open hours on every seeded calendar, nothing booked. */
const openSlot = () => {
  const d = new Date(Date.now() + 10 * DAY);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setTime(d.getTime() + DAY);
  d.setUTCHours(15, 0, 0, 0);
  return d.toISOString();
};

/** A file a Zap hands an upload step: Zapier gives file inputs as URLs; this one is served on loopback. */
let fileUrl = '';
const fileServer = http.createServer((_req, res) => res.end('%PDF-1.7 sandbox x-ray'));
beforeAll(() =>
  new Promise<void>((done) => fileServer.listen(0, '127.0.0.1', () => done())).then(() => {
    fileUrl = `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}/x-ray.pdf`;
  }),
);
afterAll(
  () =>
    new Promise<void>((done) => {
      fileServer.close(() => done());
      fileServer.closeAllConnections();
    }),
);

/**
 * Values a Zap builder would take from GHL where a field has no dropdown (ids of records, search
 * terms that find a seeded record), by `operation.field` or by field name.
 */
const SEED_VALUES: Record<string, (s: State) => unknown> = {
  file: () => fileUrl,
  'upload_custom_field_file.customFieldId': (s) => s.customFields.find((f) => f.dataType === 'FILE_UPLOAD')?.id,
  // The calendar of a seeded appointment (or blocked slot): the event dropdowns list its events.
  eventCalendarId: (s) => s.events.find((e) => !e.isBlockSlot)?.calendarId,
  'update_block_slot.eventCalendarId': (s) => s.events.find((e) => e.isBlockSlot)?.calendarId,
  // A conversation with an email: the Email dropdown lists its emails.
  'get_email_message.conversationId': (s) => s.messages.find((m) => m.meta?.email?.messageIds?.length)?.conversationId,
  'list_conversation_emails.conversationId': (s) => s.messages.find((m) => m.meta?.email?.messageIds?.length)?.conversationId,
  // A record with a relation: the Relation dropdown lists its relations.
  'delete_relation.recordId': (s) => s.relations[0]?.firstRecordId,
  'create_appointment.startTime': () => openSlot(),
  'create_appointment.endTime': () => new Date(Date.parse(openSlot()) + 30 * 60_000).toISOString(),
  'update_appointment.startTime': () => openSlot(),
  'update_appointment.endTime': () => new Date(Date.parse(openSlot()) + 30 * 60_000).toISOString(),
  // A contact with no open opportunity yet: GHL refuses a second one in the same pipeline.
  'create_opportunity.contactId': (s) => s.contacts[s.contacts.length - 1].id,
  // An order not yet paid, and the items of the newest order (the test input's price ids are not in the seed).
  'record_order_payment.orderId': (s) => s.orders.find((o) => o.paymentStatus === 'unpaid')?._id,
  'create_order_fulfillment.orderId': (s) => s.orders[0]._id,
  'create_order_fulfillment.priceIds': (s) => [s.orders[0].items[0].price._id],
};
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/**
 * Whole inputs, where the test input's filters would find nothing in the seed: what a Zap builder
 * looking at this account would type. Required fields they leave out are filled as usual.
 */
const SEED_INPUTS: Record<string, (s: State) => Row> = {
  // A contact's conversation: the one thing an API Request step typically sends.
  api_request: (s) => ({
    method: 'POST',
    path: '/conversations/',
    body: JSON.stringify({ locationId: s.locationId, contactId: s.contacts[24].id }),
  }),
  filter_users_by_email: (s) => ({ emails: s.users[0].email }),
  find_form_submissions: (s) => ({ email: s.formSubmissions[0].email }),
  find_order: (s) => ({ contactId: s.orders[0].contactId }),
  find_subscription: (s) => ({ contactId: s.subscriptions[0].contactId }),
  find_transaction: (s) => ({ entityId: s.transactions[0].entityId }),
  new_order: () => ({}),
  new_transaction: () => ({}),
  find_object_record: (s) => ({ searchField: 'plan_name', searchValue: s.objectRecords[0].properties.plan_name }),
  get_association_by_key: (s) => ({ keyName: s.associations[0].key }),
  get_association_by_object_key: () => ({ objectKey: 'contact' }),
  // A location connection reads its own location (the location dropdown needs an agency).
  get_location: (s) => ({ locationId: s.locationId }),
  list_blogs: () => ({}),
  list_relations_by_record: (s) => ({ recordId: s.relations[0].firstRecordId }),
  search_locations: () => ({}),
  find_opportunity: (s) => ({ contactId: s.opportunities[0].contactId }),
  find_invoice: (s) => ({ invoiceNumber: `INV-${String(s.invoices[0].invoiceNumber)}` }),
  get_company: (s) => ({ companyId: s.companyId }),
  // Every channel and contact: the seed's first contact has no inbound SMS.
  inbound_message_instant: () => ({}),
  get_duplicate_contact: (s) => ({ email: s.contacts[0].email }),
  get_free_slots: (s) => ({ calendarId: s.calendars[0].id, startDate: day(1), endDate: day(8), slotMinutes: 30 }),
  opportunity_status_changed: () => ({}),
  search_contacts: () => ({}),
  search_conversations: () => ({}),
  search_opportunities: () => ({}),
  search_users: () => ({}),
};

const seedValue = (op: Operation, name: string, state: State) => (SEED_VALUES[`${op.key}.${name}`] ?? SEED_VALUES[name])?.(state);

const agency = (op: Operation) => op.spec.access === 'agency';

const connection = (sandbox: Sandbox, app: AppKind, op: Operation): Row => {
  const { state } = sandbox;
  if (app === 'token') {
    return agency(op)
      ? { apiKey: SANDBOX_AGENCY_TOKEN, companyId: state.companyId }
      : { apiKey: SANDBOX_LOCATION_TOKEN, locationId: state.locationId };
  }
  if (agency(op)) {
    const tokens = state.issueTokens({ userType: 'Company' });
    return { ...tokens, companyId: state.companyId, userType: 'Company', locationId: '' };
  }
  return { ...state.issueTokens(), locationId: state.locationId, companyId: state.companyId, userType: 'Location' };
};

const run = (app: AppKind, key: string, authData: Row, inputData: Row, meta: Row = {}) => {
  const op = operations.find((o) => o.key === key);
  if (!op) throw new Error(`no operation ${key}`);
  const definition = (apps[app] as any)[kinds[op.kind]][key];
  // An instant (hook) trigger reads GHL in performList (Zapier's sample step); perform maps a relay event.
  const fn = definition.operation.type === 'hook' ? definition.operation.performList : definition.operation.perform;
  return testers[app](fn, { authData, inputData, meta } as any, true) as Promise<any>;
};

/** The first choice of a dropdown (`trigger_key.id_field.label_field`), given the inputs so far. */
const firstChoice = async (app: AppKind, authData: Row, dynamic: string, inputs: Row) => {
  const [trigger, idField] = dynamic.split('.');
  const items = await run(app, trigger, authData, inputs, { isFillingDynamicDropdown: true, page: 0 });
  if (!Array.isArray(items) || !items.length) throw new Error(`the dropdown ${dynamic} offers nothing against the sandbox seed`);
  return items[0][idField];
};

/** The inputs a Zap builder would give: dropdown choices, seed ids, the case's valid values. */
const inputsFor = async (sandbox: Sandbox, app: AppKind, op: Operation, authData: Row) => {
  const preset = SEED_INPUTS[op.key]?.(sandbox.state);
  const given: Row = preset ?? JSON.parse(JSON.stringify(caseOf(op.key, app)?.input ?? {}));
  const inputs: Row = { ...preset };
  // A dropdown may need another input first (a blog's posts need the blog): up to three rounds.
  let pending = Object.entries(op.spec.input ?? {}).filter(
    ([name, def]) => !(name in inputs) && (def.props.required || given[name] !== undefined),
  );
  for (let round = 0; round < 3 && pending.length; round++) {
    const waiting: typeof pending = [];
    for (const [name, def] of pending) {
      const props = def.props;
      let value = seedValue(op, name, sandbox.state);
      if (value === undefined && props.dynamic) {
        try {
          value = await firstChoice(app, authData, props.dynamic, inputs);
        } catch (err) {
          if (round < 2 && /is required|give /.test((err as Error).message)) {
            waiting.push([name, def]);
            continue;
          }
          throw err;
        }
      }
      if (value === undefined) value = given[name];
      if (props.list && value !== undefined && !Array.isArray(value)) value = [value];
      if (value !== undefined) inputs[name] = value;
    }
    pending = waiting;
  }
  // Inputs a create's case gives that the static fields do not declare (custom fields).
  if (op.kind === 'create') for (const [name, value] of Object.entries(given)) if (!(name in (op.spec.input ?? {}))) inputs[name] = value;
  return inputs;
};

const kindOf = (v: unknown) => (v === null || v === undefined ? 'empty' : Array.isArray(v) ? 'array' : typeof v);

/** Where an output differs in shape from the sample: keys of the sample with another kind of value. */
const shapeProblems = (sample: Row, item: Row) => {
  const problems: string[] = [];
  for (const [k, v] of Object.entries(sample)) {
    if (!(k in item)) continue;
    const [want, got] = [kindOf(v), kindOf(item[k])];
    if (want !== 'empty' && got !== 'empty' && want !== got) problems.push(`${k}: ${got} where the sample has ${want}`);
  }
  return problems;
};

const savedBaseUrl = process.env.GHL_API_BASE_URL;
afterAll(() => {
  if (savedBaseUrl === undefined) delete process.env.GHL_API_BASE_URL;
  else process.env.GHL_API_BASE_URL = savedBaseUrl;
});

const table = operations.map((op) => [op.key, op] as const).sort(([a], [b]) => a.localeCompare(b));

describe.each(['oauth', 'token'] as const)('every operation against the sandbox [%s]', (app) => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await startSandbox();
    process.env.GHL_API_BASE_URL = sandbox.url;
  });
  afterEach(async () => {
    await sandbox.close();
  });

  it.each(table)('%s', async (key, op) => {
    // Instant triggers exist in the OAuth app only (GHL sends webhooks to marketplace apps only).
    if (op.oauthOnly && app === 'token') return expect((apps.token.triggers as Record<string, unknown>)[key]).toBeUndefined();
    const authData = connection(sandbox, app, op);
    const inputs = await inputsFor(sandbox, app, op, authData);
    const output = await run(app, key, authData, inputs).catch((err: Error) => {
      const unserved = sandbox.state.log.filter((r) => r.unserved).map((r) => `${r.method} ${r.path}`);
      throw new Error(`${key} failed${unserved.length ? ` (the sandbox does not serve ${unserved.join(', ')})` : ''}: ${err.message}`);
    });
    expect(sandbox.state.log.filter((r) => r.unserved)).toEqual([]);
    const item = Array.isArray(output) ? output[0] : output;
    if (op.kind === 'trigger') expect(Array.isArray(output) && output.length > 0).toBe(true);
    expect(item).toEqual(expect.any(Object));
    const sample = op.spec.sample as Row;
    const keys = Object.keys(sample);
    const missing = keys.filter((k) => !(k in item));
    // Records differ in which optional fields they carry; most of the sample's must be there.
    expect({ key, missing: missing.length > keys.length / 2 ? missing : [] }).toEqual({ key, missing: [] });
    expect(shapeProblems(sample, item)).toEqual([]);
  });
});
