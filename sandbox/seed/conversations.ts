/** An SMS conversation of three messages with each of the six newest contacts. */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';

const TEXTS = ['Hi, do you have any openings next week?', 'Yes! We can do Tuesday at 10am or Thursday at 2pm.', 'Tuesday works, thanks.'];

export const seedConversations = ({ id, iso }: SeedContext, { L }: Accounts, contacts: Row[]) => {
  const conversations: Row[] = [];
  const messages: Row[] = [];
  contacts.slice(0, 6).forEach((c, i) => {
    const conv: Row = {
      id: id(),
      locationId: L,
      contactId: c.id,
      fullName: `${c.firstName} ${c.lastName}`,
      contactName: `${c.firstName} ${c.lastName}`,
      email: c.email,
      phone: c.phone,
      type: 'TYPE_PHONE',
      unreadCount: i % 2,
      inbox: true,
      starred: false,
      deleted: false,
      assignedTo: c.assignedTo,
      tags: c.tags,
      dateAdded: Date.parse(c.dateAdded),
      dateUpdated: 0,
      lastMessageBody: '',
      lastMessageType: 'TYPE_SMS',
      lastMessageDirection: 'inbound',
      lastMessageDate: 0,
    };
    TEXTS.forEach((body, j) => {
      const at = Date.parse(c.dateAdded) + (j + 1) * 900_000;
      messages.push({
        id: id(),
        type: 2,
        messageType: 'TYPE_SMS',
        locationId: L,
        contactId: c.id,
        conversationId: conv.id,
        dateAdded: iso(at),
        body,
        direction: j === 1 ? 'outbound' : 'inbound',
        status: j === 1 ? 'delivered' : 'read',
        contentType: 'text/plain',
        source: j === 1 ? 'app' : undefined,
      });
      Object.assign(conv, {
        lastMessageBody: body,
        lastMessageDirection: j === 1 ? 'outbound' : 'inbound',
        lastMessageDate: at,
        dateUpdated: at,
      });
    });
    conversations.push(conv);
  });
  return { conversations, messages };
};
