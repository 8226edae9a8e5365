import { defineInstantTrigger } from '../../src/instant';
import { invoiceInstant } from '../../src/areas/invoices';

export default defineInstantTrigger({
  key: 'invoice_created_instant',
  label: 'New Invoice (Instant)',
  description: 'Triggers when an invoice is created, instantly.',
  event: 'InvoiceCreate',
  ...invoiceInstant(),
});
