/** What the Conversations & Messages operations share: dropdowns, answer readers and samples. */
import { z as zod } from 'zod';
import { fields, type FieldDef } from '../fields';
import { EVENT_ID_SAMPLE, isoDates } from '../output';

export const conversationField = (opts: { required?: boolean; label?: string; helpText?: string; altersDynamicFields?: boolean } = {}) =>
  fields.id(opts.label ?? 'Conversation', {
    dynamic: 'search_conversations.id.contactName',
    helpText: opts.helpText ?? 'Choose a conversation, or map a conversation ID from an earlier step.',
    required: opts.required,
    altersDynamicFields: opts.altersDynamicFields,
  });

/** The conversation an Email dropdown lists the emails of; only used for that list. */
export const emailConversationField = () =>
  conversationField({
    altersDynamicFields: true,
    helpText: 'Choose a conversation to list its emails in the dropdown below. Only used for that list.',
  });

/** An email by its own ID (not its message ID), picked from the emails of the conversation above. */
export const emailMessageField = (opts: { required?: boolean; helpText?: string } = {}) =>
  fields.id('Email', {
    dynamic: 'list_conversation_emails.id.label',
    dependsOn: ['conversationId'],
    required: opts.required,
    helpText:
      opts.helpText ??
      "Choose one of the conversation's emails, or map an email's own ID (an email message's Meta Email Message IDs, e.g. from Find Message).",
  });

/** Page size of the conversation search; GHL's default is 20. */
export const CONVERSATION_PAGE_SIZE = 50;
export const MESSAGE_PAGE_SIZE = 50;

type Dict = Record<string, unknown>;
const isObject = (v: unknown): v is Dict => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/**
 * A message: a dropdown of the location's latest messages (or only calls), as listed by the
 * hidden triggers list_recent_messages and list_recent_calls; a mapped message ID works too.
 */
export const messageIdField = (opts: { calls?: boolean; label?: string; helpText?: string } = {}) =>
  fields.id(opts.label ?? (opts.calls ? 'Call' : 'Message'), {
    required: true,
    dynamic: opts.calls ? 'list_recent_calls.id.label' : 'list_recent_messages.id.label',
    helpText:
      opts.helpText ??
      (opts.calls
        ? 'Choose one of the latest calls, or map a message ID from an earlier step (e.g. New Message in Conversation).'
        : 'Choose one of the latest messages, or map a message ID from an earlier step (e.g. New Inbound Message).'),
  });

/** The text a message dropdown shows: channel, direction, time and the start of the text. */
export const messageLabel = (m: Dict): string => {
  const type = String(m.messageType ?? m.type ?? 'Message').replace(/^TYPE_/, '');
  const text = typeof m.body === 'string' ? m.body.replace(/\s+/g, ' ').trim().slice(0, 60) : '';
  return [type, m.direction, m.dateAdded, text].filter((x) => x !== undefined && x !== null && x !== '').join(' · ');
};

/** Page size of the location message export (GHL allows 10 to 500). */
export const RECENT_MESSAGE_PAGE_SIZE = 100;

/**
 * The location's messages, newest first (GET /conversations/messages/export), each with a
 * dropdown `label`. UNVERIFIED against a live account: the export is documented with a
 * `nextCursor`, used here for "load more"; an answer without `messages` lists nothing.
 */
export const recentMessagesSpec = {
  endpoint: 'GET /conversations/messages/export',
  scopes: ['conversations/message.readonly'],
  result: (data: unknown) =>
    (isObject(data) && Array.isArray(data.messages) ? (data.messages as Dict[]) : []).map((m) => ({ ...m, label: messageLabel(m) })),
  paging: {
    style: 'cursor' as const,
    size: RECENT_MESSAGE_PAGE_SIZE,
    next: (data: unknown) => (isObject(data) && typeof data.nextCursor === 'string' && data.nextCursor ? data.nextCursor : undefined),
    cursorQuery: (cursor: string) => ({ cursor }),
  },
};

/**
 * The page of GET /conversations/{id}/messages. The spec puts {lastMessageId, nextPage, messages[]}
 * at the top level, but GHL really nests them: {messages: {lastMessageId, nextPage, messages: [...]}}.
 * Both shapes are read.
 */
