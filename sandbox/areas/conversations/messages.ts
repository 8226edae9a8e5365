/** Messages: send, the location's export, one message, its status, an email, a call's transcription. */
import { badRequest, forbidden, notFound, unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row } from '../../lib/types';
import { clone, getOr404, intParam, nowIso, requireFields, requireOneOf, sortBy } from '../../lib/util';
import { newConversation, touchConversation, typeNumber } from './shared';

const SEND_TYPES = ['SMS', 'RCS', 'Email', 'WhatsApp', 'GMB', 'IG', 'FB', 'Custom', 'Live_Chat', 'TIKTOK'];
const MESSAGE_TYPES: Record<string, string> = {
  SMS: 'TYPE_SMS',
  RCS: 'TYPE_RCS',
  Email: 'TYPE_EMAIL',
  WhatsApp: 'TYPE_WHATSAPP',
  GMB: 'TYPE_GMB',
  IG: 'TYPE_INSTAGRAM',
  FB: 'TYPE_FACEBOOK',
  Live_Chat: 'TYPE_LIVE_CHAT',
  TIKTOK: 'TYPE_TIKTOK',
};
const STATUSES = ['delivered', 'failed', 'pending', 'read'];
const CHANNELS = ['Call', 'SMS', 'Email', 'WhatsApp', 'Instagram', 'Facebook'];

const checkSend = (body: Row, contact: Row) => {
  if (body.type === 'Email' && !contact.email && !body.emailTo) throw badRequest('Contact does not have an email address');
  if (body.type === 'SMS' && !contact.phone && !body.toNumber) throw badRequest('Contact does not have a phone number');
  if (body.type === 'Email' ? !body.html && !body.message && !body.templateId : !body.message && !body.attachments?.length) {
    throw badRequest(body.type === 'Email' ? 'html or message is required for an email' : 'message should not be empty');
  }
  if (body.scheduledTimestamp !== undefined && !Number.isFinite(body.scheduledTimestamp))
    throw unprocessable('scheduledTimestamp must be a number conforming to the specified constraints');
};

/** The location's own address, GHL's sender when none is given. */
const senderOf = (location: Row | undefined) => (location ? `${location.name} <${location.email}>` : '');

