/**
 * GHL's webhooks, as a marketplace app receives them, for the sandbox's own writes: when the
 * sandbox is started with a `webhookUrl`, every write a route reports with `ctx.emit(type, record)`
 * becomes a POST of GHL's payload for that event type (the fields of GHL's webhook pages) with
 * `type`, `locationId`, `timestamp` and a unique `webhookId`, signed like GHL signs it:
 * `x-wh-signature` is a base64 RSA-SHA256 signature over the exact body bytes sent. The key pair
 * is made at start (2048 bits: the sandbox's own, not GHL's); its public half is served at
 * `GET /.sandbox/webhook-public-key` so a relay can be configured with it.
 *
 * Sending never touches the request path: events wait in a small bounded queue and go out one
 * at a time, in order, with a few retries on 5xx/429/network errors; failures are logged, and an
 * event that finds the queue full is dropped and counted.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import type { Row, WebhookStats, Webhooks } from './types';

export type { WebhookStats, Webhooks };

export interface WebhookOptions {
  /** Where the events go (the relay's `POST /webhooks/ghl`). */
  url: string;
  /** Also write the public key (PEM) to this file. */
  keyOut?: string;
  /** Events waiting at most; more are dropped (and counted). Default 1,000. */
  maxQueue?: number;
  /** Attempts per event. Default 4. */
  attempts?: number;
  /** First retry delay; doubles each time. Default 200 ms. */
  retryDelayMs?: number;
  /** Per attempt. Default 5 s. */
  timeoutMs?: number;
  /** The marketplace app's id in INSTALL/UNINSTALL. */
  appId?: string;
  log?: (line: string) => void;
}

// ---- GHL's payload of each event type (its webhook page's fields) -------------------------------

const pickFields = (record: Row, names: string[]) =>
  Object.fromEntries(names.filter((n) => record[n] !== undefined && record[n] !== null).map((n) => [n, record[n]]));

const CONTACT = [
  'id',
  'address1',
  'city',
  'companyName',
  'country',
  'source',
  'dateAdded',
  'dateOfBirth',
  'dnd',
  'email',
  'name',
  'firstName',
  'lastName',
  'phone',
  'postalCode',
  'state',
  'tags',
  'website',
  'attachments',
  'assignedTo',
  'customFields',
];
const contact = (c: Row) => ({
  ...pickFields(
    { ...c, name: c.name ?? ([c.firstName, c.lastName].filter(Boolean).join(' ') || undefined), attachments: c.attachments ?? [] },
    CONTACT,
  ),
});
const OPPORTUNITY = [
  'id',
  'assignedTo',
  'contactId',
  'monetaryValue',
  'name',
  'pipelineId',
  'pipelineStageId',
  'source',
  'status',
  'dateAdded',
];
const opportunity = (o: Row) => pickFields({ ...o, dateAdded: o.dateAdded ?? o.createdAt }, OPPORTUNITY);
const APPOINTMENT = [
  'id',
  'address',
  'title',
  'calendarId',
  'contactId',
  'groupId',
  'appointmentStatus',
  'assignedUserId',
  'users',
  'notes',
  'source',
  'startTime',
  'endTime',
  'dateAdded',
  'dateUpdated',
];
const appointment = (e: Row) => ({ appointment: pickFields(e, APPOINTMENT) });
const TASK = ['id', 'assignedTo', 'body', 'contactId', 'title', 'dateAdded', 'dueDate'];
const MESSAGE = [
  'attachments',
  'body',
  'contactId',
  'contentType',
  'conversationId',
  'dateAdded',
  'direction',
  'messageType',
  'status',
  'messageId',
  'userId',
  'conversationProviderId',
];
/** The sandbox stores a message's channel as GHL's API names it (TYPE_SMS); webhooks name it as their channel table does. */
const CHANNELS: Record<string, string> = {
  TYPE_EMAIL: 'Email',
  TYPE_WHATSAPP: 'WhatsApp',
  TYPE_LIVE_CHAT: 'Live Chat',
  TYPE_FACEBOOK: 'FB',
  TYPE_INSTAGRAM: 'IG',
  TYPE_VOICEMAIL: 'VoiceMail',
};
const channelOf = (type: unknown) => (typeof type === 'string' && type ? (CHANNELS[type] ?? type.replace(/^TYPE_/, '')) : undefined);
const message = (m: Row) => pickFields({ ...m, messageId: m.messageId ?? m.id, messageType: channelOf(m.messageType) }, MESSAGE);
const USER = ['id', 'companyId', 'firstName', 'lastName', 'email', 'phone', 'extension', 'role', 'permissions', 'locations'];
const user = (u: Row) => pickFields({ ...u, role: u.role ?? u.roles?.role, locations: u.locations ?? u.roles?.locationIds }, USER);
const ASSOCIATION = ['id', 'associationType', 'firstObjectKey', 'firstObjectLabel', 'secondObjectKey', 'secondObjectLabel', 'key'];
const RELATION = ['id', 'firstObjectKey', 'firstRecordId', 'secondObjectKey', 'secondRecordId', 'associationId'];

