import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { POLL_NOTE, invoiceTriggerInput, invoicePollQuery, invoiceSample, statusChanges } from '../../src/areas/invoices';

export default defineTrigger({
  key: 'invoice_paid',
  noun: 'Invoice',
  label: 'Invoice Paid',
  description: 'Triggers when an invoice is paid in full.',
  endpoint: 'GET /invoices/',
  scopes: ['invoices.readonly'],
  input: {
    about: fields.about(`${POLL_NOTE} Only paid invoices are read; one paid long after it was issued fires only while it is among them.`),
    ...invoiceTriggerInput,
  },
  query: (_input, ctx) => invoicePollQuery(ctx, { status: 'paid' }),
  // One Zap run per change: invoice id + status.
  result: (data) => statusChanges(data, 'paid'),
  sample: {
    ...invoiceSample,
    id: '6578278e879ad2646715ba9c:paid',
    invoiceId: '6578278e879ad2646715ba9c',
    status: 'paid',
    amountPaid: 450.5,
    amountDue: 0,
  },
});