export const messagePage = (data: unknown): { messages: Dict[]; lastMessageId?: string; nextPage: boolean } => {
  const outer = isObject(data) ? data : {};
  const page = isObject(outer.messages) ? outer.messages : outer;
  const list = Array.isArray(page.messages) ? (page.messages as Dict[]) : [];
  const last = page.lastMessageId;
  return { messages: list, lastMessageId: typeof last === 'string' && last ? last : undefined, nextPage: page.nextPage === true };
};

/**
 * The cursor of the next conversation search page: GHL gives no next-cursor field, and
 * `startAfterDate` takes the sort value of the last record. GHL returns it as `sort: [value]` on
 * each conversation (not in the spec); `lastMessageDate` is the same value when sorting by it.
 */
export const nextConversationCursor = (data: unknown): string | undefined => {
  const list = isObject(data) && Array.isArray(data.conversations) ? (data.conversations as Dict[]) : [];
  if (list.length < CONVERSATION_PAGE_SIZE) return undefined;
  const last = list[list.length - 1];
  const value = Array.isArray(last.sort) && last.sort.length ? last.sort[0] : last.lastMessageDate;
  return value === undefined || value === null || value === '' ? undefined : String(value);
};

/**
 * One message or email by id. The spec documents the record at the top level; GHL wraps it in
 * `message` (or `emailMessage`) on some accounts, so both are read.
 */
export const unwrap = (data: unknown, key: string): unknown => (isObject(data) && isObject(data[key]) ? data[key] : data);

/** The sentences of a call transcription: the spec documents one sentence object, GHL returns an array. */
export const transcriptionSentences = (data: unknown): Dict[] => {
  if (Array.isArray(data)) return data as Dict[];
  if (isObject(data)) {
    for (const key of ['transcriptions', 'transcription', 'sentences', 'data']) if (Array.isArray(data[key])) return data[key] as Dict[];
    if ('transcript' in data) return [data];
  }
  return [];
};

/** Seconds before Zapier asks again for a transcription GHL has not finished. */
export const TRANSCRIPTION_RETRY_SECONDS = 300;

/**
 * The sentences of a call's transcription, or a retry later when there are none yet. GHL answers
 * an empty transcription until it has processed the call (field-notes: public clients retry), so
 * an empty answer is "not ready yet", never an empty success. ThrottledError is what Zapier
 * retries later for an action step (a search included) instead of failing it.
 */
export const readyTranscription = (
  z: { errors: { ThrottledError: new (message: string, delay?: number) => Error } },
  data: unknown,
  messageId: unknown,
): Dict[] => {
  const sentences = transcriptionSentences(data);
  if (!sentences.length) {
    throw new z.errors.ThrottledError(
      `The transcription of call message '${String(messageId)}' is not ready yet: GHL has not finished transcribing the call. Zapier will try again in ${TRANSCRIPTION_RETRY_SECONDS / 60} minutes.`,
      TRANSCRIPTION_RETRY_SECONDS,
    );
  }
  return sentences;
};

export const conversationSample = {
  id: 'tDtDnQdgm2LXpyiqYvZ6',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  locationId: 've9EPM428h8vShlRW1KT',
  lastMessageBody: 'Thanks, see you on Tuesday!',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate: '2026-03-01T14:30:00+00:00',
  type: 'TYPE_PHONE',
  unreadCount: 1,
  fullName: 'Rosie Knight',
  contactName: 'Rosie Knight',
  email: 'rosie@example.com',
  phone: '+14155550123',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  dateAdded: '2026-02-28T14:30:00+00:00',
  dateUpdated: '2026-03-01T14:30:00+00:00',
};

/** A conversation as users map it: GHL's epoch-millisecond dates as ISO 8601. */
export const conversationOutput = (c: Record<string, unknown>) => isoDates(c, ['lastMessageDate', 'dateAdded', 'dateUpdated']);

export const messageSample = {
  id: 'p1mRSHeLDhAms5q0LMr4',
  type: 2,
  messageType: 'TYPE_SMS',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  dateAdded: '2026-03-01T14:30:00.000Z',
  body: 'Thanks, see you on Tuesday!',
  direction: 'inbound',
  status: 'delivered',
  contentType: 'text/plain',
  attachments: ['https://files.example.com/menu.pdf'],
  source: 'app',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
  conversationProviderId: 'cI08i1Bls3iTB9bKgF01',
};

