import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { conversationField } from '../../src/areas/conversations';

export default defineCreate({
  key: 'live_chat_agent_typing',
  noun: 'Typing Indicator',
  label: 'Show Live Chat Agent Typing',
  description: 'Shows or hides the typing indicator in a live chat.',
  endpoint: 'POST /conversations/providers/live-chat/typing',
  scopes: ['conversations/livechat.write'],
  input: {
    conversationId: conversationField({ required: true }),
    visitorId: fields.string('Visitor ID', {
      required: true,
      // GHL has no endpoint that lists live chat visitors, so this cannot be a dropdown.
      helpText:
        "The live chat visitor who sees the indicator. GHL lists no visitors: map the visitor ID from the step that received the visitor's chat message (GHL's inbound live chat webhook carries it).",
    }),
    isTyping: fields.boolean('Is Typing', { required: true, helpText: 'Yes shows the indicator, No hides it.' }),
  },
  // The spec types isTyping as a string ("true"/"false").
  body: ({ conversationId, visitorId, isTyping }, ctx) => ({
    locationId: ctx.locationId(),
    isTyping: String(isTyping),
    visitorId,
    conversationId,
  }),
  result: (data, { conversationId, visitorId, isTyping }) => ({ conversationId, visitorId, isTyping, success: data.success ?? true }),
  sample: { conversationId: 'tDtDnQdgm2LXpyiqYvZ6', visitorId: 'v1sItOr9xQ2lMn7KpB3a', isTyping: true, success: true },
});
