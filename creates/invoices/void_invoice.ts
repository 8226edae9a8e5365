import { defineCreate } from '../../src/define';
import { alt, invoiceField, invoiceOutput, invoiceSample } from '../../src/areas/invoices';

export default defineCreate({
  key: 'void_invoice',
  noun: 'Invoice',
  label: 'Void Invoice',
  description: 'Voids a sent invoice so it can no longer be paid.',
  endpoint: 'POST /invoices/{invoiceId}/void',
  scopes: ['invoices.write'],
  input: {
    invoiceId: invoiceField({
      required: true,
      helpText:
        'Choose an invoice, or map an invoice ID. A draft cannot be voided, nor one paid through a payment provider before its refund.',
    }),
  },
  body: (_input, ctx) => alt(ctx),
  result: invoiceOutput,
  sample: { ...invoiceSample, status: 'void' },
});
