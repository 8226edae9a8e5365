import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { alt, invoiceField, invoiceOutput, invoiceSample, liveModeField, sendActionField } from '../../src/areas/invoices';

export default defineCreate({
  key: 'send_invoice',
  noun: 'Invoice',
  label: 'Send Invoice',
  description: 'Sends an invoice to its contact by email or SMS.',
  endpoint: 'POST /invoices/{invoiceId}/send',
  scopes: ['invoices.write'],
  input: {
    invoiceId: invoiceField({ required: true }),
    userId: fields.user({ required: true, label: 'Sent By', helpText: 'The user who sends the invoice (GHL records who sent it).' }),
    action: sendActionField,
    liveMode: liveModeField,
  },
  body: ({ userId, action, liveMode }, ctx) => ({ ...alt(ctx), userId, action: action ?? 'email', liveMode: liveMode ?? true }),
  result: (data) => invoiceOutput(data?.invoice),
  sample: invoiceSample,
});
