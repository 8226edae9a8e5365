import { defineInstantTrigger } from '../../src/instant';
import { invoiceInstant } from '../../src/areas/invoices';

export default defineInstantTrigger({
  key: 'invoice_sent_instant',
  label: 'Invoice Sent (Instant)',
  description: 'Triggers when an invoice is sent to its contact, instantly.',
  event: 'InvoiceSent',
  ...invoiceInstant('sent'),
});