export const emailMessageSample = {
  id: 'e7Hq2LmNw0PzXc4VbT1s',
  altId: 'CAFx1234567890@mail.example.com',
  threadId: 'e7Hq2LmNw0PzXc4VbT1s',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  dateAdded: '2026-03-01T14:30:00.000Z',
  subject: 'Your appointment on Tuesday',
  body: '<p>Hi Rosie, see you on Tuesday at 10am.</p>',
  direction: 'outbound',
  status: 'delivered',
  contentType: 'text/html',
  attachments: ['https://files.example.com/directions.pdf'],
  provider: 'Leadconnector Gmail',
  from: 'Front Desk <desk@knightdental.example.com>',
  to: ['rosie@example.com'],
  cc: ['office@knightdental.example.com'],
  bcc: ['archive@knightdental.example.com'],
  replyToMessageId: 'e1Aa2Bb3Cc4Dd5Ee6Ff7',
  source: 'workflow',
  conversationProviderId: 'cI08i1Bls3iTB9bKgF01',
};

/** A message's call facts for the recording search (GHL keeps them in `meta`). */
export const callFacts = (message: unknown) => {
  const m = isObject(message) ? message : {};
  const meta = isObject(m.meta) ? m.meta : {};
  const call = isObject(meta.call) ? meta.call : meta;
  return {
    conversationId: m.conversationId,
    contactId: m.contactId,
    dateAdded: m.dateAdded,
    direction: m.direction,
    callDuration: call.duration ?? call.callDuration,
    callStatus: call.status ?? call.callStatus,
  };
};

/** A conversation as the message triggers give it: its id also as `conversationId`, dates in ISO 8601. */
export const conversationChangeOutput = (c: Record<string, unknown>) => conversationOutput({ ...c, conversationId: c.id });

/**
 * An InboundMessage/OutboundMessage webhook as the message triggers' output: the message's own
 * fields, plus the conversation fields the polling trigger gives (last message body, type,
 * direction, date), so a Zap reads the same names whichever trigger it uses.
 */
export const messageEventOutput = (m: Record<string, unknown>) => {
  const channel = (Object.keys(WEBHOOK_CHANNELS) as Array<keyof typeof WEBHOOK_CHANNELS>).find(
    (k) => WEBHOOK_CHANNELS[k] === m.messageType,
  );
  return conversationOutput({
    ...m,
    lastMessageBody: m.body,
    lastMessageType: channel ? INBOUND_CHANNELS[channel] : m.messageType ? `TYPE_${String(m.messageType).toUpperCase()}` : undefined,
    lastMessageDirection: m.direction,
    lastMessageDate: m.dateAdded,
  });
};
// ---------------------------------------------------------------------------------------------
// New Inbound Message and Send Message

/** Channel choices for the inbound-message trigger → GHL's lastMessageType values. */
export const INBOUND_CHANNELS = {
  SMS: 'TYPE_SMS',
  Email: 'TYPE_EMAIL',
  WhatsApp: 'TYPE_WHATSAPP',
  GMB: 'TYPE_GMB',
  IG: 'TYPE_INSTAGRAM',
  FB: 'TYPE_FACEBOOK',
  Live_Chat: 'TYPE_LIVE_CHAT',
  Call: 'TYPE_CALL',
} as const;

export const CHANNEL_LABELS: Record<keyof typeof INBOUND_CHANNELS, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  GMB: 'Google Business Profile',
  IG: 'Instagram',
  FB: 'Facebook Messenger',
  Live_Chat: 'Live Chat',
  Call: 'Call',
};

/** Message types POST /conversations/messages takes (see send_message for GMB): the channels but calls, and Custom. */
const { Call: _call, Live_Chat, ...SENDABLE_CHANNELS } = CHANNEL_LABELS;
export const MESSAGE_TYPES = { ...SENDABLE_CHANNELS, Custom: 'Custom provider', Live_Chat };

/** A conversation as New Inbound Message gives it: its id joined with the message time. */
const {
  id: inboundConversationId,
  assignedTo: _assignedTo,
  dateAdded: _dateAdded,
  dateUpdated: _dateUpdated,
  ...inboundConversation
} = conversationSample;
export const inboundConversationSample = {
  id: `${inboundConversationId}:1772366400000`,
  conversationId: inboundConversationId,
  ...inboundConversation,
  lastMessageBody: 'Can we move my appointment to Friday?',
  lastMessageDate: '2026-03-01T12:00:00+00:00',
};

