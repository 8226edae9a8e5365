import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { POLL_NOTE, invoiceTriggerInput, invoicePollQuery, invoiceSample, invoicesOf } from '../../src/areas/invoices';

export default defineTrigger({
  key: 'new_invoice',
  noun: 'Invoice',
  label: 'New Invoice',
  description: 'Triggers when an invoice is created.',
  endpoint: 'GET /invoices/',
  scopes: ['invoices.readonly'],
  input: {
    about: fields.about(`${POLL_NOTE} An invoice created with an issue date older than those 100 is not seen.`),
    ...invoiceTriggerInput,
  },
  query: (_input, ctx) => invoicePollQuery(ctx),
  result: invoicesOf,
  newestFirst: 'createdAt',
  sample: invoiceSample,
});
