import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { altQuery, listData, orderOutput, orderSample, PAYMENT_STATUSES, PAYMENTS_PAGE, pollReach } from '../../src/areas/payments';

export default defineTrigger({
  key: 'new_order',
  noun: 'Order',
  label: 'New Order',
  description: 'Triggers when an order is placed.',
  endpoint: 'GET /payments/orders',
  scopes: ['payments/orders.readonly'],
  input: {
    about: pollReach('orders'),
    paymentStatus: fields.choice('Payment Status', PAYMENT_STATUSES, {
      helpText: 'Only orders with this payment status. Leave empty for all.',
    }),
    contactId: fields.contact({ helpText: "Only this contact's orders. Leave empty for all contacts." }),
  },
  query: ({ paymentStatus, contactId }, ctx) => ({ ...altQuery(ctx), paymentStatus, contactId, limit: PAYMENTS_PAGE }),
  result: (data) => listData(data).map(orderOutput),
  newestFirst: 'createdAt',
  sample: orderSample,
});
