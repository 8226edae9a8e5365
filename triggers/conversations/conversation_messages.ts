import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { conversationField, MESSAGE_PAGE_SIZE, messagePage, messageSample } from '../../src/areas/conversations';

export default defineTrigger({
  key: 'conversation_messages',
  noun: 'Message',
  label: 'New Message in Conversation',
  description: 'Triggers when a message is added to the chosen conversation.',
  endpoint: 'GET /conversations/{conversationId}/messages',
  scopes: ['conversations/message.readonly'],
  input: {
    conversationId: conversationField({ required: true }),
    type: fields.list('Message Types', {
      helpText: 'Only these types, e.g. TYPE_SMS, TYPE_EMAIL, TYPE_CALL, TYPE_LIVE_CHAT. Leave empty for all.',
    }),
  },
  query: ({ type }) => ({ type: type?.join(',') }),
  // GHL nests the page ({messages: {messages: [...]}}) although the spec shows it at the top level.
  result: (data) => messagePage(data).messages,
  newestFirst: 'dateAdded',
  paging: {
    style: 'cursor',
    size: MESSAGE_PAGE_SIZE,
    next: (data) => {
      const page = messagePage(data);
      return page.nextPage ? page.lastMessageId : undefined;
    },
    cursorQuery: (cursor) => ({ lastMessageId: cursor }),
  },
  sample: messageSample,
});
