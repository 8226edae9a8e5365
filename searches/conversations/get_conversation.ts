import { defineSearch } from '../../src/define';
import { conversationField, conversationOutput, conversationSample } from '../../src/areas/conversations';

export default defineSearch({
  key: 'get_conversation',
  noun: 'Conversation',
  label: 'Find Conversation',
  description: 'Finds a conversation by its ID.',
  endpoint: 'GET /conversations/{conversationId}',
  scopes: ['conversations.readonly'],
  input: { conversationId: conversationField({ required: true }) },
  // The conversation is the top-level object of the answer.
  result: (data) => (data && typeof data === 'object' ? conversationOutput(data) : data),
  sample: conversationSample,
});
