import { defineInstantTrigger } from '../../src/instant';
import { invoiceInstant } from '../../src/areas/invoices';

export default defineInstantTrigger({
  key: 'invoice_partially_paid_instant',
  label: 'Invoice Partially Paid (Instant)',
  description: 'Triggers when a payment covers part of an invoice, instantly.',
  event: 'InvoicePartiallyPaid',
  ...invoiceInstant('partially_paid'),
});
