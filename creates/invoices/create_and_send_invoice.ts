import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { currencyField, documentBody, invoiceOutput, invoiceSample, lineItemsField, liveModeField } from '../../src/areas/invoices';

export default defineCreate({
  key: 'create_and_send_invoice',
  noun: 'Invoice',
  label: 'Create and Send Invoice',
  description: 'Creates an invoice and texts the contact a payment link.',
  endpoint: 'POST /invoices/text2pay',
  scopes: ['invoices.write', 'invoices.readonly', 'contacts.readonly'],
  input: {
    contactId: fields.contact({ required: true, helpText: 'Who pays; the invoice goes to their phone and email.' }),
    userId: fields.user({ required: true, label: 'Sent By', helpText: 'The user who sends the invoice (GHL records who issued it).' }),
    items: lineItemsField({ required: true }),
    name: fields.string('Invoice Name', { helpText: 'An internal name, e.g. "March whitening". Default: "Invoice for <contact name>".' }),
    currency: currencyField,
    dueDate: fields.datetime('Due Date', { as: 'dateOnly', helpText: 'A date, e.g. 2026-03-15. Leave empty for no due date.' }),
    liveMode: liveModeField,
  },
  perform: async (ctx) => {
    const { dueDate, liveMode, userId } = ctx.input;
    const body = {
      ...(await documentBody(ctx, ctx.input, { kind: 'Invoice' })),
      ...(typeof dueDate === 'string' ? { dueDate } : {}),
      liveMode: liveMode ?? true,
      action: 'send',
      userId,
    };
    const res = await ctx.request<{ invoice?: unknown; invoiceUrl?: string }>({ method: 'POST', path: '/invoices/text2pay', body });
    return { ...invoiceOutput(res.data?.invoice), invoiceUrl: res.data?.invoiceUrl };
  },
  sample: { ...invoiceSample, invoiceUrl: 'https://link.example.com/invoice/6578278e879ad2646715ba9c' },
});