/** GHL's invoice webhook: the invoice as its API answers it, the location as `altId` (no `locationId`). */
const INVOICE = [
  '_id',
  'status',
  'liveMode',
  'amountPaid',
  'altId',
  'altType',
  'name',
  'businessDetails',
  'invoiceNumber',
  'currency',
  'contactDetails',
  'issueDate',
  'dueDate',
  'discount',
  'invoiceItems',
  'total',
  'title',
  'amountDue',
  'createdAt',
  'updatedAt',
  'totalSummary',
];
const invoice = (i: Row) => pickFields({ ...i, invoiceItems: i.invoiceItems ?? i.items }, INVOICE);
const ORDER = [
  '_id',
  'altId',
  'altType',
  'contactId',
  'contactSnapshot',
  'status',
  'fulfillmentStatus',
  'currency',
  'amount',
  'liveMode',
  'items',
  'amountSummary',
  'taxSummary',
  'source',
  'createdAt',
  'updatedAt',
];
/** GHL's record webhook: owners, followers, properties as `[{key, valueString}]`, no object key. */
const record = (r: Row) => ({
  id: r.id,
  owners: r.owners ?? r.owner ?? [],
  followers: r.followers ?? [],
  properties: Object.entries(r.properties ?? {}).map(([key, value]) => ({
    key,
    valueString: value && typeof value === 'object' ? JSON.stringify(value) : String(value),
  })),
  timestamp: r.updatedAt ?? r.createdAt,
});
/** Events whose GHL page names the location only as `altId`: the sandbox sends no `locationId` with them. */
export const ALT_ID_ONLY = new Set(['InvoiceCreate', 'InvoiceSent', 'InvoicePaid', 'InvoicePartiallyPaid', 'InvoiceVoid']);

/** Event type → GHL's payload from the sandbox's record. */
export const PAYLOADS: Record<string, (record: Row) => Row> = {
  ContactCreate: contact,
  ContactUpdate: contact,
  ContactDelete: contact,
  ContactTagUpdate: contact,
  ContactDndUpdate: (c) => ({ ...contact(c), ...pickFields(c, ['dndSettings']) }),
  OpportunityCreate: opportunity,
  OpportunityUpdate: opportunity,
  OpportunityDelete: opportunity,
  OpportunityStatusUpdate: opportunity,
  OpportunityStageUpdate: opportunity,
  OpportunityMonetaryValueUpdate: opportunity,
  OpportunityAssignedToUpdate: opportunity,
  AppointmentCreate: appointment,
  AppointmentUpdate: appointment,
  AppointmentDelete: appointment,
  InboundMessage: message,
  OutboundMessage: message,
  TaskCreate: (t) => pickFields(t, TASK),
  TaskComplete: (t) => pickFields(t, TASK),
  NoteCreate: (n) => pickFields(n, ['id', 'body', 'contactId', 'dateAdded']),
  UserCreate: user,
  AssociationCreate: (a) => pickFields(a, ASSOCIATION),
  RelationCreate: (r) => pickFields(r, RELATION),
  InvoiceCreate: invoice,
  InvoiceSent: invoice,
  InvoicePaid: invoice,
  InvoicePartiallyPaid: invoice,
  InvoiceVoid: invoice,
  OrderCreate: (o) => pickFields(o, ORDER),
  OrderStatusUpdate: (o) => pickFields(o, ORDER),
  RecordCreate: record,
  RecordUpdate: record,
  INSTALL: (r) => r,
  UNINSTALL: (r) => r,
};

