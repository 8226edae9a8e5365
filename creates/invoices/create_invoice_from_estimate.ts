import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { alt, estimateField, invoiceOutput, invoiceSample } from '../../src/areas/invoices';

export default defineCreate({
  key: 'create_invoice_from_estimate',
  noun: 'Invoice',
  label: 'Create Invoice from Estimate',
  description: "Creates an invoice from an estimate's items and contact.",
  endpoint: 'POST /invoices/estimate/{estimateId}/invoice',
  scopes: ['invoices/estimate.write'],
  input: {
    estimateId: estimateField({ required: true }),
    markAsInvoiced: fields.boolean('Mark Estimate as Invoiced', {
      default: 'true',
      helpText: 'Yes sets the estimate status to Invoiced. Default: Yes.',
    }),
  },
  body: ({ markAsInvoiced }, ctx) => ({ ...alt(ctx), markAsInvoiced: markAsInvoiced ?? true }),
  result: (data, { estimateId }) => ({ ...invoiceOutput(data?.invoice), estimateId: data?.estimate?._id ?? estimateId }),
  sample: { ...invoiceSample, status: 'draft', estimateId: '67ac9a51106ee8311e911a2b' },
});
