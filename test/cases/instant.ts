import type { ExpectedRequest, OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';
import { OBJECT_KEY, found, mapped, schemaLookup, search } from './objects';

/**
 * The instant triggers (OAuth app only). Two tables:
 * - `instantListCases`: performList (Zapier's sample and test step) sends the polling twin's request;
 *   faults.ts, the contract test and the e2e run pick these rows up like any other.
 * - `instantEvents`: a relay envelope around GHL's payload of the event type (the fields of GHL's
 *   webhook page for it) → the trigger's output, and the relay filters the inputs subscribe with.
 */

const DAY = 24 * 60 * 60 * 1000;

/** GET /calendars/events with the window of New Appointment (now - 1 day .. now + 60 days). */
const eventsQuery = (extra: Record<string, string>) =>
  ((actual: Record<string, string>) => {
    const { startTime, endTime, ...rest } = actual;
    const exact =
      JSON.stringify(Object.entries(rest).sort()) === JSON.stringify(Object.entries({ locationId: LOCATION_ID, ...extra }).sort());
    return (
      exact &&
      /^\d{13}$/.test(startTime) &&
      Number(endTime) - Number(startTime) === 61 * DAY &&
      Math.abs(Number(startTime) - (Date.now() - DAY)) < 10_000
    );
  }) as unknown as Record<string, string>;

const contact = {
  id: 'c1',
  firstName: 'Rosie',
  lastName: 'Knight',
  email: 'rosie@example.com',
  tags: ['vip'],
  dateAdded: '2026-03-01T10:00:00.000Z',
  dateUpdated: '2026-03-01T11:00:00.000Z',
};
const contactOut = { ...contact, name: 'Rosie Knight', contactId: 'c1' };
const contactSearch = (sort: string, filters?: unknown[]) => ({
  locationId: LOCATION_ID,
  page: 1,
  pageLimit: 100,
  ...(filters ? { filters } : {}),
  sort: [{ field: sort, direction: 'desc' }],
});

const opportunity = {
  id: 'o1',
  name: 'Knight Dental - whitening',
  monetaryValue: 1500,
  pipelineId: 'p1',
  pipelineStageId: 's1',
  status: 'open',
  assignedTo: 'u1',
  contactId: 'c1',
  createdAt: '2026-03-01T10:00:00.000Z',
};
const oppSearch = (sort: string, filters: unknown[] = []) => ({
  locationId: LOCATION_ID,
  page: 1,
  limit: 100,
  ...(filters.length ? { filters } : {}),
  sort: [{ field: sort, direction: 'desc' }],
});

const event = {
  id: 'e1',
  title: 'Consultation',
  calendarId: 'cal1',
  contactId: 'c1',
  appointmentStatus: 'confirmed',
  startTime: '2026-03-10T11:00:00-06:00',
  dateAdded: '2026-03-01T09:00:00-06:00',
  dateUpdated: '2026-03-01T09:00:00-06:00',
};

const conversation = {
  id: 'conv1',
  contactId: 'c1',
  locationId: LOCATION_ID,
  lastMessageBody: 'Can we move it to Friday?',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate: 1772362800000,
  type: 'TYPE_PHONE',
};
const convQuery = (direction: string, extra: Record<string, string> = {}) => ({
  locationId: LOCATION_ID,
  lastMessageDirection: direction,
  sortBy: 'last_message_date',
  sort: 'desc',
  limit: '100',
  ...extra,
});

const task = { id: 't1', title: 'Call back', body: 'After 3 pm', assignedTo: 'u1', dueDate: '2026-03-05T15:00:00.000Z', completed: false };
const taskDone = { ...task, id: 't2', title: 'Send quote', dueDate: '2026-03-06T15:00:00.000Z', completed: true };
const note = { id: 'n1', body: 'Prefers email.', userId: 'u1', dateAdded: '2026-03-02T12:00:00.000Z' };
const user = { id: 'u1', firstName: 'Maya', lastName: 'Patel', email: 'maya@example.com' };
const association = {
  id: 'as1',
  key: 'student_teacher',
  firstObjectKey: 'custom_objects.students',
  secondObjectKey: 'contact',
  associationType: 'USER_DEFINED',
};
const relation = {
  id: 'r1',
  associationId: 'as1',
  firstRecordId: 'rec1',
  secondRecordId: 'c1',
  firstObjectKey: 'custom_objects.students',
  secondObjectKey: 'contact',
  createdAt: '2026-03-01T10:00:00.000Z',
};

export const instantListCases: OperationCase[] = [
  // ---- Contacts: the contact search of New Contact / Updated Contact ----
  {
    key: 'contact_created_instant',
    apps: ['oauth'],
    input: { tag: 'vip' },
    request: {
      method: 'POST',
      path: '/contacts/search',
      body: contactSearch('dateAdded', [{ field: 'tags', operator: 'eq', value: 'vip' }]),
    },
    reply: { contacts: [contact], total: 1 },
    expected: [contactOut],
    bad: { input: { assignedTo: '..' }, error: /"Assigned User" \(assignedTo\) is not a valid id/ },
  },
  ...(
    [
      ['contact_updated_instant', 'dateUpdated'],
      ['contact_deleted_instant', 'dateUpdated'],
      ['contact_tag_updated_instant', 'dateUpdated'],
      ['contact_dnd_updated_instant', 'dateUpdated'],
    ] as const
  ).map(([key, sort]): OperationCase => ({
    key,
    apps: ['oauth'],
    input: { assignedTo: 'u1' },
    request: {
      method: 'POST',
      path: '/contacts/search',
      body: contactSearch(sort, [{ field: 'assignedTo', operator: 'eq', value: 'u1' }]),
    },
    reply: { contacts: [contact], total: 1 },
    expected: [contactOut],
    bad: { input: { assignedTo: '..' }, error: /"Assigned User" \(assignedTo\) is not a valid id/ },
  })),
  // ---- Opportunities: the sorted opportunity search of the polling triggers ----
  ...(
    [
      ['opportunity_created_instant', 'date_added'],
      ['opportunity_status_changed_instant', 'last_status_change_date'],
      ['opportunity_stage_changed_instant', 'last_stage_change_date'],
      ['opportunity_value_changed_instant', 'date_added'],
      ['opportunity_assigned_instant', 'date_added'],
    ] as const
  ).map(([key, sort]): OperationCase => ({
    key,
    apps: ['oauth'],
    input: { pipelineId: 'p1', status: 'Won' },
    request: {
      method: 'POST',
      path: '/opportunities/search',
      body: oppSearch(sort, [
        { field: 'pipeline_id', operator: 'eq', value: 'p1' },
        { field: 'status', operator: 'eq', value: 'won' },
      ]),
    },
    reply: { opportunities: [opportunity], total: 1 },
    expected: [{ ...opportunity, opportunityId: 'o1' }],
    bad: { input: { status: 'maybe' }, error: /"Status" \(status\) must be one of: open, won, lost, abandoned/ },
  })),
  // ---- Appointments: New Appointment's window on the chosen calendar ----
  ...['appointment_created_instant', 'appointment_updated_instant', 'appointment_deleted_instant'].map((key): OperationCase => ({
    key,
    apps: ['oauth'],
    input: { calendarId: 'cal1' },
    request: { method: 'GET', path: '/calendars/events', query: eventsQuery({ calendarId: 'cal1' }) },
    reply: { events: [event] },
    expected: [{ ...event, appointmentId: 'e1' }],
    bad: { input: { calendarId: '..' }, error: /"Calendar" \(calendarId\) is not a valid id/ },
  })),
  {
    key: 'appointment_created_instant',
    title: 'no calendar: the first calendar of the location',
    apps: ['oauth'],
    input: {},
    before: [
      {
        request: { method: 'GET', path: '/calendars/', query: { locationId: LOCATION_ID } },
        reply: { calendars: [{ id: 'cal9', name: 'Consultations' }] },
      },
    ],
    request: { method: 'GET', path: '/calendars/events', query: eventsQuery({ calendarId: 'cal9' }) },
    reply: { events: [event] },
    expected: [{ ...event, appointmentId: 'e1' }],
    bad: { input: { calendarId: { id: 1 } }, error: /\(calendarId\)/ },
  },
  // ---- Messages: the conversation search of New Inbound Message, by direction ----
  {
    key: 'inbound_message_instant',
    apps: ['oauth'],
    input: { channel: 'SMS', contactId: 'c1' },
    request: {
      method: 'GET',
      path: '/conversations/search',
      query: convQuery('inbound', { contactId: 'c1', lastMessageType: 'TYPE_SMS' }),
    },
    reply: { conversations: [conversation], total: 1 },
    expected: [{ ...conversation, conversationId: 'conv1', lastMessageDate: '2026-03-01T11:00:00+00:00' }],
    bad: { input: { channel: 'Pigeon' }, error: /"Channel" \(channel\) must be one of: SMS, Email/ },
  },
  {
    key: 'outbound_message_instant',
    apps: ['oauth'],
    input: {},
    request: { method: 'GET', path: '/conversations/search', query: convQuery('outbound') },
    reply: { conversations: [{ ...conversation, lastMessageDirection: 'outbound' }], total: 1 },
    expected: [
      { ...conversation, lastMessageDirection: 'outbound', conversationId: 'conv1', lastMessageDate: '2026-03-01T11:00:00+00:00' },
    ],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  // ---- Tasks and notes: the contact's list, as New Task / Task Completed / New Note read it ----
  {
    key: 'task_created_instant',
    apps: ['oauth'],
    input: { contactId: 'c1' },
    request: { method: 'GET', path: '/contacts/c1/tasks' },
    reply: { tasks: [taskDone, task] },
    // Newest due date first, as New Task sorts them.
    expected: [
      { contactId: 'c1', ...taskDone, taskId: 't2' },
      { contactId: 'c1', ...task, taskId: 't1' },
    ],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  {
    key: 'task_created_instant',
    title: "no contact: the most recently changed contact's tasks",
    apps: ['oauth'],
    input: {},
    before: [{ request: { method: 'POST', path: '/contacts/search', body: contactSearch('dateUpdated') }, reply: { contacts: [contact] } }],
    request: { method: 'GET', path: '/contacts/c1/tasks' },
    reply: { tasks: [task] },
    expected: [{ contactId: 'c1', ...task, taskId: 't1' }],
    bad: { input: { assignedTo: '..' }, error: /"Assigned User" \(assignedTo\) is not a valid id/ },
  },
  {
    key: 'task_completed_instant',
    apps: ['oauth'],
    input: { contactId: 'c1' },
    request: { method: 'GET', path: '/contacts/c1/tasks' },
    reply: { tasks: [taskDone, task] },
    expected: [{ contactId: 'c1', ...taskDone, taskId: 't2' }],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  {
    key: 'note_created_instant',
    apps: ['oauth'],
    input: { contactId: 'c1' },
    request: { method: 'GET', path: '/contacts/c1/notes' },
    reply: { notes: [note] },
    expected: [{ contactId: 'c1', ...note, noteId: 'n1' }],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  // ---- Users, associations, relations ----
  {
    key: 'user_created_instant',
    apps: ['oauth'],
    input: {},
    request: { method: 'GET', path: '/users/', query: { locationId: LOCATION_ID } },
    reply: { users: [user] },
    expected: [{ ...user, name: 'Maya Patel', userId: 'u1' }],
  },
  {
    key: 'association_created_instant',
    apps: ['oauth'],
    input: {},
    request: { method: 'GET', path: '/associations/', query: { locationId: LOCATION_ID, limit: '100', skip: '0' } },
    reply: { associations: [association], total: 1 },
    expected: [{ ...association, associationId: 'as1' }],
  },
  {
    key: 'relation_created_instant',
    apps: ['oauth'],
    input: { associationId: 'as1' },
    before: [{ request: { method: 'POST', path: '/contacts/search', body: contactSearch('dateUpdated') }, reply: { contacts: [contact] } }],
    request: {
      method: 'GET',
      path: '/associations/relations/c1',
      query: { locationId: LOCATION_ID, associationIds: 'as1', limit: '100', skip: '0' },
    },
    reply: { relations: [relation], total: 1 },
    expected: [{ ...relation, relationId: 'r1' }],
    bad: { input: { associationId: '..' }, error: /"Association" \(associationId\) is not a valid id/ },
  },
];

/** One GHL event per instant trigger: the input (filters), what subscribe sends as filters, and the output. */

// ---- Commerce: invoices, orders, custom object records (the polling twins' requests) ----
const alt = { altId: LOCATION_ID, altType: 'location' };
const invoicePoll = { ...alt, limit: '100', offset: '0', sortField: 'issueDate', sortOrder: 'descend' };
const ghlInvoice = (status: string) => ({
  _id: 'inv1',
  status,
  liveMode: true,
  altId: LOCATION_ID,
  altType: 'location',
  name: 'Whitening package',
  invoiceNumber: '1042',
  currency: 'USD',
  total: 450.5,
  amountPaid: 0,
  amountDue: 450.5,
  issueDate: '2026-03-01',
  dueDate: '2026-03-15',
  contactDetails: { id: 'c1', name: 'Rosie Knight', email: 'rosie@example.com', phoneNo: '+14155550123' },
  invoiceItems: [{ name: 'Whitening session', qty: 2, amount: 210, currency: 'USD' }],
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:35:00.000Z',
});
const invoiceOut = (status: string) => ({
  id: 'inv1',
  invoiceId: 'inv1',
  invoiceNumber: '1042',
  name: 'Whitening package',
  status,
  liveMode: true,
  currency: 'USD',
  total: 450.5,
  amountPaid: 0,
  amountDue: 450.5,
  issueDate: '2026-03-01',
  dueDate: '2026-03-15',
  contactId: 'c1',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  contactPhone: '+14155550123',
  items: [{ name: 'Whitening session', quantity: 2, price: 210, currency: 'USD' }],
  locationId: LOCATION_ID,
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:35:00.000Z',
});
const INVOICE_TRIGGERS = [
  ['invoice_created_instant', 'InvoiceCreate', undefined, 'draft'],
  ['invoice_sent_instant', 'InvoiceSent', 'sent', 'sent'],
  ['invoice_paid_instant', 'InvoicePaid', 'paid', 'paid'],
  ['invoice_partially_paid_instant', 'InvoicePartiallyPaid', 'partially_paid', 'partially_paid'],
  ['invoice_voided_instant', 'InvoiceVoid', 'void', 'void'],
] as const;

/** An order as GET /payments/orders lists it. */
const listedOrder = {
  _id: 'ord1',
  altId: LOCATION_ID,
  altType: 'location',
  contactId: 'c1',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  currency: 'USD',
  amount: 150.1,
  subtotal: 138,
  discount: 0,
  status: 'completed',
  liveMode: true,
  fulfillmentStatus: 'unfulfilled',
  sourceType: 'website',
  sourceName: 'Smile Shop',
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:31:00.000Z',
};
const listedOrderOut = {
  id: 'ord1',
  orderId: 'ord1',
  locationId: LOCATION_ID,
  contactId: 'c1',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  status: 'completed',
  currency: 'USD',
  amount: 150.1,
  liveMode: true,
  fulfillmentStatus: 'unfulfilled',
  subtotal: 138,
  discount: 0,
  sourceType: 'website',
  sourceName: 'Smile Shop',
  items: [],
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:31:00.000Z',
};
const olderOrder = { ...listedOrder, _id: 'ord0', createdAt: '2026-02-01T10:00:00.000Z' };
const olderOrderOut = { ...listedOrderOut, id: 'ord0', orderId: 'ord0', createdAt: '2026-02-01T10:00:00.000Z' };

const smith = ['rec1', 'Smith Family', '2026-02-01T10:00:00.000Z', '2026-03-02T09:10:00.000Z'] as const;
const lee = ['rec2', 'Lee Family', '2026-03-01T14:30:00.000Z', '2026-03-01T14:30:00.000Z'] as const;

export const commerceListCases: OperationCase[] = [
  ...INVOICE_TRIGGERS.map(([key, , status, listed]): OperationCase => ({
    key,
    apps: ['oauth'],
    input: {},
    request: { method: 'GET', path: '/invoices/', query: { ...invoicePoll, ...(status ? { status } : {}) } },
    reply: { invoices: [ghlInvoice(listed)], total: 1 },
    expected: [invoiceOut(listed)],
  })),
  {
    key: 'order_created_instant',
    apps: ['oauth'],
    input: {},
    request: { method: 'GET', path: '/payments/orders', query: { ...alt, limit: '100' } },
    reply: { data: [olderOrder, listedOrder], totalCount: 2 },
    expected: [listedOrderOut, olderOrderOut],
  },
  {
    key: 'order_status_changed_instant',
    apps: ['oauth'],
    input: { status: 'completed' },
    request: { method: 'GET', path: '/payments/orders', query: { ...alt, status: 'completed', limit: '100' } },
    reply: { data: [listedOrder], totalCount: 1 },
    expected: [listedOrderOut],
    bad: { input: { status: ['a', 'b'] }, error: /"Status" \(status\)/ },
  },
  ...(
    [
      ['object_record_created_instant', 'createdAt', [lee, smith] as const],
      ['object_record_updated_instant', 'updatedAt', [smith, lee] as const],
    ] as const
  ).map(([key, sort, order]): OperationCase => ({
    key,
    apps: ['oauth'],
    input: { objectKey: OBJECT_KEY },
    request: search({ query: '', sort: [{ field: sort, direction: 'desc' }] }),
    before: [schemaLookup()],
    reply: { records: [order[1], order[0]].map((r) => found(r[0], r[1], r[2], r[3])), total: 2 },
    expected: [order[0], order[1]].map((r) => ({ ...mapped(r[0], r[1], r[2], r[3]), recordId: r[0] })),
    bad: { input: {}, error: /"Object" \(objectKey\) is required/ },
  })),
];

export interface InstantEvent {
  key: string;
  event: string;
  input?: Record<string, unknown>;
  /** The relay `filters` subscribe sends for `input` (absent: none). */
  filters?: Record<string, string>;
  /** GHL's payload as its webhook page shows it (with `type`, `locationId`). */
  payload: Record<string, unknown>;
  /** The trigger's output; `id` is always the envelope id. */
  expected: Record<string, unknown>;
  /** GHL requests perform makes (e.g. reading a record of the chosen object), in order. */
  before?: Array<{ request: ExpectedRequest; status?: number; reply: unknown }>;
}

const contactPayload = (type: string, extra: Record<string, unknown> = {}) => ({
  type,
  locationId: LOCATION_ID,
  id: 'nmFmQEsNgz6AVpgLVUJ0',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  companyName: 'Knight Dental',
  country: 'US',
  source: 'webinar form',
  dateAdded: '2026-03-01T14:30:00.000Z',
  dateOfBirth: '1990-01-05T00:00:00.000Z',
  dnd: false,
  email: 'rosie@example.com',
  name: 'Rosie Knight',
  firstName: 'Rosie',
  lastName: 'Knight',
  phone: '+14155550123',
  postalCode: '35061',
  tags: ['vip', 'webinar'],
  website: 'https://knightdental.example.com',
  attachments: [],
  assignedTo: 'u1',
  ...extra,
});
const contactExpected = (payload: Record<string, unknown>) => {
  const { type: _type, ...rest } = payload;
  return { ...rest, contactId: 'nmFmQEsNgz6AVpgLVUJ0' };
};

const opportunityPayload = (type: string) => ({
  type,
  locationId: LOCATION_ID,
  id: 'wWhVuzqpRuOA1ZVWi4FC',
  assignedTo: 'u1',
  contactId: 'cJAWDskpkJHbRbhAT7bs',
  monetaryValue: 4000,
  name: 'Knight Dental - whitening',
  pipelineId: 'p1',
  pipelineStageId: 's2',
  source: 'webinar',
  status: 'won',
  dateAdded: '2026-03-01T14:30:00.000Z',
});
const opportunityExpected = (payload: Record<string, unknown>) => {
  const { type: _type, ...rest } = payload;
  return { ...rest, opportunityId: 'wWhVuzqpRuOA1ZVWi4FC', createdAt: '2026-03-01T14:30:00.000Z' };
};

const appointment = {
  id: 'YS3jaqqeehkR2Is80miy',
  address: 'https://meet.example.com/rosie',
  title: 'Consultation with Rosie',
  calendarId: 'cal1',
  contactId: 'c1',
  groupId: 'g1',
  appointmentStatus: 'confirmed',
  assignedUserId: 'u1',
  users: ['u1'],
  notes: 'Bring the quote.',
  source: 'booking_widget',
  startTime: '2026-03-10T11:00:00-06:00',
  endTime: '2026-03-10T11:30:00-06:00',
  dateAdded: '2026-03-01T09:00:00-06:00',
  dateUpdated: '2026-03-01T09:00:00-06:00',
};

const inbound = {
  type: 'InboundMessage',
  locationId: LOCATION_ID,
  attachments: [],
  body: 'Can we move my appointment to Friday?',
  contactId: 'c1',
  contentType: 'text/plain',
  conversationId: 'conv1',
  dateAdded: '2026-03-01T12:00:00.000Z',
  direction: 'inbound',
  messageType: 'SMS',
  messageId: 'm1',
  status: 'delivered',
  conversationProviderId: 'prov1',
};
const outboundCall = {
  type: 'OutboundMessage',
  locationId: LOCATION_ID,
  attachments: ['https://example.com/recording.mp3'],
  contactId: 'c1',
  conversationId: 'conv1',
  dateAdded: '2026-03-01T12:05:00.000Z',
  direction: 'outbound',
  messageType: 'CALL',
  userId: 'u1',
  messageId: 'm2',
  status: 'completed',
  callDuration: 120,
  callStatus: 'completed',
};
const taskPayload = (type: string) => ({
  type,
  locationId: LOCATION_ID,
  id: 't1',
  assignedTo: 'u1',
  body: 'After 3 pm',
  contactId: 'c1',
  title: 'Call back',
  dateAdded: '2026-03-01T12:41:02.193Z',
  dueDate: '2026-03-05T15:00:00.000Z',
});
const withoutType = (p: Record<string, unknown>) => {
  const { type: _type, ...rest } = p;
  return rest;
};

const dndPayload = contactPayload('ContactDndUpdate', {
  dnd: true,
  dndSettings: { SMS: { status: 'active', message: 'Asked to stop', code: '103' }, Email: { status: 'inactive', message: '', code: '' } },
});
const userPayload = {
  type: 'UserCreate',
  locationId: LOCATION_ID,
  companyId: 'cmp1',
  id: 'u9',
  firstName: 'Sam',
  lastName: 'Lee',
  email: 'sam@example.com',
  phone: '+13235559998',
  extension: '111',
  role: 'user',
  permissions: { contactsEnabled: true, opportunitiesEnabled: true },
  locations: [LOCATION_ID],
};
// GHL's association and relation pages show no `type`; the relay's envelope carries it.
const associationPayload = {
  id: '67ade73d1119d2ac7ad0c475',
  associationType: 'USER_DEFINED',
  firstObjectKey: 'custom_objects.real_estate_buyer',
  firstObjectLabel: 'Interested Buyer',
  secondObjectKey: 'custom_objects.property',
  secondObjectLabel: 'Property',
  key: 'buyer_property_interest',
  locationId: LOCATION_ID,
};
const relationPayload = {
  id: '67ae0d741119d218c9d0c477',
  firstObjectKey: 'custom_objects.property',
  firstRecordId: '67a349a79b28947ec1f65bb5',
  secondObjectKey: 'contact',
  secondRecordId: 'c1',
  associationId: '669e5795add2094075906c65',
  locationId: LOCATION_ID,
};

// ---- Commerce events (GHL's pages: Invoice*.md, Order*.md, Record*.md) ----
/** GHL's invoice webhook payload: the invoice itself, the location as `altId` (no `locationId`, no `type`). */
const invoicePayload = (status: string, paid: number) => ({
  _id: '6578278e879ad2646715ba9c',
  status,
  liveMode: true,
  amountPaid: paid,
  altId: LOCATION_ID,
  altType: 'location',
  name: 'Whitening package',
  businessDetails: { name: 'Bright Smiles Dental', address: '9931 Beechwood, TX', phoneNo: '+1-214-559-6993' },
  invoiceNumber: '1042',
  currency: 'USD',
  contactDetails: { id: 'c1', phoneNo: '+14155550123', email: 'rosie@example.com', name: 'Rosie Knight', companyName: 'Knight Dental' },
  issueDate: '2026-03-01',
  dueDate: '2026-03-15',
  discount: { type: 'percentage', value: 0 },
  invoiceItems: [
    { taxes: [], _id: 'it1', productId: 'prod1', priceId: 'price1', currency: 'USD', name: 'Whitening session', qty: 2, amount: 210 },
  ],
  total: 420,
  title: 'INVOICE',
  amountDue: 420 - paid,
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:35:00.000Z',
  totalSummary: { subTotal: 420, discount: 0 },
});
const invoiceEventOut = (status: string, paid: number) => ({
  invoiceId: '6578278e879ad2646715ba9c',
  invoiceNumber: '1042',
  name: 'Whitening package',
  title: 'INVOICE',
  status,
  liveMode: true,
  currency: 'USD',
  total: 420,
  subTotal: 420,
  discountTotal: 0,
  amountPaid: paid,
  amountDue: 420 - paid,
  issueDate: '2026-03-01',
  dueDate: '2026-03-15',
  contactId: 'c1',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  contactPhone: '+14155550123',
  contactCompanyName: 'Knight Dental',
  businessName: 'Bright Smiles Dental',
  items: [{ name: 'Whitening session', quantity: 2, price: 210, currency: 'USD', productId: 'prod1', priceId: 'price1' }],
  locationId: LOCATION_ID,
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:35:00.000Z',
});
const INVOICE_EVENTS: Array<[string, string, string, number]> = [
  ['invoice_created_instant', 'InvoiceCreate', 'draft', 0],
  ['invoice_sent_instant', 'InvoiceSent', 'sent', 0],
  ['invoice_paid_instant', 'InvoicePaid', 'paid', 420],
  ['invoice_partially_paid_instant', 'InvoicePartiallyPaid', 'partially_paid', 200],
  ['invoice_voided_instant', 'InvoiceVoid', 'void', 0],
];

/** GHL's order webhook payload (OrderCreate/OrderStatusUpdate pages). */
const orderPayload = (type: string, status: string) => ({
  type,
  locationId: LOCATION_ID,
  _id: '660ed43bfdf9fc05a0de7a40',
  altId: LOCATION_ID,
  altType: 'location',
  status,
  taxSummary: [{ _id: 'tax1', name: '10%', calculation: 'exclusive', rate: 10, amount: 12.1 }],
  fulfillmentStatus: 'unfulfilled',
  contactId: 'c1',
  currency: 'USD',
  amount: 150.1,
  liveMode: true,
  amountSummary: { subtotal: 138, discount: 0, tax: 12.1, shipping: 0 },
  source: { type: 'website', subType: 'store', id: 'nohc1pPZJlpZTpxJfLCp', name: 'Smile Shop', meta: { pageUrl: '/checkout' } },
  coupon: { code: 'SPRING10' },
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:31:00.000Z',
  contactSnapshot: { id: 'c1', locationId: LOCATION_ID, firstName: 'Rosie', lastName: 'Knight', email: 'rosie@example.com', tags: [] },
  items: [
    {
      name: 'Whitening kit',
      qty: 1,
      product: { _id: 'prod1', name: 'Whitening kit', availableInStore: true },
      price: { _id: 'price1', name: 'Standard', type: 'one_time', currency: 'USD', amount: 138 },
    },
  ],
});
const orderEventOut = (status: string) => ({
  orderId: '660ed43bfdf9fc05a0de7a40',
  locationId: LOCATION_ID,
  contactId: 'c1',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  status,
  currency: 'USD',
  amount: 150.1,
  liveMode: true,
  fulfillmentStatus: 'unfulfilled',
  subtotal: 138,
  discount: 0,
  tax: 12.1,
  shipping: 0,
  sourceType: 'website',
  sourceSubType: 'store',
  sourceName: 'Smile Shop',
  sourceId: 'nohc1pPZJlpZTpxJfLCp',
  couponCode: 'SPRING10',
  items: [
    {
      name: 'Whitening kit',
      qty: 1,
      productId: 'prod1',
      productName: 'Whitening kit',
      priceId: 'price1',
      priceName: 'Standard',
      amount: 138,
    },
  ],
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:31:00.000Z',
});

/** GHL's record webhook payload (RecordCreate/RecordUpdate pages): no object key, properties as strings. */
const recordPayload = (type: string) => ({
  type,
  id: 'rec1',
  locationId: LOCATION_ID,
  timestamp: '2026-03-02T09:10:00.000Z',
  owners: ['usr1'],
  followers: [],
  properties: [{ key: 'plan_name', valueString: 'Smith Family' }],
});
/** perform reads the record from the chosen object (the payload names none), then the object's fields. */
const recordReads = [
  { request: { method: 'GET' as const, path: `/objects/${OBJECT_KEY}/records/rec1` }, reply: { record: found(...smith) } },
  schemaLookup(),
];

export const instantEvents: InstantEvent[] = [
  {
    key: 'contact_created_instant',
    event: 'ContactCreate',
    input: { tag: 'vip', assignedTo: 'u1' },
    filters: { tag: 'vip', assignedTo: 'u1' },
    payload: contactPayload('ContactCreate'),
    expected: contactExpected(contactPayload('ContactCreate')),
  },
  {
    key: 'contact_updated_instant',
    event: 'ContactUpdate',
    payload: contactPayload('ContactUpdate'),
    expected: contactExpected(contactPayload('ContactUpdate')),
  },
  {
    key: 'contact_deleted_instant',
    event: 'ContactDelete',
    input: { assignedTo: 'u1' },
    filters: { assignedTo: 'u1' },
    payload: contactPayload('ContactDelete'),
    expected: contactExpected(contactPayload('ContactDelete')),
  },
  {
    key: 'contact_tag_updated_instant',
    event: 'ContactTagUpdate',
    input: { tag: 'webinar' },
    filters: { tag: 'webinar' },
    payload: contactPayload('ContactTagUpdate'),
    expected: contactExpected(contactPayload('ContactTagUpdate')),
  },
  {
    key: 'contact_dnd_updated_instant',
    event: 'ContactDndUpdate',
    payload: dndPayload,
    expected: contactExpected(dndPayload),
  },
  {
    key: 'opportunity_created_instant',
    event: 'OpportunityCreate',
    input: { pipelineId: 'p1' },
    filters: { pipelineId: 'p1' },
    payload: opportunityPayload('OpportunityCreate'),
    expected: opportunityExpected(opportunityPayload('OpportunityCreate')),
  },
  {
    key: 'opportunity_status_changed_instant',
    event: 'OpportunityStatusUpdate',
    input: { status: 'Won', pipelineId: 'p1' },
    filters: { pipelineId: 'p1', status: 'won' },
    payload: opportunityPayload('OpportunityStatusUpdate'),
    expected: opportunityExpected(opportunityPayload('OpportunityStatusUpdate')),
  },
  {
    key: 'opportunity_stage_changed_instant',
    event: 'OpportunityStageUpdate',
    input: { pipelineId: 'p1', pipelineStageId: 's2' },
    filters: { pipelineId: 'p1', pipelineStageId: 's2' },
    payload: opportunityPayload('OpportunityStageUpdate'),
    expected: opportunityExpected(opportunityPayload('OpportunityStageUpdate')),
  },
  {
    key: 'opportunity_value_changed_instant',
    event: 'OpportunityMonetaryValueUpdate',
    payload: opportunityPayload('OpportunityMonetaryValueUpdate'),
    expected: opportunityExpected(opportunityPayload('OpportunityMonetaryValueUpdate')),
  },
  {
    key: 'opportunity_assigned_instant',
    event: 'OpportunityAssignedToUpdate',
    input: { assignedTo: 'u1' },
    filters: { assignedTo: 'u1' },
    payload: opportunityPayload('OpportunityAssignedToUpdate'),
    expected: opportunityExpected(opportunityPayload('OpportunityAssignedToUpdate')),
  },
  {
    key: 'appointment_created_instant',
    event: 'AppointmentCreate',
    input: { calendarId: 'cal1' },
    filters: { calendarId: 'cal1' },
    payload: { type: 'AppointmentCreate', locationId: LOCATION_ID, appointment },
    expected: { locationId: LOCATION_ID, ...appointment, appointmentId: appointment.id },
  },
  {
    key: 'appointment_updated_instant',
    event: 'AppointmentUpdate',
    payload: { type: 'AppointmentUpdate', locationId: LOCATION_ID, appointment: { ...appointment, appointmentStatus: 'showed' } },
    expected: { locationId: LOCATION_ID, ...appointment, appointmentStatus: 'showed', appointmentId: appointment.id },
  },
  {
    key: 'appointment_deleted_instant',
    event: 'AppointmentDelete',
    payload: { type: 'AppointmentDelete', locationId: LOCATION_ID, appointment },
    expected: { locationId: LOCATION_ID, ...appointment, appointmentId: appointment.id },
  },
  {
    key: 'inbound_message_instant',
    event: 'InboundMessage',
    input: { channel: 'SMS', contactId: 'c1' },
    filters: { messageType: 'SMS', contactId: 'c1' },
    payload: inbound,
    expected: {
      ...withoutType(inbound),
      lastMessageBody: inbound.body,
      lastMessageType: 'TYPE_SMS',
      lastMessageDirection: 'inbound',
      lastMessageDate: '2026-03-01T12:00:00.000Z',
    },
  },
  {
    key: 'outbound_message_instant',
    event: 'OutboundMessage',
    input: { channel: 'Call' },
    filters: { messageType: 'CALL' },
    payload: outboundCall,
    expected: {
      ...withoutType(outboundCall),
      lastMessageBody: undefined,
      lastMessageType: 'TYPE_CALL',
      lastMessageDirection: 'outbound',
      lastMessageDate: '2026-03-01T12:05:00.000Z',
    },
  },
  {
    key: 'task_created_instant',
    event: 'TaskCreate',
    input: { contactId: 'c1', assignedTo: 'u1' },
    filters: { contactId: 'c1', assignedTo: 'u1' },
    payload: taskPayload('TaskCreate'),
    expected: { ...withoutType(taskPayload('TaskCreate')), taskId: 't1' },
  },
  {
    key: 'task_completed_instant',
    event: 'TaskComplete',
    payload: taskPayload('TaskComplete'),
    expected: { ...withoutType(taskPayload('TaskComplete')), taskId: 't1', completed: true },
  },
  {
    key: 'note_created_instant',
    event: 'NoteCreate',
    input: { contactId: 'c1' },
    filters: { contactId: 'c1' },
    payload: {
      type: 'NoteCreate',
      locationId: LOCATION_ID,
      id: 'n1',
      body: 'Prefers email over phone.',
      contactId: 'c1',
      dateAdded: '2026-03-02T12:02:11.285Z',
    },
    expected: {
      locationId: LOCATION_ID,
      id: 'n1',
      body: 'Prefers email over phone.',
      contactId: 'c1',
      dateAdded: '2026-03-02T12:02:11.285Z',
      noteId: 'n1',
    },
  },
  {
    key: 'user_created_instant',
    event: 'UserCreate',
    payload: userPayload,
    expected: { ...withoutType(userPayload), name: 'Sam Lee', userId: 'u9' },
  },
  {
    key: 'association_created_instant',
    event: 'AssociationCreate',
    payload: associationPayload,
    expected: { ...associationPayload, associationId: associationPayload.id },
  },
  {
    key: 'relation_created_instant',
    event: 'RelationCreate',
    input: { associationId: '669e5795add2094075906c65' },
    filters: { associationId: '669e5795add2094075906c65' },
    payload: relationPayload,
    expected: { ...relationPayload, relationId: relationPayload.id },
  },
  ...INVOICE_EVENTS.map(([key, event, status, paid]): InstantEvent => ({
    key,
    event,
    payload: invoicePayload(status, paid),
    expected: invoiceEventOut(status, paid),
  })),
  {
    key: 'order_created_instant',
    event: 'OrderCreate',
    payload: orderPayload('OrderCreate', 'pending'),
    expected: orderEventOut('pending'),
  },
  {
    key: 'order_status_changed_instant',
    event: 'OrderStatusUpdate',
    input: { status: 'completed' },
    filters: { status: 'completed' },
    payload: orderPayload('OrderStatusUpdate', 'completed'),
    expected: orderEventOut('completed'),
  },
  ...(
    [
      ['object_record_created_instant', 'RecordCreate'],
      ['object_record_updated_instant', 'RecordUpdate'],
    ] as const
  ).map(([key, event]): InstantEvent => ({
    key,
    event,
    input: { objectKey: OBJECT_KEY },
    payload: recordPayload(event),
    before: recordReads,
    expected: { ...mapped(...smith), recordId: 'rec1' },
  })),
];
