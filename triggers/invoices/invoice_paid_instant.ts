import { defineInstantTrigger } from '../../src/instant';
import { invoiceInstant } from '../../src/areas/invoices';

export default defineInstantTrigger({
  key: 'invoice_paid_instant',
  label: 'Invoice Paid (Instant)',
  description: 'Triggers when an invoice is paid in full, instantly.',
  event: 'InvoicePaid',
  ...invoiceInstant('paid'),
});
