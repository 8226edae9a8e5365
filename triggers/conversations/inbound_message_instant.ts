import { defineInstantTrigger } from '../../src/instant';
import {
  lastMessageQuery,
  messageEventSample,
  messageFilterFields,
  messageFilters,
  conversationChangeOutput,
  messageEventOutput,
} from '../../src/areas/conversations';
import { listOf } from '../../src/output';

export default defineInstantTrigger({
  key: 'inbound_message_instant',
  noun: 'Message',
  label: 'New Inbound Message (Instant)',
  description: 'Triggers when a contact sends a message, instantly.',
  event: 'InboundMessage',
  scopes: ['conversations.readonly'],
  input: messageFilterFields,
  filters: messageFilters,
  output: messageEventOutput,
  // Samples: conversations whose latest message is inbound, as New Inbound Message polls them.
  list: {
    endpoint: 'GET /conversations/search',
    query: (input, ctx) => lastMessageQuery('inbound', input, ctx),
    result: (data) => listOf(data, 'conversations').map(conversationChangeOutput),
  },
  sample: messageEventSample,
});
