import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { CHANNEL_LABELS, lastMessageQuery, inboundConversationSample, conversationChangeOutput } from '../../src/areas/conversations';
import { changeId, listOf } from '../../src/output';

export default defineTrigger({
  key: 'new_inbound_message',
  noun: 'Message',
  label: 'New Inbound Message',
  description: 'Triggers when a contact sends a message (SMS, email, chat…).',
  endpoint: 'GET /conversations/search',
  scopes: ['conversations.readonly'],
  input: {
    about: fields.about(
      "Each check reads the conversations whose latest message is inbound, so it sees each conversation's latest message only: a reply sent before the next check hides the inbound message, and several messages in a row trigger once.",
    ),
    channel: fields.choice('Channel', CHANNEL_LABELS, { helpText: 'Only messages from this channel. Leave empty for all channels.' }),
    contactId: fields.contact({ helpText: 'Only messages from this contact. Leave empty for all contacts.' }),
  },
  query: (input, ctx) => lastMessageQuery('inbound', input, ctx),
  // One Zap run per message: conversation id + the time of its last message. GHL's spec does not
  // list lastMessageDate or lastMessageDirection in ConversationSchema although it sorts and
  // filters by them; the answer carries them (dateUpdated stands in if lastMessageDate is missing).
  result: (data) =>
    listOf(data, 'conversations').map((c) => ({ ...conversationChangeOutput(c), id: changeId(c.id, c.lastMessageDate ?? c.dateUpdated) })),
  sample: inboundConversationSample,
});
