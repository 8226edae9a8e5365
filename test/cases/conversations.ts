import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

/** What z.dehydrateFile gives for a hydrator and its payload (the app tester signs nothing). */
const dehydrated = (method: string, path: string) =>
  `hydrate|||${JSON.stringify({ type: 'file', method: `hydrators.${method}`, bundle: { path } })}|||hydrate`;

const older = { id: 'cv1', contactId: 'c1', lastMessageBody: 'Hi', lastMessageDate: 1772289000000, sort: [1772289000000] };
const newer = { id: 'cv2', contactId: 'c2', lastMessageBody: 'Hello', lastMessageDate: 1772375400000, sort: [1772375400000] };
const msgOld = { id: 'm1', body: 'Hi', dateAdded: '2026-03-01T10:00:00.000Z', direction: 'inbound' };
const msgNew = { id: 'm2', body: 'Hello', dateAdded: '2026-03-01T11:00:00.000Z', direction: 'outbound' };
/** What users map: GHL's epoch milliseconds as ISO 8601. */
const olderOut = { ...older, lastMessageDate: '2026-02-28T14:30:00+00:00' };
const newerOut = { ...newer, lastMessageDate: '2026-03-01T14:30:00+00:00' };
const sentences = [
  { mediaChannel: 1, sentenceIndex: 0, startTime: 0, endTime: 3, transcript: 'This call may be recorded.', confidence: 0.9 },
  { mediaChannel: 2, sentenceIndex: 1, startTime: 4, endTime: 8, transcript: ' I would like to move my appointment. ', confidence: 0.8 },
];

