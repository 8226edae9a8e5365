import { defineInstantTrigger } from '../../src/instant';
import { invoiceInstant } from '../../src/areas/invoices';

export default defineInstantTrigger({
  key: 'invoice_voided_instant',
  label: 'Invoice Voided (Instant)',
  description: 'Triggers when an invoice is voided, instantly.',
  event: 'InvoiceVoid',
  ...invoiceInstant('void'),
});
