import { defineSearch } from '../../src/define';
import { messageIdField, messageSample, unwrap } from '../../src/areas/conversations';

export default defineSearch({
  key: 'get_message',
  noun: 'Message',
  label: 'Find Message',
  description: 'Finds a message (SMS, email, call, chat…) of a conversation.',
  endpoint: 'GET /conversations/messages/{messageId}',
  scopes: ['conversations/message.readonly'],
  input: { messageId: messageIdField() },
  // The spec has the message at the top level; GHL wraps it in `message`. Both are read.
  result: (data) => unwrap(data, 'message'),
  sample: messageSample,
});