export default (r: Router) => {
  r.post('/conversations/messages', ({ state, body, emit }) => {
    requireFields(body, ['type', 'contactId']);
    requireOneOf(body, 'type', SEND_TYPES);
    const contact = state.contacts.find((c) => c.id === body.contactId);
    if (!contact) throw badRequest('Contact not found');
    checkSend(body, contact);
    const messageType = MESSAGE_TYPES[body.type] ?? 'TYPE_CUSTOM_PROVIDER_SMS';
    const conv =
      state.conversations.find((c) => c.contactId === contact.id) ??
      newConversation(state, contact, body.type === 'Email' ? 'TYPE_EMAIL' : 'TYPE_PHONE');
    const at = nowIso();
    // A scheduled message (GHL takes seconds) waits as "scheduled".
    const status = body.scheduledTimestamp ? 'scheduled' : 'pending';
    const message: Row = {
      id: state.nextId(),
      type: typeNumber(messageType),
      messageType,
      locationId: contact.locationId,
      contactId: contact.id,
      conversationId: conv.id,
      dateAdded: at,
      dateUpdated: at,
      body: body.message ?? body.html ?? '',
      direction: 'outbound',
      status,
      contentType: body.html ? 'text/html' : 'text/plain',
      attachments: body.attachments ?? [],
      source: 'api',
      ...(body.conversationProviderId ? { conversationProviderId: body.conversationProviderId } : {}),
    };
    let emailId: Row = {};
    if (body.type === 'Email') {
      // An email is two records: the conversation message and the email, linked by meta.email.messageIds.
      const email = {
        id: state.nextId(),
        threadId: message.id,
        locationId: contact.locationId,
        contactId: contact.id,
        conversationId: conv.id,
        dateAdded: at,
        subject: body.subject ?? '',
        body: body.html ?? body.message,
        direction: 'outbound',
        status,
        contentType: message.contentType,
        attachments: message.attachments,
        provider: 'Leadconnector Email',
        from: body.emailFrom ?? senderOf(state.locations.find((l) => l.id === contact.locationId)),
        to: [body.emailTo ?? contact.email],
        cc: body.emailCc ?? [],
        bcc: body.emailBcc ?? [],
        source: 'api',
      };
      state.emailMessages.push(email);
      message.meta = { email: { messageIds: [email.id], subject: email.subject } };
      emailId = { emailMessageId: email.id };
    }
    state.messages.push(message);
    touchConversation(conv, message);
    emit('OutboundMessage', message);
    // Google Business Profile sends answer with a list of ids.
    const ids = body.type === 'GMB' ? { messageIds: [message.id] } : { messageId: message.id };
    return { conversationId: conv.id, ...ids, ...emailId, msg: 'Message queued successfully.' };
  });
  // A message from a contact, as a conversation provider reports it (GHL sends InboundMessage).
  r.post('/conversations/messages/inbound', ({ state, body, emit }) => {
    requireFields(body, ['type', 'conversationId', 'contactId', 'conversationProviderId']);
    requireOneOf(body, 'type', [...SEND_TYPES, 'Call', 'WebChat']);
    const conv = getOr404(state.conversations, body.conversationId, 'Conversation');
    if (conv.contactId !== body.contactId) throw badRequest('The conversation is not the contact’s');
    const messageType = body.type === 'Call' ? 'TYPE_CALL' : (MESSAGE_TYPES[body.type] ?? 'TYPE_CUSTOM_PROVIDER_SMS');
    const at = body.date ? new Date(body.date).toISOString() : nowIso();
    const message: Row = {
      id: state.nextId(),
      type: typeNumber(messageType),
      messageType,
      locationId: conv.locationId,
      contactId: body.contactId,
      conversationId: conv.id,
      dateAdded: at,
      dateUpdated: at,
      body: body.message ?? body.html ?? '',
      direction: 'inbound',
      status: 'delivered',
      contentType: body.html ? 'text/html' : 'text/plain',
      attachments: body.attachments ?? [],
      conversationProviderId: body.conversationProviderId,
    };
    state.messages.push(message);
    touchConversation(conv, message);
    emit('InboundMessage', message);
    return { success: true, conversationId: conv.id, messageId: message.id, message: 'Message added' };
  });
  // The location's messages (newest first), paged by an opaque cursor; without a channel, no emails.
  r.get('/conversations/messages/export', ({ state, query }) => {
    requireFields(query, ['locationId']);
    requireOneOf(query, 'channel', CHANNELS, { optional: true });
    requireOneOf(query, 'sortBy', ['createdAt', 'updatedAt'], { optional: true });
    const limit = intParam(query.limit, 'limit', { def: 100, min: 10, max: 500 });
    const type = query.channel ? `TYPE_${String(query.channel).toUpperCase()}` : undefined;
    const from = query.startDate ? Date.parse(query.startDate) : -Infinity;
    const to = query.endDate ? Date.parse(query.endDate) : Infinity;
    const list = sortBy(
      state.messages.filter(
        (m) =>
          m.locationId === query.locationId &&
          (type ? m.messageType === type : m.messageType !== 'TYPE_EMAIL') &&
          (!query.conversationId || m.conversationId === query.conversationId) &&
          (!query.contactId || m.contactId === query.contactId) &&
          Date.parse(m.dateAdded) >= from &&
          Date.parse(m.dateAdded) <= to,
      ),
      query.sortBy === 'updatedAt' ? 'dateUpdated' : 'dateAdded',
      query.sortOrder === 'asc' ? 'asc' : 'desc',
    );
    const start = query.cursor ? Number(Buffer.from(String(query.cursor), 'base64').toString()) || 0 : 0;
    const end = start + limit;
    return {
      messages: clone(list.slice(start, end)),
      nextCursor: end < list.length ? Buffer.from(String(end)).toString('base64') : null,
      total: list.length,
    };
  });
  r.get('/conversations/messages/:id', ({ state, params }) => clone(getOr404(state.messages, params.id, 'Message')));
  r.get('/conversations/messages/email/:id', ({ state, params }) => clone(getOr404(state.emailMessages, params.id, 'Email message')));
  // A conversation provider reports how its message went.
  r.put('/conversations/messages/:messageId/status', ({ state, params, body }) => {
    const message = getOr404(state.messages, params.messageId, 'Message');
    requireFields(body, ['status']);
    requireOneOf(body, 'status', STATUSES);
    if (body.error !== undefined) requireFields(body.error, ['code', 'type', 'message']);
    if (body.recipients !== undefined && !Array.isArray(body.recipients)) throw unprocessable('recipients must be an array');
    Object.assign(message, { status: body.status, dateUpdated: nowIso() }, body.error ? { error: clone(body.error) } : {});
    const email = body.emailMessageId ? getOr404(state.emailMessages, body.emailMessageId, 'Email message') : undefined;
    if (email) email.status = body.status;
    return {
      conversationId: message.conversationId,
      messageId: message.id,
      ...(email ? { emailMessageId: email.id } : {}),
      status: message.status,
    };
  });
  // GHL answers the sentences as an array (its spec shows one sentence object).
  r.get('/conversations/locations/:locationId/messages/:messageId/transcription', ({ state, params, auth }) => {
    if (auth.locationId && auth.locationId !== params.locationId) throw forbidden();
    const message = state.messages.find((m) => m.id === params.messageId && m.locationId === params.locationId);
    const found = message && state.transcriptions.find((t) => t.messageId === message.id);
    if (!found) throw notFound('Transcription not found');
    return clone(found.sentences);
  });
};
