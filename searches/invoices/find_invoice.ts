import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { INVOICE_STATUSES, invoicePollQuery, invoiceSample, invoicesOf } from '../../src/areas/invoices';

/** "1042", "INV-1042" and "INV-001042" all name invoice number 1042. */
const sameNumber = (invoiceNumber: unknown, given: string) => {
  const n = String(invoiceNumber ?? '');
  const g = given.trim();
  return n !== '' && (n === g || g.replace(/^[^0-9]*/, '').replace(/^0+(?=\d)/, '') === n.replace(/^0+(?=\d)/, ''));
};

export default defineSearch({
  key: 'find_invoice',
  noun: 'Invoice',
  label: 'Find Invoice',
  description: 'Finds an invoice by number, contact or status.',
  endpoint: 'GET /invoices/',
  scopes: ['invoices.readonly'],
  input: {
    invoiceNumber: fields.string('Invoice Number', {
      helpText:
        'The number, with or without its prefix, e.g. 1042 or INV-1042. Looked for among the 100 latest-issued invoices that match the other filters.',
    }),
    contactId: fields.contact({ helpText: "Only this contact's invoices." }),
    status: fields.choice('Status', INVOICE_STATUSES, { helpText: 'Only invoices with this status.' }),
  },
  query: ({ invoiceNumber, contactId, status }, ctx) => {
    if (!invoiceNumber && !contactId && !status) {
      throw new ctx.z.errors.Error(
        'Find Invoice: give an "Invoice Number" (invoiceNumber), a "Contact" (contactId) or a "Status" (status).',
        'InvalidInput',
        400,
      );
    }
    // The spec's `search` matches id, name, email or phone, not the number: the number is matched here.
    return invoicePollQuery(ctx, { contactId, status });
  },
  result: (data, { invoiceNumber }) => invoicesOf(data).filter((inv) => !invoiceNumber || sameNumber(inv.invoiceNumber, invoiceNumber)),
  sample: invoiceSample,
});
