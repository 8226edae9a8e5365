import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { POLL_NOTE, invoiceTriggerInput, invoicePollQuery, invoiceSample, statusChanges } from '../../src/areas/invoices';

export default defineTrigger({
  key: 'invoice_partially_paid',
  noun: 'Invoice',
  label: 'Invoice Partially Paid',
  description: 'Triggers when a payment covers part of an invoice.',
  endpoint: 'GET /invoices/',
  scopes: ['invoices.readonly'],
  input: {
    about: fields.about(
      `${POLL_NOTE} Each further partial payment fires again (the amount paid changes); one paid long after its issue date fires only while it is among those 100.`,
    ),
    ...invoiceTriggerInput,
  },
  query: (_input, ctx) => invoicePollQuery(ctx, { status: 'partially_paid' }),
  // One Zap run per change: invoice id + status + the amount paid, so each further payment fires.
  result: (data) => statusChanges(data, 'partially_paid'),
  sample: {
    ...invoiceSample,
    id: '6578278e879ad2646715ba9c:partially_paid:200',
    invoiceId: '6578278e879ad2646715ba9c',
    status: 'partially_paid',
    amountPaid: 200,
    amountDue: 250.5,
  },
});
