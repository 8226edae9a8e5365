/** Conversations: search, messages (send, read, export), a conversation's messages. */
import { badRequest, unprocessable } from '../lib/errors';
import type { Router } from '../lib/router';
import { clone, getOr404, intParam, queryMatches, requireFields, sortBy } from '../lib/util';

export default (r: Router) => {
  // Conversations
  r.add('GET', '/conversations/search', ({ state, query }) => {
    requireFields(query, ['locationId']);
    const limit = intParam(query.limit, 'limit', { def: 20, min: 1, max: 100 });
    const field = query.sortBy === 'last_manual_message_date' || !query.sortBy ? 'lastMessageDate' : 'lastMessageDate';
    const dir = query.sort === 'asc' ? 'asc' : 'desc';
    let list = state.conversations.filter((c) => c.locationId === query.locationId);
    if (query.contactId) list = list.filter((c) => c.contactId === query.contactId);
    if (query.id) list = list.filter((c) => c.id === query.id);
    if (query.query) list = list.filter((c) => queryMatches(c, query.query, ['fullName', 'email', 'phone', 'lastMessageBody']));
    if (query.status === 'unread') list = list.filter((c) => c.unreadCount > 0);
    if (query.status === 'read') list = list.filter((c) => !c.unreadCount);
    list = sortBy(list, field, dir);
    const total = list.length;
    if (query.startAfterDate) {
      const after = Number(query.startAfterDate);
      list = list.filter((c) => (dir === 'desc' ? c[field] < after : c[field] > after));
    }
    return {
      conversations: clone(list.slice(0, limit)).map((c) => ({ ...c, sort: [c[field]] })),
      total,
    };
  });
  r.add('POST', '/conversations/messages', ({ state, body }) => {
    requireFields(body, ['type', 'contactId']);
    const types = ['SMS', 'RCS', 'Email', 'WhatsApp', 'IG', 'FB', 'Custom', 'Live_Chat', 'TIKTOK'];
    if (!types.includes(body.type)) throw unprocessable(`type must be one of the following values: ${types.join(', ')}`);
    const contact = state.contacts.find((c) => c.id === body.contactId);
    if (!contact) throw badRequest('Contact not found');
    if (body.type === 'Email' && !contact.email && !body.emailTo) throw badRequest('Contact does not have an email address');
    if (body.type === 'SMS' && !contact.phone && !body.toNumber) throw badRequest('Contact does not have a phone number');
    if (body.type === 'Email' ? !body.html && !body.message && !body.templateId : !body.message && !body.attachments?.length) {
      throw badRequest(body.type === 'Email' ? 'html or message is required for an email' : 'message should not be empty');
    }
    let conv = state.conversations.find((c) => c.contactId === contact.id);
    const at = Date.now();
    if (!conv) {
      conv = {
        id: state.nextId(),
        locationId: contact.locationId,
        contactId: contact.id,
        fullName: [contact.firstName, contact.lastName].filter(Boolean).join(' '),
        contactName: [contact.firstName, contact.lastName].filter(Boolean).join(' '),
        email: contact.email,
        phone: contact.phone,
        type: 'TYPE_PHONE',
        unreadCount: 0,
        inbox: true,
        starred: false,
        deleted: false,
        assignedTo: contact.assignedTo ?? null,
        tags: contact.tags,
        dateAdded: at,
      };
      state.conversations.push(conv);
    }
    const messageType =
      (
        {
          SMS: 'TYPE_SMS',
          Email: 'TYPE_EMAIL',
          WhatsApp: 'TYPE_WHATSAPP',
          IG: 'TYPE_INSTAGRAM',
          FB: 'TYPE_FACEBOOK',
          Live_Chat: 'TYPE_LIVE_CHAT',
        } as Record<string, string>
      )[body.type] ?? 'TYPE_CUSTOM_SMS';
    const message = {
      id: state.nextId(),
      type: 2,
      messageType,
      locationId: contact.locationId,
      contactId: contact.id,
      conversationId: conv.id,
      dateAdded: new Date(at).toISOString(),
      body: body.message ?? body.html ?? '',
      ...(body.subject ? { meta: { email: { subject: body.subject } } } : {}),
      direction: 'outbound',
      status: 'pending',
      contentType: body.html ? 'text/html' : 'text/plain',
      source: 'api',
    };
    state.messages.push(message);
    Object.assign(conv, {
      lastMessageBody: message.body,
      lastMessageType: messageType,
      lastMessageDirection: 'outbound',
      lastMessageDate: at,
      dateUpdated: at,
    });
    const emailId = body.type === 'Email' ? { emailMessageId: message.id } : {};
    return { conversationId: conv.id, messageId: message.id, ...emailId, msg: 'Message queued successfully.' };
  });
  // The location's messages (newest first), paged by an opaque cursor; without a channel, no emails.
  r.add('GET', '/conversations/messages/export', ({ state, query }) => {
    requireFields(query, ['locationId']);
    const limit = intParam(query.limit, 'limit', { def: 100, min: 10, max: 500 });
    const type = query.channel ? `TYPE_${String(query.channel).toUpperCase()}` : undefined;
    const list = sortBy(
      state.messages.filter((m) => m.locationId === query.locationId && (type ? m.messageType === type : m.messageType !== 'TYPE_EMAIL')),
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
  r.add('GET', '/conversations/messages/:id', ({ state, params }) => clone(getOr404(state.messages, params.id, 'Message')));
  r.add('GET', '/conversations/:conversationId/messages', ({ state, params, query }) => {
    getOr404(state.conversations, params.conversationId, 'Conversation');
    const limit = intParam(query.limit, 'limit', { def: 20, min: 1, max: 100 });
    let list = sortBy(
      state.messages.filter((m) => m.conversationId === params.conversationId),
      'dateAdded',
      'desc',
    );
    if (query.type) {
      const types = String(query.type).split(',');
      list = list.filter((m) => types.includes(m.messageType));
    }
    if (query.lastMessageId) {
      const i = list.findIndex((m) => m.id === query.lastMessageId);
      list = i >= 0 ? list.slice(i + 1) : [];
    }
    const page = list.slice(0, limit);
    return { lastMessageId: page[page.length - 1]?.id ?? null, nextPage: list.length > limit, messages: clone(page) };
  });
  r.add('GET', '/conversations/:conversationId', ({ state, params }) =>
    clone(getOr404(state.conversations, params.conversationId, 'Conversation')),
  );
};
