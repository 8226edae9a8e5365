import { defineCreate } from '../../src/define';
import { compact, fields } from '../../src/fields';
import { altQuery, MONEY_HELP, orderField } from '../../src/areas/payments';

export default defineCreate({
  key: 'record_order_payment',
  noun: 'Payment',
  label: 'Record Order Payment',
  description: 'Records an offline payment for an order.',
  endpoint: 'POST /payments/orders/{orderId}/record-payment',
  // The spec's security for this endpoint; GHL's published scope list (oauth-Scopes.md) does not name it yet.
  scopes: ['payments/orders.collectPayment'],
  input: {
    orderId: orderField({ required: true }),
    mode: fields.choice(
      'Payment Method',
      { cash: 'Cash', card: 'Card', cheque: 'Cheque', bank_transfer: 'Bank Transfer', other: 'Other' },
      { required: true, helpText: 'How the customer paid.' },
    ),
    amount: fields.number('Amount', {
      min: 0.01,
      helpText: `The amount received. ${MONEY_HELP} Leave empty to record the order's full amount.`,
    }),
    isPartialPayment: fields.boolean('Partial Payment', { helpText: 'Yes when the amount pays only part of the order. Default: no.' }),
    notes: fields.text('Notes', { helpText: 'A note kept with the payment, e.g. Paid at the front desk.' }),
    cardType: fields.choice(
      'Card Type',
      { visa: 'Visa', mastercard: 'Mastercard', other: 'Other' },
      { helpText: 'Used when Payment Method is Card: the card brand.' },
    ),
    cardLast4: fields.string('Card Last 4 Digits', { helpText: 'For card payments: the last four digits, e.g. 4242.' }),
    chequeNumber: fields.string('Cheque Number', {
      helpText: 'Used when Payment Method is Cheque: the number as printed on the cheque, e.g. 000123.',
    }),
  },
  body: ({ mode, amount, isPartialPayment, notes, cardType, cardLast4, chequeNumber }, ctx) => {
    if (cardLast4 !== undefined && !/^\d{4}$/.test(cardLast4)) {
      throw new ctx.z.errors.Error(
        'Record Order Payment: "Card Last 4 Digits" (cardLast4) must be four digits, like 4242.',
        'InvalidInput',
        400,
      );
    }
    return compact({
      ...altQuery(ctx),
      mode,
      amount,
      isPartialPayment,
      notes,
      card: cardLast4 ? { type: cardType ?? 'other', last4: cardLast4 } : undefined,
      cheque: chequeNumber ? { number: chequeNumber } : undefined,
    });
  },
  result: (data, { orderId, mode, amount, isPartialPayment }) => ({
    orderId,
    success: data?.success === true,
    mode,
    amount,
    isPartialPayment: isPartialPayment ?? false,
  }),
  sample: { orderId: '653f5e0cde5a1314e62a837c', success: true, mode: 'cash', amount: 150.1, isPartialPayment: false },
});
