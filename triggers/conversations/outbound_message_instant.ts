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
  key: 'outbound_message_instant',
  noun: 'Message',
  label: 'New Outbound Message (Instant)',
  description: 'Triggers when a message is sent to a contact, instantly.',
  event: 'OutboundMessage',
  scopes: ['conversations.readonly'],
  input: messageFilterFields,
  filters: messageFilters,
  output: messageEventOutput,
  // Samples: conversations whose latest message is outbound, as New Inbound Message polls them.
  list: {
    endpoint: 'GET /conversations/search',
    query: (input, ctx) => lastMessageQuery('outbound', input, ctx),
    result: (data) => listOf(data, 'conversations').map(conversationChangeOutput),
  },
  sample: { ...messageEventSample, direction: 'outbound', lastMessageDirection: 'outbound' },
});