export const conversationCases: OperationCase[] = [
  {
    key: 'list_recent_messages',
    input: {},
    request: {
      method: 'GET',
      path: '/conversations/messages/export',
      query: { locationId: LOCATION_ID, sortBy: 'createdAt', sortOrder: 'desc', limit: '100' },
    },
    reply: { messages: [{ ...msgNew, messageType: 'TYPE_SMS' }], nextCursor: 'cur2', total: 2 },
    expected: [{ ...msgNew, messageType: 'TYPE_SMS', label: 'SMS · outbound · 2026-03-01T11:00:00.000Z · Hello' }],
  },
  {
    key: 'list_recent_calls',
    input: {},
    request: {
      method: 'GET',
      path: '/conversations/messages/export',
      query: { locationId: LOCATION_ID, channel: 'Call', sortBy: 'createdAt', sortOrder: 'desc', limit: '100' },
    },
    reply: { messages: [{ id: 'm3', messageType: 'TYPE_CALL', direction: 'inbound', dateAdded: '2026-03-01T12:00:00.000Z' }], total: 1 },
    expected: [
      {
        id: 'm3',
        messageType: 'TYPE_CALL',
        direction: 'inbound',
        dateAdded: '2026-03-01T12:00:00.000Z',
        label: 'CALL · inbound · 2026-03-01T12:00:00.000Z',
      },
    ],
  },
  {
    key: 'search_conversations',
    input: { contactId: 'c1', status: 'Unread', lastMessageDirection: 'inbound', query: 'rosie' },
    request: {
      method: 'GET',
      path: '/conversations/search',
      query: {
        locationId: LOCATION_ID,
        contactId: 'c1',
        status: 'unread',
        lastMessageDirection: 'inbound',
        query: 'rosie',
        sort: 'desc',
        sortBy: 'last_message_date',
        limit: '50',
      },
    },
    reply: { conversations: [older, newer], total: 2 },
    expected: [newerOut, olderOut],
    bad: { input: { status: 'archived' }, error: /"Status" \(status\) must be one of: all, read, unread, starred, recents/ },
  },
  {
    key: 'conversation_messages',
    title: 'nested page, as GHL answers',
    input: { conversationId: 'cv1', type: 'TYPE_SMS, TYPE_EMAIL' },
    request: { method: 'GET', path: '/conversations/cv1/messages', query: { type: 'TYPE_SMS,TYPE_EMAIL', limit: '50' } },
    reply: { messages: { lastMessageId: 'm1', nextPage: false, messages: [msgOld, msgNew] } },
    expected: [msgNew, msgOld],
    bad: { input: {}, error: /"Conversation" \(conversationId\) is required/ },
  },
  {
    key: 'conversation_messages',
    title: 'top-level page, as the spec shows',
    input: { conversationId: 'cv1' },
    request: { method: 'GET', path: '/conversations/cv1/messages', query: { limit: '50' } },
    reply: { lastMessageId: 'm1', nextPage: false, messages: [msgNew] },
    expected: [msgNew],
    bad: { input: { conversationId: '..' }, error: /"Conversation" \(conversationId\) is not a valid id/ },
  },
  {
    key: 'list_conversation_emails',
    // Each email by its own ID (what the email endpoints take), labelled with its subject.
    input: { conversationId: 'cv1', emailMessageId: 'ignored' },
    request: { method: 'GET', path: '/conversations/cv1/messages', query: { type: 'TYPE_EMAIL', limit: '50' } },
    reply: {
      messages: {
        lastMessageId: 'm2',
        nextPage: false,
        messages: [
          {
            id: 'm2',
            messageType: 'TYPE_EMAIL',
            direction: 'inbound',
            dateAdded: '2026-03-01T14:30:00.000Z',
            body: 'Hi',
            meta: { email: { messageIds: ['em2'], subject: 'Your visit' } },
          },
          { id: 'm1', messageType: 'TYPE_EMAIL', direction: 'outbound', dateAdded: '2026-02-28T14:30:00.000Z', meta: {} },
        ],
      },
    },
    expected: [{ id: 'em2', messageId: 'm2', label: 'Your visit · EMAIL · inbound · 2026-03-01T14:30:00.000Z · Hi' }],
    bad: { input: {}, error: /"Conversation" \(conversationId\) is required/ },
  },
  {
    key: 'get_conversation',
    input: { conversationId: 'cv 1' },
    request: { method: 'GET', path: '/conversations/cv%201' },
    reply: { ...newer, inbox: true, unreadCount: 1, dateAdded: 1772289000000 },
    expected: [{ ...newerOut, inbox: true, unreadCount: 1, dateAdded: '2026-02-28T14:30:00+00:00' }],
    bad: { input: {}, error: /"Conversation" \(conversationId\) is required/ },
  },
  {
    key: 'get_email_message',
    input: { conversationId: 'cv1', emailMessageId: 'em1' },
    // No Version in the spec: conversations' 2021-04-15 is sent (from the path).
    request: { method: 'GET', path: '/conversations/messages/email/em1', version: '2021-04-15' },
    reply: { emailMessage: { id: 'em1', subject: 'Hello', to: ['a@example.com'] } },
    expected: [{ id: 'em1', subject: 'Hello', to: ['a@example.com'] }],
    bad: { input: {}, error: /"Email" \(emailMessageId\) is required/ },
  },
  {
    key: 'get_message',
    input: { messageId: 'm1' },
    request: { method: 'GET', path: '/conversations/messages/m1' },
    reply: msgOld,
    expected: [msgOld],
    bad: { input: {}, error: /"Message" \(messageId\) is required/ },
  },
  {
    key: 'get_message',
    title: 'wrapped in message',
    input: { messageId: 'm1' },
    request: { method: 'GET', path: '/conversations/messages/m1' },
    reply: { message: msgOld },
    expected: [msgOld],
    bad: { input: { messageId: '' }, error: /"Message" \(messageId\) is required/ },
  },
  {
    key: 'get_message_recording',
    input: { messageId: 'm1' },
    // The existence check: the message itself, never the audio.
    request: { method: 'GET', path: '/conversations/messages/m1' },
    reply: {
      message: {
        id: 'm1',
        conversationId: 'cv1',
        contactId: 'c1',
        dateAdded: '2026-03-01T10:00:00.000Z',
        direction: 'inbound',
        meta: { call: { duration: 42, status: 'completed' } },
      },
    },
    expected: [
      {
        id: 'm1',
        messageId: 'm1',
        locationId: LOCATION_ID,
        conversationId: 'cv1',
        contactId: 'c1',
        dateAdded: '2026-03-01T10:00:00.000Z',
        direction: 'inbound',
        callDuration: 42,
        callStatus: 'completed',
        recording: dehydrated('messageRecording', `/conversations/messages/m1/locations/${LOCATION_ID}/recording`),
      },
    ],
    bad: { input: {}, error: /"Call" \(messageId\) is required/ },
  },
  {
    key: 'get_message_transcription',
    input: { messageId: 'm1' },
    request: { method: 'GET', path: `/conversations/locations/${LOCATION_ID}/messages/m1/transcription` },
    reply: sentences,
    expected: [
      {
        id: 'm1',
        messageId: 'm1',
        transcript: 'This call may be recorded. I would like to move my appointment.',
        sentenceCount: 2,
        sentences,
      },
    ],
    bad: { input: {}, error: /"Call" \(messageId\) is required/ },
  },
  {
    key: 'get_message_transcription',
    title: 'one sentence object, as the spec shows',
    input: { messageId: 'm1' },
    request: { method: 'GET', path: `/conversations/locations/${LOCATION_ID}/messages/m1/transcription` },
    reply: sentences[0],
    expected: [{ id: 'm1', messageId: 'm1', transcript: 'This call may be recorded.', sentenceCount: 1, sentences: [sentences[0]] }],
    bad: { input: { messageId: '..' }, error: /"Call" \(messageId\) is not a valid id/ },
  },
  {
    key: 'get_message_transcription',
    title: 'no transcription for the message: finds nothing',
    input: { messageId: 'm1' },
    request: { method: 'GET', path: `/conversations/locations/${LOCATION_ID}/messages/m1/transcription` },
    status: 404,
    reply: { statusCode: 404, message: 'Transcription not found' },
    expected: [],
    bad: { input: { messageId: '' }, error: /"Call" \(messageId\) is required/ },
  },
  {
    key: 'download_message_transcription',
    input: { messageId: 'm1' },
    // The existence check: the transcription as JSON, never the file.
    request: { method: 'GET', path: `/conversations/locations/${LOCATION_ID}/messages/m1/transcription` },
    reply: sentences,
    expected: [
      {
        id: 'm1',
        messageId: 'm1',
        locationId: LOCATION_ID,
        sentenceCount: 2,
        file: dehydrated('messageTranscription', `/conversations/locations/${LOCATION_ID}/messages/m1/transcription/download`),
      },
    ],
    bad: { input: {}, error: /"Call" \(messageId\) is required/ },
  },
  {
    key: 'update_message_status',
    input: { messageId: 'm1', status: 'failed', errorCode: '30003', errorMessage: 'Unreachable handset' },
    request: {
      method: 'PUT',
      path: '/conversations/messages/m1/status',
      body: { status: 'failed', error: { code: '30003', type: 'saas', message: 'Unreachable handset' } },
    },
    reply: { conversationId: 'cv1', messageId: 'm1', msg: 'Message status updated', status: 'failed' },
    expected: { id: 'm1', conversationId: 'cv1', messageId: 'm1', msg: 'Message status updated', status: 'failed' },
    bad: { input: { messageId: 'm1', status: 'lost' }, error: /"Status" \(status\) must be one of: delivered, failed, pending, read/ },
  },
  {
    key: 'live_chat_agent_typing',
    input: { conversationId: 'cv1', visitorId: 'v1', isTyping: 'yes' },
    request: {
      method: 'POST',
      path: '/conversations/providers/live-chat/typing',
      body: { locationId: LOCATION_ID, isTyping: 'true', visitorId: 'v1', conversationId: 'cv1' },
    },
    status: 201,
    reply: { success: true },
    expected: { conversationId: 'cv1', visitorId: 'v1', isTyping: true, success: true },
    bad: { input: { conversationId: 'cv1', isTyping: 'yes' }, error: /"Visitor ID" \(visitorId\) is required/ },
  },
];
