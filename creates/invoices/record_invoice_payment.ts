import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { alt, invoiceField, invoiceOutput, invoiceSample } from '../../src/areas/invoices';

const MODES = { cash: 'Cash', card: 'Card', cheque: 'Cheque', bank_transfer: 'Bank Transfer', other: 'Other' };

export default defineCreate({
  key: 'record_invoice_payment',
  noun: 'Invoice Payment',
  label: 'Record Invoice Payment',
  description: 'Records a manual payment against an invoice.',
  endpoint: 'POST /invoices/{invoiceId}/record-payment',
  // Without an amount, the invoice is read first for its amount due.
  scopes: ['invoices.write', 'invoices.readonly'],
  input: {
    invoiceId: invoiceField({ required: true }),
    mode: fields.choice('Payment Method', MODES, { required: true, helpText: 'How the money came in.' }),
    amount: fields.number('Amount', {
      min: 0.01,
      helpText: 'In currency units, e.g. 200 or 49.99 (not cents). Leave empty to record the whole amount due.',
    }),
    notes: fields.text('Notes', { helpText: 'Recorded with the payment, e.g. a receipt number.' }),
    cardBrand: fields.string('Card Brand', { helpText: 'For card payments: e.g. Visa.' }),
    cardLast4: fields.string('Card Last 4 Digits', { helpText: 'For card payments: the last four digits, e.g. 4242.' }),
    chequeNumber: fields.string('Cheque Number', { helpText: 'For cheque payments: the cheque number.' }),
  },
  perform: async (ctx) => {
    const { mode, notes, cardBrand, cardLast4, chequeNumber } = ctx.input;
    let amount = ctx.input.amount;
    if (amount === undefined) {
      // The spec makes `amount` optional and does not say what GHL records without it: send the amount due.
      const res = await ctx.request({ method: 'GET', path: ctx.path('/invoices/{invoiceId}'), query: alt(ctx) });
      const due = Number((res.data as { amountDue?: unknown } | undefined)?.amountDue);
      if (Number.isFinite(due) && due > 0) amount = due;
    }
    // The spec requires `card`, `cheque` and `notes` whatever the method; the ones that do not apply go empty.
    const body = {
      ...alt(ctx),
      mode,
      card: { brand: cardBrand ?? '', last4: cardLast4 ?? '' },
      cheque: { number: chequeNumber ?? '' },
      notes: notes ?? '',
      ...(amount !== undefined ? { amount } : {}),
    };
    const res = await ctx.request<{ success?: boolean; invoice?: unknown }>({
      method: 'POST',
      path: ctx.path('/invoices/{invoiceId}/record-payment'),
      body,
    });
    return { ...invoiceOutput(res.data?.invoice), paymentRecorded: res.data?.success === true };
  },
  sample: { ...invoiceSample, status: 'partially_paid', amountPaid: 200, amountDue: 250.5, paymentRecorded: true },
});
