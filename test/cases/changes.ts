import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

/**
 * The fixed "now" of the windowed triggers' tests (changes.test.ts fixes Date.now to it). Only the
 * table is exported: faults.ts reads every export of this file as a table.
 */
const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

/**
 * The query of GET /calendars/events: exact, with the window now - 1 day .. now + 60 days read
 * from Date.now() when the request is matched (fixed in changes.test.ts; the real clock, within
 * a few seconds, when faults.ts drives the row).
 */
const eventsQuery = (extra: Record<string, string>) =>
  ((actual: Record<string, string>) => {
    const { startTime, endTime, ...rest } = actual;
    const start = Number(startTime);
    const now = Date.now();
    const exactKeys =
      JSON.stringify(Object.entries(rest).sort()) === JSON.stringify(Object.entries({ locationId: LOCATION_ID, ...extra }).sort());
    return (
      exactKeys &&
      /^\d{13}$/.test(startTime) &&
      Number(endTime) - start === 61 * DAY &&
      Math.abs(start - (now - DAY)) <= (now === NOW ? 0 : 10_000)
    );
  }) as unknown as Record<string, string>;

const contactA = {
  id: 'c1',
  firstName: 'Rosie',
  lastName: 'Knight',
  dateAdded: '2026-03-01T10:00:00.000Z',
  dateUpdated: '2026-03-01T11:00:00.000Z',
};
const contactB = { id: 'c2', contactName: 'Ann Lee', dateAdded: '2026-02-28T10:00:00.000Z', dateUpdated: '2026-02-28T10:00:00.000Z' };

const opportunityA = {
  id: 'o1',
  name: 'Knight Dental',
  status: 'won',
  pipelineId: 'p1',
  pipelineStageId: 's2',
  lastStatusChangeAt: '2026-03-01T11:00:00.000Z',
  lastStageChangeAt: '2026-03-01T10:00:00.000Z',
  createdAt: '2026-02-20T10:00:00.000Z',
};
const opportunityB = {
  id: 'o2',
  name: 'Lee Ortho',
  status: 'open',
  pipelineId: 'p1',
  pipelineStageId: 's1',
  createdAt: '2026-02-27T10:00:00.000Z',
};

const eventA = {
  id: 'e1',
  calendarId: 'cal1',
  appointmentStatus: 'confirmed',
  dateAdded: '2026-03-01T09:00:00+00:00',
  dateUpdated: '2026-03-01T09:30:00+00:00',
};
const eventB = {
  id: 'e2',
  calendarId: 'cal1',
  appointmentStatus: 'cancelled',
  dateAdded: '2026-02-27T09:00:00+00:00',
  dateUpdated: '2026-03-01T10:00:00+00:00',
};

const conversationA = { id: 'conv1', contactId: 'c1', lastMessageBody: 'Hi!', lastMessageType: 'TYPE_SMS', lastMessageDate: 1772362800000 };
const conversationB = {
  id: 'conv2',
  contactId: 'c2',
  lastMessageBody: 'Hello',
  lastMessageType: 'TYPE_SMS',
  lastMessageDate: 1772359200000,
};

const taskOpen = { id: 't1', title: 'Call back', completed: false, dueDate: '2026-03-05T15:00:00.000Z' };
const taskDone = { id: 't2', title: 'Send quote', completed: true, dueDate: '2026-03-03T15:00:00.000Z' };

const noteOld = { id: 'n1', body: 'Prefers email.', dateAdded: '2026-02-01T10:00:00.000Z' };
const noteNew = { id: 'n2', body: 'Asked for a quote.', dateAdded: '2026-03-01T10:00:00.000Z' };

/** Find Opportunity's query (GET /opportunities/search, snake_case names). */
const oppQuery = (extra: Record<string, string> = {}) => ({ location_id: LOCATION_ID, order: 'added_desc', limit: '100', ...extra });
/** The body of POST /opportunities/search for a trigger: newest change first (sort from GHL's guide). */
const oppSearch = (field: string, filters?: Array<Record<string, string>>) => ({
  locationId: LOCATION_ID,
  page: 1,
  limit: 100,
  ...(filters ? { filters } : {}),
  sort: [{ field, direction: 'desc' }],
});
const convQuery = (extra: Record<string, string> = {}) => ({
  locationId: LOCATION_ID,
  lastMessageDirection: 'inbound',
  sortBy: 'last_message_date',
  sort: 'desc',
  limit: '100',
  ...extra,
});

