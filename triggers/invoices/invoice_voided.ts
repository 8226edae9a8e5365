import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { POLL_NOTE, invoiceTriggerInput, invoicePollQuery, invoiceSample, statusChanges } from '../../src/areas/invoices';

export default defineTrigger({
  key: 'invoice_voided',
  noun: 'Invoice',
  label: 'Invoice Voided',
  description: 'Triggers when an invoice is voided.',
  endpoint: 'GET /invoices/',
  scopes: ['invoices.readonly'],
  input: {
    about: fields.about(`${POLL_NOTE} Only void invoices are read; one voided long after it was issued fires only while it is among them.`),
    ...invoiceTriggerInput,
  },
  query: (_input, ctx) => invoicePollQuery(ctx, { status: 'void' }),
  // One Zap run per change: invoice id + status.
  result: (data) => statusChanges(data, 'void'),
  sample: { ...invoiceSample, id: '6578278e879ad2646715ba9c:void', invoiceId: '6578278e879ad2646715ba9c', status: 'void' },
});
