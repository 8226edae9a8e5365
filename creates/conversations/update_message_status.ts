import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { emailConversationField, emailMessageField, messageIdField } from '../../src/areas/conversations';

export default defineCreate({
  key: 'update_message_status',
  noun: 'Message Status',
  label: 'Update Message Status',
  description: 'Updates the delivery status of a message from your own provider.',
  endpoint: 'PUT /conversations/messages/{messageId}/status',
  scopes: ['conversations/message.write'],
  input: {
    messageId: messageIdField({
      helpText: 'Choose one of the latest messages, or map the ID of a message sent through your conversation provider.',
    }),
    status: fields.choice(
      'Status',
      { delivered: 'Delivered', failed: 'Failed', pending: 'Pending', read: 'Read' },
      { required: true, helpText: 'The delivery status to record.' },
    ),
    conversationId: emailConversationField(),
    emailMessageId: emailMessageField({
      helpText: "For emails: choose one of the conversation's emails, or map the email's own ID from an earlier step (e.g. Find Email).",
    }),
    recipients: fields.list('Recipients', { helpText: 'For emails: the additional recipients this status applies to.' }),
    errorCode: fields.string('Error Code', { helpText: "When the status is Failed: your provider's error code." }),
    errorMessage: fields.text('Error Message', { helpText: 'When the status is Failed: what went wrong, shown in GHL.' }),
  },
  body: ({ status, emailMessageId, recipients, errorCode, errorMessage }) => ({
    status,
    emailMessageId,
    recipients,
    ...(errorCode || errorMessage ? { error: { code: errorCode ?? '1', type: 'saas', message: errorMessage ?? 'Failed' } } : {}),
  }),
  result: (data, { messageId }) => ({ id: data.messageId ?? messageId, ...data }),
  sample: {
    id: 'p1mRSHeLDhAms5q0LMr4',
    conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
    messageId: 'p1mRSHeLDhAms5q0LMr4',
    msg: 'Message status updated',
    status: 'delivered',
  },
});