export const changeCases: OperationCase[] = [
  // ---- Contacts ----
  {
    key: 'new_contact',
    input: {},
    request: {
      method: 'POST',
      path: '/contacts/search',
      body: { locationId: LOCATION_ID, page: 1, pageLimit: 100, sort: [{ field: 'dateAdded', direction: 'desc' }] },
    },
    reply: { contacts: [contactA, contactB], total: 2 },
    expected: [
      { ...contactA, name: 'Rosie Knight' },
      { ...contactB, name: 'Ann Lee' },
    ],
    bad: { input: { assignedTo: '..' }, error: /"Assigned User" \(assignedTo\) is not a valid id/ },
  },
  {
    key: 'updated_contact',
    input: { tag: 'vip', assignedTo: 'u1' },
    request: {
      method: 'POST',
      path: '/contacts/search',
      body: {
        locationId: LOCATION_ID,
        page: 1,
        pageLimit: 100,
        filters: [
          { field: 'tags', operator: 'eq', value: 'vip' },
          { field: 'assignedTo', operator: 'eq', value: 'u1' },
        ],
        sort: [{ field: 'dateUpdated', direction: 'desc' }],
      },
    },
    reply: { contacts: [contactA, contactB], total: 2 },
    expected: [
      { ...contactA, name: 'Rosie Knight', id: 'c1:2026-03-01T11:00:00.000Z', contactId: 'c1' },
      { ...contactB, name: 'Ann Lee', id: 'c2:2026-02-28T10:00:00.000Z', contactId: 'c2' },
    ],
    bad: { input: { assignedTo: '..' }, error: /"Assigned User" \(assignedTo\) is not a valid id/ },
  },
  {
    key: 'new_task',
    input: { contactId: 'c1' },
    request: { method: 'GET', path: '/contacts/c1/tasks' },
    reply: { tasks: [taskDone, taskOpen] },
    expected: [
      { contactId: 'c1', ...taskOpen },
      { contactId: 'c1', ...taskDone },
    ],
    bad: { input: {}, error: /"Contact" \(contactId\) is required/ },
  },
  {
    key: 'completed_task',
    input: { contactId: 'c1' },
    request: { method: 'GET', path: '/contacts/c1/tasks' },
    reply: { tasks: [taskOpen, taskDone] },
    expected: [{ contactId: 'c1', ...taskDone, id: 't2:completed', taskId: 't2' }],
    bad: { input: {}, error: /"Contact" \(contactId\) is required/ },
  },
  {
    key: 'new_note',
    input: { contactId: 'c1' },
    request: { method: 'GET', path: '/contacts/c1/notes' },
    reply: { notes: [noteOld, noteNew] },
    expected: [
      { contactId: 'c1', ...noteNew },
      { contactId: 'c1', ...noteOld },
    ],
    bad: { input: {}, error: /"Contact" \(contactId\) is required/ },
  },
  // ---- Opportunities ----
  {
    key: 'new_opportunity',
    input: { pipelineId: 'p1', status: 'Open' },
    request: {
      method: 'POST',
      path: '/opportunities/search',
      body: oppSearch('date_added', [
        { field: 'pipeline_id', operator: 'eq', value: 'p1' },
        { field: 'status', operator: 'eq', value: 'open' },
      ]),
    },
    reply: { opportunities: [opportunityB], total: 1 },
    expected: [opportunityB],
    bad: { input: { status: 'maybe' }, error: /"Status" \(status\) must be one of: open, won, lost, abandoned/ },
  },
  {
    key: 'opportunity_status_changed',
    input: { status: 'won', pipelineId: 'p1', pipelineStageId: 's2' },
    request: {
      method: 'POST',
      path: '/opportunities/search',
      body: oppSearch('last_status_change_date', [
        { field: 'pipeline_id', operator: 'eq', value: 'p1' },
        { field: 'pipeline_stage_id', operator: 'eq', value: 's2' },
        { field: 'status', operator: 'eq', value: 'won' },
      ]),
    },
    reply: { opportunities: [opportunityB, opportunityA], total: 2 },
    expected: [
      { ...opportunityA, id: 'o1:won:2026-03-01T11:00:00.000Z', opportunityId: 'o1' },
      { ...opportunityB, id: 'o2:open', opportunityId: 'o2' },
    ],
    bad: { input: { status: 'maybe' }, error: /"Status" \(status\) must be one of/ },
  },
  {
    key: 'opportunity_stage_changed',
    input: {},
    request: { method: 'POST', path: '/opportunities/search', body: oppSearch('last_stage_change_date') },
    reply: { opportunities: [opportunityB, opportunityA], total: 2 },
    expected: [
      { ...opportunityA, id: 'o1:s2:2026-03-01T10:00:00.000Z', opportunityId: 'o1' },
      { ...opportunityB, id: 'o2:s1', opportunityId: 'o2' },
    ],
    bad: { input: { pipelineStageId: '..' }, error: /"Stage" \(pipelineStageId\) is not a valid id/ },
  },
  // ---- Calendars ----
  {
    key: 'new_appointment',
    input: { calendarId: 'cal1' },
    request: { method: 'GET', path: '/calendars/events', query: eventsQuery({ calendarId: 'cal1' }) },
    reply: { events: [eventB, eventA] },
    expected: [eventA, eventB],
    bad: { input: {}, error: /give at least one of "Calendar" \(calendarId\), "User" \(userId\) or "Calendar Group" \(groupId\)/ },
  },
  {
    key: 'appointment_status_changed',
    input: { userId: 'u1' },
    request: { method: 'GET', path: '/calendars/events', query: eventsQuery({ userId: 'u1' }) },
    reply: { events: [eventA, eventB] },
    expected: [
      { ...eventB, id: 'e2:cancelled', appointmentId: 'e2' },
      { ...eventA, id: 'e1:confirmed', appointmentId: 'e1' },
    ],
    bad: { input: { calendarId: 'cal1', appointmentStatus: 'lost' }, error: /"Status" \(appointmentStatus\) must be one of/ },
  },
  {
    key: 'appointment_status_changed',
    title: 'only one status',
    input: { groupId: 'g1', appointmentStatus: 'Cancelled' },
    request: { method: 'GET', path: '/calendars/events', query: eventsQuery({ groupId: 'g1' }) },
    reply: { events: [eventA, eventB] },
    expected: [{ ...eventB, id: 'e2:cancelled', appointmentId: 'e2' }],
    bad: { input: {}, error: /\(calendarId\)/ },
  },
  // ---- Conversations ----
  {
    key: 'new_inbound_message',
    input: { channel: 'WhatsApp', contactId: 'c1' },
    request: {
      method: 'GET',
      path: '/conversations/search',
      query: convQuery({ contactId: 'c1', lastMessageType: 'TYPE_WHATSAPP' }),
    },
    reply: { conversations: [conversationA], total: 1 },
    expected: [{ ...conversationA, id: 'conv1:1772362800000', conversationId: 'conv1', lastMessageDate: '2026-03-01T11:00:00+00:00' }],
    bad: { input: { channel: 'Pigeon' }, error: /"Channel" \(channel\) must be one of: SMS, Email/ },
  },
  {
    key: 'new_inbound_message',
    title: 'all channels',
    input: {},
    request: { method: 'GET', path: '/conversations/search', query: convQuery() },
    reply: { conversations: [conversationA, conversationB], total: 2 },
    expected: [
      { ...conversationA, id: 'conv1:1772362800000', conversationId: 'conv1', lastMessageDate: '2026-03-01T11:00:00+00:00' },
      { ...conversationB, id: 'conv2:1772359200000', conversationId: 'conv2', lastMessageDate: '2026-03-01T10:00:00+00:00' },
    ],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  // ---- Send Message ----
  {
    key: 'send_message',
    title: 'SMS with a file',
    input: {
      type: 'SMS',
      contactId: 'c1',
      message: 'Your quote is attached.',
      attachments: ['https://zapier-files.example.com/quote.pdf'],
      scheduledAt: '2026-03-02T09:00:00Z',
    },
    request: {
      method: 'POST',
      path: '/conversations/messages',
      body: {
        type: 'SMS',
        contactId: 'c1',
        message: 'Your quote is attached.',
        attachments: ['https://zapier-files.example.com/quote.pdf'],
        scheduledTimestamp: 1772442000,
      },
    },
    reply: { conversationId: 'conv1', messageId: 'm1', msg: 'Message queued successfully.' },
    expected: { id: 'm1', conversationId: 'conv1', messageId: 'm1', msg: 'Message queued successfully.', contactId: 'c1', type: 'SMS' },
    bad: { input: { type: 'SMS', contactId: 'c1' }, error: /"Message" \(message\) is required for SMS/ },
  },
  {
    key: 'send_message',
    title: 'email',
    input: {
      type: 'email',
      contactId: 'c1',
      subject: 'Your quote',
      html: '<p>Hi Rosie</p>',
      emailFrom: 'hello@knightdental.example.com',
      emailCc: 'a@example.com, b@example.com',
      emailBcc: ['c@example.com'],
    },
    request: {
      method: 'POST',
      path: '/conversations/messages',
      body: {
        type: 'Email',
        contactId: 'c1',
        subject: 'Your quote',
        html: '<p>Hi Rosie</p>',
        emailFrom: 'hello@knightdental.example.com',
        emailCc: ['a@example.com', 'b@example.com'],
        emailBcc: ['c@example.com'],
      },
    },
    reply: { conversationId: 'conv1', messageId: 'm2', emailMessageId: 'em2' },
    expected: { id: 'm2', conversationId: 'conv1', messageId: 'm2', emailMessageId: 'em2', contactId: 'c1', type: 'Email' },
    bad: { input: { type: 'Email', contactId: 'c1', html: '<p>Hi</p>' }, error: /"Email Subject" \(subject\) is required for email/ },
  },
  {
    key: 'send_message',
    title: 'email without a body',
    input: { type: 'Email', contactId: 'c1', subject: 'Hi', message: 'Plain text works too.' },
    request: {
      method: 'POST',
      path: '/conversations/messages',
      body: { type: 'Email', contactId: 'c1', message: 'Plain text works too.', subject: 'Hi' },
    },
    reply: { conversationId: 'conv1', messageId: 'm3' },
    expected: { id: 'm3', conversationId: 'conv1', messageId: 'm3', contactId: 'c1', type: 'Email' },
    bad: { input: { type: 'Email', contactId: 'c1', subject: 'Hi' }, error: /"Email HTML" \(html\) or "Message" \(message\) is required/ },
  },
  // ---- API Request ----
  {
    key: 'api_request',
    title: 'POST to conversations, Version from the path',
    input: { method: 'POST', path: '/conversations/', body: '{"locationId":"loc","contactId":"c1"}' },
    request: { method: 'POST', path: '/conversations/', version: '2021-04-15', body: { locationId: 'loc', contactId: 'c1' } },
    status: 201,
    reply: { success: true, conversation: { id: 'conv9' } },
    expected: { status: 201, data: { success: true, conversation: { id: 'conv9' } } },
    bad: { input: { method: 'POST', path: '//evil.example.com/x' }, error: /"Path" \(path\) must be a path on the GHL API/ },
  },
  {
    key: 'api_request',
    title: 'version override',
    input: { method: 'GET', path: '/calendars/', version: '2021-07-28', query: { locationId: 'loc' } },
    request: { method: 'GET', path: '/calendars/', version: '2021-07-28', query: { locationId: 'loc' } },
    reply: { calendars: [] },
    expected: { status: 200, data: { calendars: [] } },
    bad: { input: { path: 'contacts' }, error: /"Path" \(path\) must start with "\/"/ },
  },
  {
    key: 'api_request',
    input: { method: 'GET', path: '/locations/{locationId}/tags?limit=5', query: { skip: '10' } },
    request: { method: 'GET', path: `/locations/${LOCATION_ID}/tags`, query: { limit: '5', skip: '10' } },
    reply: { tags: [{ id: 'tag1', name: 'vip' }] },
    expected: { status: 200, data: { tags: [{ id: 'tag1', name: 'vip' }] } },
    bad: { input: { path: 'https://evil.example.com/x' }, error: /"Path" \(path\) must be a path on the GHL API/ },
  },
  // ---- Find Opportunity ----
  {
    key: 'find_opportunity',
    input: { contactId: 'c1', pipelineId: 'p1', name: 'knight dental ' },
    request: {
      method: 'GET',
      path: '/opportunities/search',
      query: oppQuery({ contact_id: 'c1', pipeline_id: 'p1', q: 'knight dental' }),
    },
    reply: { opportunities: [{ ...opportunityA, name: 'Knight Dental - whitening' }, opportunityA], meta: { total: 2 } },
    expected: [opportunityA],
    bad: { input: {}, error: /give a "Contact" \(contactId\), a "Pipeline" \(pipelineId\) or an "Opportunity Name" \(name\)/ },
  },
  {
    key: 'find_opportunity',
    title: 'partial names',
    input: { name: 'Knight', partialName: 'yes', status: 'won' },
    request: { method: 'GET', path: '/opportunities/search', query: oppQuery({ q: 'Knight', status: 'won' }) },
    reply: { opportunities: [opportunityA], meta: { total: 1 } },
    expected: [opportunityA],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
];
