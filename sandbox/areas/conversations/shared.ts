/** What the conversation routes share: GHL's message type numbers, a contact's conversation. */
import type { Row, State } from '../../lib/types';
import { fullName } from '../../lib/util';

/** GHL numbers message types in this order (TYPE_CALL is 1, TYPE_SMS 2, TYPE_EMAIL 3…). */
const TYPE_ORDER = [
  'TYPE_CALL',
  'TYPE_SMS',
  'TYPE_EMAIL',
  'TYPE_SMS_REVIEW_REQUEST',
  'TYPE_WEBCHAT',
  'TYPE_SMS_NO_SHOW_REQUEST',
  'TYPE_CAMPAIGN_SMS',
  'TYPE_CAMPAIGN_CALL',
  'TYPE_CAMPAIGN_EMAIL',
  'TYPE_CAMPAIGN_VOICEMAIL',
  'TYPE_FACEBOOK',
  'TYPE_CAMPAIGN_FACEBOOK',
  'TYPE_CAMPAIGN_MANUAL_CALL',
  'TYPE_CAMPAIGN_MANUAL_SMS',
  'TYPE_GMB',
  'TYPE_CAMPAIGN_GMB',
  'TYPE_REVIEW',
  'TYPE_INSTAGRAM',
  'TYPE_WHATSAPP',
  'TYPE_CUSTOM_SMS',
  'TYPE_CUSTOM_EMAIL',
  'TYPE_CUSTOM_PROVIDER_SMS',
  'TYPE_CUSTOM_PROVIDER_EMAIL',
  'TYPE_IVR_CALL',
  'TYPE_ACTIVITY_CONTACT',
  'TYPE_ACTIVITY_INVOICE',
  'TYPE_ACTIVITY_PAYMENT',
  'TYPE_ACTIVITY_OPPORTUNITY',
  'TYPE_LIVE_CHAT',
];
export const typeNumber = (messageType: string) => TYPE_ORDER.indexOf(messageType) + 1 || 2;

/** A new conversation of a contact, as GHL opens one (dates in epoch milliseconds, like its search). */
export const newConversation = (state: State, contact: Row, type = 'TYPE_PHONE'): Row => {
  const at = Date.now();
  const name = fullName(contact);
  const conv: Row = {
    id: state.nextId(),
    locationId: contact.locationId,
    contactId: contact.id,
    fullName: name,
    contactName: name,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
    type,
    unreadCount: 0,
    inbox: true,
    starred: false,
    deleted: false,
    assignedTo: contact.assignedTo ?? null,
    tags: [...(contact.tags ?? [])],
    dateAdded: at,
    dateUpdated: at,
    lastMessageDate: null,
  };
  state.conversations.push(conv);
  return conv;
};

/** The conversation after a message: its last message fields. */
export const touchConversation = (conv: Row, m: Row) =>
  Object.assign(conv, {
    lastMessageBody: m.body,
    lastMessageType: m.messageType,
    lastMessageDirection: m.direction,
    lastMessageDate: Date.parse(m.dateAdded),
    dateUpdated: Date.parse(m.dateAdded),
  });
