import { defineSearch } from '../../src/define';
import { emailConversationField, emailMessageField, emailMessageSample, unwrap } from '../../src/areas/conversations';

export default defineSearch({
  key: 'get_email_message',
  noun: 'Email',
  label: 'Find Email',
  description: 'Finds an email of a conversation, with its sender and recipients.',
  // The spec declares no Version header and no scope here: like the rest of conversations it gets
  // Version 2021-04-15 (from the path) and needs conversations/message.readonly.
  endpoint: 'GET /conversations/messages/email/{emailMessageId}',
  scopes: ['conversations/message.readonly'],
  input: {
    conversationId: emailConversationField(),
    emailMessageId: emailMessageField({ required: true }),
  },
  // The spec has the email at the top level; GHL wraps it in `emailMessage`. Both are read.
  result: (data) => unwrap(data, 'emailMessage'),
  sample: emailMessageSample,
});
