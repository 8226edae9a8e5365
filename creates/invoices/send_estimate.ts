import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { alt, estimateField, estimateOutput, estimateSample, liveModeField, sendActionField } from '../../src/areas/invoices';

export default defineCreate({
  key: 'send_estimate',
  noun: 'Estimate',
  label: 'Send Estimate',
  description: 'Sends an estimate to its contact by email or SMS.',
  endpoint: 'POST /invoices/estimate/{estimateId}/send',
  scopes: ['invoices/estimate.write'],
  input: {
    estimateId: estimateField({ required: true }),
    userId: fields.user({ required: true, label: 'Sent By', helpText: 'The user who sends the estimate (GHL records who sent it).' }),
    action: sendActionField,
    liveMode: liveModeField,
  },
  body: ({ userId, action, liveMode }, ctx) => ({ ...alt(ctx), action: action ?? 'email', liveMode: liveMode ?? true, userId }),
  result: estimateOutput,
  sample: estimateSample,
});
