import { defineTrigger } from '../../src/define';
import { conversationField, MESSAGE_PAGE_SIZE, messageLabel, messagePage } from '../../src/areas/conversations';

// Fills the Email dropdowns: the emails of the conversation the step chose above them, by the
// email's own ID (meta.email.messageIds), which the email endpoints take instead of the message ID.
export default defineTrigger({
  key: 'list_conversation_emails',
  noun: 'Email',
  label: 'List Emails of Conversation',
  description: "Lists a conversation's emails for the Email dropdowns.",
  endpoint: 'GET /conversations/{conversationId}/messages',
  scopes: ['conversations/message.readonly'],
  hidden: true,
  input: { conversationId: conversationField({ required: true }) },
  query: () => ({ type: 'TYPE_EMAIL' }),
  result: (data) =>
    messagePage(data).messages.flatMap((m: any) => {
      const ids: unknown[] = Array.isArray(m?.meta?.email?.messageIds) ? m.meta.email.messageIds : [];
      const subject = m?.meta?.email?.subject;
      return ids
        .filter((id): id is string => typeof id === 'string' && id !== '')
        .map((id) => ({ id, messageId: m.id, label: subject ? `${subject} · ${messageLabel(m)}` : messageLabel(m) }));
    }),
  paging: {
    style: 'cursor',
    size: MESSAGE_PAGE_SIZE,
    next: (data) => {
      const page = messagePage(data);
      return page.nextPage ? page.lastMessageId : undefined;
    },
    cursorQuery: (cursor) => ({ lastMessageId: cursor }),
  },
  sample: {
    id: 'eM4iLm3sSaGe1d00001',
    messageId: 'p1mRSHeLDhAms5q0LMr4',
    label: 'Your visit · EMAIL · inbound · 2026-03-01T14:30:00.000Z',
  },
});
