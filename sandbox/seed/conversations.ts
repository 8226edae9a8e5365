/**
 * An SMS conversation of three messages with each of the six newest contacts. The newest contact
 * also called (a recorded call with its transcription) and then wrote on WhatsApp; the third
 * newest missed a call back (no transcription). The seventh has an email conversation: an email
 * from the practice (with its email record) and the reply.
 */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';

const TEXTS = ['Hi, do you have any openings next week?', 'Yes! We can do Tuesday at 10am or Thursday at 2pm.', 'Tuesday works, thanks.'];
const HOUR = 3_600_000;

const SENTENCES = [
  'Thank you for calling Austin Smiles Dental, this call may be recorded.',
  'Hi, this is Olivia, I have a cleaning booked on Tuesday and need to move it.',
  'No problem, would Thursday at 2pm work for you?',
  'Thursday at 2 is perfect, thank you.',
];

export const seedConversations = ({ id, iso }: SeedContext, { L, locations }: Accounts, contacts: Row[]) => {
  const conversations: Row[] = [];
  const messages: Row[] = [];
  const emailMessages: Row[] = [];
  const transcriptions: Row[] = [];

  const conversationOf = (c: Row, type: string): Row => {
    const conv: Row = {
      id: id(),
      locationId: L,
      contactId: c.id,
      fullName: `${c.firstName} ${c.lastName}`,
      contactName: `${c.firstName} ${c.lastName}`,
      email: c.email,
      phone: c.phone,
      type,
      unreadCount: 0,
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
    conversations.push(conv);
    return conv;
  };
  const add = (conv: Row, at: number, m: Row) => {
    const message: Row = {
      id: id(),
      type: 2,
      messageType: 'TYPE_SMS',
      locationId: L,
      contactId: conv.contactId,
      conversationId: conv.id,
      dateAdded: iso(at),
      dateUpdated: iso(at),
      body: '',
      direction: 'inbound',
      status: 'delivered',
      contentType: 'text/plain',
      attachments: [],
      ...m,
    };
    messages.push(message);
    Object.assign(conv, {
      lastMessageBody: message.body,
      lastMessageType: message.messageType,
      lastMessageDirection: message.direction,
      lastMessageDate: at,
      dateUpdated: at,
    });
    return message;
  };
  const call = (conv: Row, at: number, direction: string, callStatus: string, duration: number) =>
    add(conv, at, {
      type: 1,
      messageType: 'TYPE_CALL',
      direction,
      status: callStatus === 'completed' ? 'connected' : 'undelivered',
      contentType: 'audio/wav',
      meta: { call: { duration, status: callStatus } },
      source: direction === 'outbound' ? 'app' : undefined,
    });

  contacts.slice(0, 6).forEach((c, i) => {
    const conv = conversationOf(c, 'TYPE_PHONE');
    conv.unreadCount = i % 2;
    const start = Date.parse(c.dateAdded);
    TEXTS.forEach((body, j) =>
      add(conv, start + (j + 1) * 900_000, {
        body,
        direction: j === 1 ? 'outbound' : 'inbound',
        status: j === 1 ? 'delivered' : 'read',
        source: j === 1 ? 'app' : undefined,
      }),
    );
    if (i === 0) {
      const recorded = call(conv, start + 3 * HOUR, 'inbound', 'completed', 184);
      transcriptions.push({
        messageId: recorded.id,
        locationId: L,
        sentences: SENTENCES.map((transcript, k) => ({
          mediaChannel: k % 2 ? 2 : 1,
          sentenceIndex: k,
          startTime: k * 6000,
          endTime: k * 6000 + 5000,
          transcript,
          confidence: 0.9 + (k % 3) / 100,
        })),
      });
      add(conv, start + 5 * HOUR, {
        type: 19,
        messageType: 'TYPE_WHATSAPP',
        body: 'Sending a photo of my insurance card for Thursday.',
        attachments: ['https://files.example.com/austin-smiles/insurance-card.jpg'],
        status: 'read',
      });
    }
    if (i === 2) call(conv, start + 2 * HOUR, 'outbound', 'no-answer', 0);
  });

  // An email conversation: the conversation message and its email record share the email's id.
  const mailed = contacts[6];
  const conv = conversationOf(mailed, 'TYPE_EMAIL');
  const sentAt = Date.parse(mailed.dateAdded) + HOUR;
  const practice = locations[0];
  const emails = [
    {
      at: sentAt,
      direction: 'outbound',
      subject: 'Your first visit at Austin Smiles Dental',
      body: '<p>Hi Sophia, welcome! Please arrive 10 minutes early and bring your insurance card.</p>',
      from: `${practice.name} <${practice.email}>`,
      to: [mailed.email],
    },
    {
      at: sentAt + 2 * HOUR,
      direction: 'inbound',
      subject: 'Re: Your first visit at Austin Smiles Dental',
      body: '<p>Thanks, see you then. Is there parking nearby?</p>',
      from: `${mailed.firstName} ${mailed.lastName} <${mailed.email}>`,
      to: [practice.email],
    },
  ];
  for (const e of emails) {
    const emailId = id();
    const message = add(conv, e.at, {
      type: 3,
      messageType: 'TYPE_EMAIL',
      body: e.body,
      direction: e.direction,
      status: e.direction === 'outbound' ? 'delivered' : 'read',
      contentType: 'text/html',
      meta: { email: { messageIds: [emailId], subject: e.subject } },
      source: e.direction === 'outbound' ? 'app' : undefined,
    });
    emailMessages.push({
      id: emailId,
      altId: `${emailId.toLowerCase()}@mail.austinsmiles.example`,
      threadId: message.id,
      locationId: L,
      contactId: mailed.id,
      conversationId: conv.id,
      dateAdded: message.dateAdded,
      subject: e.subject,
      body: e.body,
      direction: e.direction,
      status: message.status,
      contentType: 'text/html',
      attachments: [],
      provider: 'Leadconnector Email',
      from: e.from,
      to: e.to,
      cc: [],
      bcc: [],
      source: message.source,
    });
  }
  conv.unreadCount = 1;
  return { conversations, messages, emailMessages, transcriptions };
};
