import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { CONVERSATION_PAGE_SIZE, conversationOutput, conversationSample, nextConversationCursor } from '../../src/areas/conversations';
import { listOf } from '../../src/output';

export default defineTrigger({
  key: 'search_conversations',
  noun: 'Conversation',
  label: 'New or Updated Conversation',
  description: 'Triggers when a conversation gets a new message.',
  endpoint: 'GET /conversations/search',
  scopes: ['conversations.readonly'],
  input: {
    contactId: fields.contact({ helpText: 'Only conversations with this contact.' }),
    assignedTo: fields.user({ label: 'Assigned User', helpText: 'Only conversations assigned to this user.' }),
    query: fields.string('Search Text', { helpText: 'Matches the contact name, email, phone or message text.' }),
    status: fields.choice(
      'Status',
      { all: 'All', read: 'Read', unread: 'Unread', starred: 'Starred', recents: 'Recents' },
      { helpText: 'Only conversations in this state. Leave empty for all.' },
    ),
    lastMessageDirection: fields.choice(
      'Last Message Direction',
      { inbound: 'Inbound', outbound: 'Outbound' },
      { helpText: 'Only conversations whose latest message went this way.' },
    ),
    lastMessageType: fields.string('Last Message Type', {
      helpText: 'Only conversations whose latest message is of this type, e.g. TYPE_SMS, TYPE_EMAIL, TYPE_CALL.',
    }),
  },
  query: (input, ctx) => ({
    locationId: ctx.locationId(),
    ...input,
    // Newest activity first, so a poll sees the latest conversations.
    sort: 'desc',
    sortBy: 'last_message_date',
  }),
  result: (data) => listOf(data, 'conversations').map(conversationOutput),
  newestFirst: 'lastMessageDate',
  paging: {
    style: 'cursor',
    size: CONVERSATION_PAGE_SIZE,
    next: nextConversationCursor,
    cursorQuery: (cursor) => ({ startAfterDate: cursor }),
  },
  sample: conversationSample,
});
