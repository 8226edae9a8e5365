import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { POLL_NOTE, invoiceTriggerInput, invoicePollQuery, invoiceSample, statusChanges } from '../../src/areas/invoices';

export default defineTrigger({
  key: 'invoice_sent',
  noun: 'Invoice',
  label: 'Invoice Sent',
  description: 'Triggers when an invoice is sent to its contact.',
  endpoint: 'GET /invoices/',
  scopes: ['invoices.readonly'],
  input: {
    about: fields.about(
      `${POLL_NOTE} Only invoices whose status is still Sent are read: one paid before a check saw it does not fire here.`,
    ),
    ...invoiceTriggerInput,
  },
  query: (_input, ctx) => invoicePollQuery(ctx, { status: 'sent' }),
  // One Zap run per change: invoice id + status.
  result: (data) => statusChanges(data, 'sent'),
  sample: { ...invoiceSample, id: '6578278e879ad2646715ba9c:sent', invoiceId: '6578278e879ad2646715ba9c' },
});
