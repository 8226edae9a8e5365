import { defineTrigger } from '../../src/define';
import { altQuery, listData, orderOutput, orderSample, PAYMENTS_PAGE } from '../../src/areas/payments';

/** The Order dropdown: each order named by its customer, amount and date. */
export default defineTrigger({
  key: 'list_orders',
  noun: 'Order',
  label: 'List Orders',
  description: 'Lists the orders of the location for the Order dropdown.',
  hidden: true,
  endpoint: 'GET /payments/orders',
  scopes: ['payments/orders.readonly'],
  query: (_input, ctx) => altQuery(ctx),
  result: (data) =>
    listData(data).map((raw) => {
      const order = orderOutput(raw);
      const who = order.contactName ?? order.contactEmail ?? 'Order';
      return { ...order, name: `${who} · ${order.currency ?? ''} ${order.amount ?? ''} · ${String(order.createdAt ?? '').slice(0, 10)}` };
    }),
  paging: { style: 'offset', size: PAYMENTS_PAGE },
  // A dropdown's sample needs only its value and label: every object here is copied per invocation.
  sample: { id: orderSample.id, name: 'Rosie Knight · USD 150.1 · 2026-03-01' },
});
