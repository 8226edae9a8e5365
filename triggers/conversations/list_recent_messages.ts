import { defineTrigger } from '../../src/define';
import { messageLabel, messageSample, recentMessagesSpec } from '../../src/areas/conversations';

export default defineTrigger({
  key: 'list_recent_messages',
  noun: 'Message',
  label: 'Recent Messages',
  description: "Lists the location's latest messages, newest first, for the message dropdowns.",
  hidden: true,
  ...recentMessagesSpec,
  query: (_input, ctx) => ({ locationId: ctx.locationId(), sortBy: 'createdAt', sortOrder: 'desc' }),
  // A dropdown needs only the id and label: the attachments list stays out of this sample.
  sample: { ...messageSample, attachments: undefined, label: messageLabel(messageSample) },
});
