import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { findOne, orderField, orderOutput, orderSample, PAYMENT_STATUSES } from '../../src/areas/payments';

export default defineSearch({
  key: 'find_order',
  noun: 'Order',
  label: 'Find Order',
  description: 'Finds an order by ID, contact or name.',
  endpoint: 'GET /payments/orders/{orderId}',
  scopes: ['payments/orders.readonly'],
  input: {
    orderId: orderField({ helpText: 'The order to read in full, with its items. Leave empty to search by the fields below.' }),
    contactId: fields.contact({ helpText: "The newest of this contact's orders." }),
    search: fields.string('Order Name', { helpText: 'Text GHL searches order names for, e.g. Whitening kit.' }),
    paymentStatus: fields.choice('Payment Status', PAYMENT_STATUSES, { helpText: 'Only orders with this payment status.' }),
  },
  perform: (ctx) => {
    const { orderId, contactId, search, paymentStatus } = ctx.input;
    if (!orderId && !contactId && !search) {
      throw new ctx.z.errors.Error(
        'Find Order: give an "Order" (orderId), a "Contact" (contactId) or an "Order Name" (search).',
        'InvalidInput',
        400,
      );
    }
    return findOne(
      ctx,
      orderId ? { path: ctx.path('/payments/orders/{orderId}') } : undefined,
      { path: '/payments/orders', query: { contactId, search, paymentStatus } },
      orderOutput,
    );
  },
  result: (data) => data,
  sample: orderSample,
});
