import { defineInstantTrigger } from '../../src/instant';
import { orderInstant } from '../../src/areas/payments';

export default defineInstantTrigger({
  key: 'order_created_instant',
  label: 'New Order (Instant)',
  description: 'Triggers when an order is placed, instantly.',
  event: 'OrderCreate',
  ...orderInstant(),
});