// ---- Sending -----------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const createWebhooks = (options: WebhookOptions): Webhooks => {
  const { url, maxQueue = 1000, attempts = 4, retryDelayMs = 200, timeoutMs = 5000 } = options;
  const log = options.log ?? ((line: string) => console.error(`[sandbox webhooks] ${line}`));
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  if (options.keyOut) fs.writeFileSync(options.keyOut, publicKey);
  const queue: Buffer[] = [];
  const stats: WebhookStats = { queued: 0, sent: 0, failed: 0, dropped: 0 };
  let running = false;
  let closed = false;
  let waiters: Array<() => void> = [];

  /** One event, until it is answered 2xx, refused (4xx other than 429) or out of attempts. */
  const deliver = async (body: Buffer) => {
    const signature = crypto.sign('sha256', body, privateKey).toString('base64');
    let last = '';
    for (let attempt = 1; attempt <= attempts && !closed; attempt++) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'x-wh-signature': signature },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.arrayBuffer().catch(() => undefined);
        if (res.ok) return void stats.sent++;
        last = `HTTP ${res.status}`;
        if (res.status < 500 && res.status !== 429) break;
      } catch (err) {
        last = (err as Error).message;
      }
      if (attempt < attempts) await sleep(retryDelayMs * 2 ** (attempt - 1));
    }
    stats.failed++;
    const { type, webhookId } = JSON.parse(body.toString('utf8')) as Row;
    log(`${type} ${webhookId} not delivered to ${url}: ${last || 'stopped'}`);
  };

  const pump = async () => {
    if (running) return;
    running = true;
    try {
      while (queue.length && !closed) {
        const body = queue.shift() as Buffer;
        stats.queued = queue.length;
        await deliver(body);
      }
    } finally {
      running = false;
      stats.queued = queue.length;
      if (!queue.length) {
        const done = waiters;
        waiters = [];
        done.forEach((w) => w());
      }
    }
  };

  const emit = (type: string, locationId: string, record: Row) => {
    if (closed) return;
    try {
      const shape = PAYLOADS[type];
      if (!shape) throw new Error(`no payload for event type ${type}`);
      const payload = { type, locationId, ...shape(record), timestamp: new Date().toISOString(), webhookId: crypto.randomUUID() };
      payload.type = type;
      payload.locationId = locationId;
      if (ALT_ID_ONLY.has(type)) delete (payload as Row).locationId;
      if (queue.length >= maxQueue) {
        stats.dropped++;
        return log(`${type} dropped: ${maxQueue} events are already waiting`);
      }
      queue.push(Buffer.from(JSON.stringify(payload), 'utf8'));
      stats.queued = queue.length;
      setImmediate(() => void pump());
    } catch (err) {
      log(`${type} not queued: ${(err as Error).message}`);
    }
  };

  return {
    publicKey,
    emit,
    stats,
    idle: () => (queue.length || running ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
    close: () => {
      closed = true;
      queue.length = 0;
      const done = waiters;
      waiters = [];
      done.forEach((w) => w());
    },
  };
};
