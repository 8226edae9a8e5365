/** Conversations: search, create, read, update, delete, a conversation's messages, live chat typing. */
import { badRequest, unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import { clone, getOr404, intParam, queryMatches, removeOr404, requireFields, requireOneOf, sortBy } from '../../lib/util';
import { newConversation } from './shared';

export default (r: Router) => {
  r.get('/conversations/search', ({ state, query }) => {
    requireFields(query, ['locationId']);
    requireOneOf(query, 'status', ['all', 'read', 'unread', 'starred', 'recents'], { optional: true });
    requireOneOf(query, 'lastMessageDirection', ['inbound', 'outbound'], { optional: true });
    const limit = intParam(query.limit, 'limit', { def: 20, min: 1, max: 100 });
    const field = 'lastMessageDate';
    const dir = query.sort === 'asc' ? 'asc' : 'desc';
    let list = state.conversations.filter((c) => c.locationId === query.locationId);
    if (query.contactId) list = list.filter((c) => c.contactId === query.contactId);
    if (query.assignedTo) list = list.filter((c) => c.assignedTo === query.assignedTo);
    if (query.id) list = list.filter((c) => c.id === query.id);
    if (query.query) list = list.filter((c) => queryMatches(c, query.query, ['fullName', 'email', 'phone', 'lastMessageBody']));
    if (query.status === 'unread') list = list.filter((c) => c.unreadCount > 0);
    if (query.status === 'read') list = list.filter((c) => !c.unreadCount);
    if (query.status === 'starred') list = list.filter((c) => c.starred);
    if (query.lastMessageType) list = list.filter((c) => c.lastMessageType === query.lastMessageType);
    if (query.lastMessageDirection) list = list.filter((c) => c.lastMessageDirection === query.lastMessageDirection);
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
  // One conversation per contact: GHL refuses a second one.
  r.post('/conversations', ({ state, body }) => {
    requireFields(body, ['locationId', 'contactId']);
    const contact = state.contacts.find((c) => c.id === body.contactId && c.locationId === body.locationId);
    if (!contact) throw badRequest('Contact not found');
    const existing = state.conversations.find((c) => c.contactId === contact.id);
    if (existing) throw badRequest('Conversation already exists', { conversationId: existing.id });
    return [201, { success: true, conversation: clone(newConversation(state, contact)) }];
  });
  r.get('/conversations/:conversationId', ({ state, params }) =>
    clone(getOr404(state.conversations, params.conversationId, 'Conversation')),
  );
  r.put('/conversations/:conversationId', ({ state, params, body }) => {
    const conv = getOr404(state.conversations, params.conversationId, 'Conversation');
    requireFields(body, ['locationId']);
    if (body.unreadCount !== undefined && !Number.isInteger(body.unreadCount)) throw unprocessable('unreadCount must be a number');
    if (body.starred !== undefined && typeof body.starred !== 'boolean') throw unprocessable('starred must be a boolean value');
    for (const k of ['unreadCount', 'starred', 'feedback']) if (body[k] !== undefined) conv[k] = body[k];
    conv.dateUpdated = Date.now();
    return { success: true, conversation: clone(conv) };
  });
  r.delete('/conversations/:conversationId', ({ state, params }) => {
    removeOr404(state.conversations, params.conversationId, 'Conversation');
    state.messages = state.messages.filter((m) => m.conversationId !== params.conversationId);
    return { success: true };
  });
  r.get('/conversations/:conversationId/messages', ({ state, params, query }) => {
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
  // The agent's typing indicator in a live chat widget; nothing is stored.
  r.post('/conversations/providers/live-chat/typing', ({ state, body }) => {
    requireFields(body, ['locationId', 'isTyping', 'visitorId', 'conversationId']);
    if (!['true', 'false'].includes(String(body.isTyping))) throw unprocessable('isTyping must be a string: true or false');
    getOr404(state.conversations, body.conversationId, 'Conversation');
    return [201, { success: true }];
  });
};