export const sentMessageSample = {
  id: 't22c6DQcTDf3MjRhwf77',
  messageId: 't22c6DQcTDf3MjRhwf77',
  conversationId: 'ABC12h2F6uBrIkfXYazb',
  emailMessageId: 'rnGyqh2F6uBrIkfhFo9A',
  msg: 'Message queued successfully.',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  type: 'Email',
};

/** A list input as Zapier hands it (a list, or one text to split), trimmed; blanks left out, none → undefined. */
const splitList = (separators: RegExp) => (v: unknown) => {
  const items = (Array.isArray(v) ? v : v === undefined || v === null ? [] : String(v).split(separators))
    .map((s) => (typeof s === 'string' ? s.trim() : s))
    .filter((s) => s !== '' && s !== undefined && s !== null);
  return items.length ? items : undefined;
};

/**
 * A Zapier file field (list). Zapier hands files to a create as URLs (its own short-lived file
 * URLs, or whatever URL the user mapped); they must be http(s) URLs GHL can fetch.
 */
export const fileListField = (label: string, opts: { helpText?: string } = {}): FieldDef<string[]> => ({
  props: { label, type: 'file', list: true, required: false, ...(opts.helpText ? { helpText: opts.helpText } : {}) },
  schema: () =>
    zod.preprocess(
      splitList(/[\n,]/),
      zod
        .array(
          zod
            .string({ invalid_type_error: 'must be file URLs' })
            .url('must be file URLs, like https://example.com/quote.pdf')
            .refine((s) => /^https?:\/\//i.test(s), 'must be http(s) URLs'),
        )
        .optional(),
    ),
});

/** Several email addresses, one per line or comma-separated. */
export const emailListField = (label: string, opts: { helpText?: string } = {}): FieldDef<string[]> => ({
  props: { label, type: 'string', list: true, required: false, ...(opts.helpText ? { helpText: opts.helpText } : {}) },
  schema: () =>
    zod.preprocess(splitList(/[\n,;]/), zod.array(zod.string().email('must be email addresses, like jane@example.com')).optional()),
});

// ---- Instant message triggers --------------------------------------------------------------------

/** The same channels as message webhooks name them (`messageType`, GHL's InboundMessage page). */
export const WEBHOOK_CHANNELS: Record<keyof typeof INBOUND_CHANNELS, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp', // not in GHL's channel table; as GHL writes it in its message types
  GMB: 'GMB',
  IG: 'IG',
  FB: 'FB',
  Live_Chat: 'Live Chat',
  Call: 'CALL',
};

/**
 * GET /conversations/search for the message triggers: conversations whose latest message went in
 * `direction`, optionally of one channel and contact, latest first.
 */
export const lastMessageQuery = (
  direction: 'inbound' | 'outbound',
  { channel, contactId }: { channel?: keyof typeof INBOUND_CHANNELS; contactId?: string },
  ctx: { locationId: () => string },
) => ({
  locationId: ctx.locationId(),
  contactId,
  lastMessageDirection: direction,
  lastMessageType: channel ? INBOUND_CHANNELS[channel] : undefined,
  sortBy: 'last_message_date',
  sort: 'desc',
  limit: 100,
});

/** The filters of the instant message triggers. */
export const messageFilterFields = {
  channel: fields.choice('Channel', CHANNEL_LABELS, { helpText: 'Only messages of this channel. Leave empty for all channels.' }),
  contactId: fields.contact({ helpText: 'Only messages with this contact. Leave empty for all contacts.' }),
};

/** The relay filters of an instant message trigger: the channel as message webhooks name it. */
export const messageFilters = ({ channel, contactId }: { channel?: string; contactId?: string }) => ({
  messageType: channel ? WEBHOOK_CHANNELS[channel as keyof typeof WEBHOOK_CHANNELS] : undefined,
  contactId,
});

/** An instant message trigger's sample: the polling trigger's fields plus the message's own. */
export const messageEventSample = {
  ...inboundConversationSample,
  id: EVENT_ID_SAMPLE,
  messageId: 'tyW42xCD0HQpb3hhfLcx',
  body: 'Can we move my appointment to Friday?',
  messageType: 'SMS',
  direction: 'inbound',
  contentType: 'text/plain',
  status: 'delivered',
  dateAdded: '2026-03-01T12:00:00.000Z',
};
