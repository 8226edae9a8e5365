import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { emailMessageSample, unwrap } from '../../src/areas/conversations';

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
    emailMessageId: fields.id('Email Message ID', {
      required: true,
      helpText:
        "The email's own ID, not its conversation message ID: map it from an email message's Meta Email Message IDs (e.g. from Find Message).",
    }),
  },
  // The spec has the email at the top level; GHL wraps it in `emailMessage`. Both are read.
  result: (data) => unwrap(data, 'emailMessage'),
  sample: emailMessageSample,
});
