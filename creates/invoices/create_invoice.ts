import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { currencyField, documentBody, invoiceOutput, invoiceSample, lineItemsField, liveModeField } from '../../src/areas/invoices';

export default defineCreate({
  key: 'create_invoice',
  noun: 'Invoice',
  label: 'Create Invoice',
  description: 'Creates a draft invoice with line items for a contact.',
  endpoint: 'POST /invoices/',
  // The contact's details, the business details and the next number are read before the create.
  scopes: ['invoices.write', 'invoices.readonly', 'contacts.readonly'],
  input: {
    contactId: fields.contact({ required: true, helpText: 'Who the invoice is for; their name, email and phone are copied onto it.' }),
    items: lineItemsField({ required: true }),
    name: fields.string('Invoice Name', { helpText: 'An internal name, e.g. "March whitening". Default: "Invoice for <contact name>".' }),
    currency: currencyField,
    issueDate: fields.datetime('Issue Date', {
      as: 'dateOnly',
      helpText: "A date, e.g. 2026-03-01. Default: today in the Zap's time zone.",
    }),
    dueDate: fields.datetime('Due Date', { as: 'dateOnly', helpText: 'A date, e.g. 2026-03-15. Leave empty for no due date.' }),
    invoiceNumber: fields.string('Invoice Number', { helpText: 'Leave empty to take the next number from the invoice settings.' }),
    liveMode: liveModeField,
  },
  perform: async (ctx) => {
    const { dueDate, liveMode } = ctx.input;
    const body = {
      ...(await documentBody(ctx, ctx.input, { kind: 'Invoice', number: true })),
      ...(typeof dueDate === 'string' ? { dueDate } : {}),
      liveMode: liveMode ?? true,
    };
    const res = await ctx.request({ method: 'POST', path: '/invoices/', body });
    return invoiceOutput(res.data);
  },
  sample: { ...invoiceSample, status: 'draft' },
});
