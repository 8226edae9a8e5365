import { defineTrigger } from '../../src/define';
import { alt, dropdownLabel, invoiceSample, invoicesOf } from '../../src/areas/invoices';

export default defineTrigger({
  key: 'list_invoices',
  noun: 'Invoice',
  label: 'List Invoices',
  description: 'Lists invoices for the invoice dropdowns.',
  endpoint: 'GET /invoices/',
  scopes: ['invoices.readonly'],
  hidden: true,
  query: (_input, ctx) => ({ ...alt(ctx), sortField: 'issueDate', sortOrder: 'descend' }),
  result: (data) => invoicesOf(data).map((inv) => ({ ...inv, label: dropdownLabel(inv, inv.invoiceNumber) })),
  paging: { style: 'offset', size: 100 },
  // A hidden step's sample needs only what the dropdown reads: every object here is copied per call.
  sample: { id: invoiceSample.id, label: '#1042 · Whitening package · Rosie Knight · 450.5 USD' },
});
