import { defineTrigger } from '../../src/define';
import { messageLabel, messageSample, recentMessagesSpec } from '../../src/areas/conversations';

const callSample = { ...messageSample, messageType: 'TYPE_CALL', type: 1, body: '', contentType: 'audio/wav', attachments: [] };

export default defineTrigger({
  key: 'list_recent_calls',
  noun: 'Call',
  label: 'Recent Calls',
  description: "Lists the location's latest call messages, newest first, for the call dropdowns.",
  hidden: true,
  ...recentMessagesSpec,
  query: (_input, ctx) => ({ locationId: ctx.locationId(), channel: 'Call', sortBy: 'createdAt', sortOrder: 'desc' }),
  // A dropdown needs only the id and label: the attachments list stays out of this sample.
  sample: { ...callSample, attachments: undefined, label: messageLabel(callSample) },
});
