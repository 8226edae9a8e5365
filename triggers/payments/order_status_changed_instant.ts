import { defineInstantTrigger } from '../../src/instant';
import { orderInstant, orderStatusField } from '../../src/areas/payments';

export default defineInstantTrigger({
  key: 'order_status_changed_instant',
  label: 'Order Status Changed (Instant)',
  description: "Triggers when an order's status changes, instantly.",
  event: 'OrderStatusUpdate',
  input: { status: orderStatusField },
  filters: ({ status }) => ({ status }),
  ...orderInstant(({ status }) => status),
});
