/**
 * Products with their prices and stock: a physical kit (two prices, inventory tracked), a service
 * and a monthly membership. Ids come from their own sequence, so other areas' ids do not move.
 */
import type { Row } from '../lib/types';
import { DAY, makeIds, type Accounts, type SeedContext } from './context';

export const seedProducts = ({ now, iso }: SeedContext, { L }: Accounts) => {
  const id = makeIds(20261203);
  const product = (name: string, productType: string, description: string, daysAgo: number): Row => ({
    _id: id(),
    name,
    productType,
    description,
    image: `https://example.com/images/${name.toLowerCase().replace(/\W+/g, '-')}.png`,
    availableInStore: productType !== 'SERVICE',
    locationId: L,
    createdAt: iso(now - daysAgo * DAY),
    updatedAt: iso(now - daysAgo * DAY),
  });
  const kit = product('Whitening Kit', 'PHYSICAL', 'At-home whitening kit with two trays.', 40);
  const consult = product('Cosmetic Consultation', 'SERVICE', 'A 45-minute consultation with a dentist.', 60);
  const club = product('Smile Club Membership', 'DIGITAL', 'Monthly cleanings and 10% off treatments.', 90);
  const price = (p: Row, name: string, amount: number, extra: Row = {}): Row => ({
    _id: id(),
    name,
    type: 'one_time',
    currency: 'USD',
    amount,
    product: p._id,
    locationId: L,
    trackInventory: false,
    allowOutOfStockPurchases: false,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    ...extra,
  });
  const prices: Row[] = [
    price(kit, 'Standard', 69, { trackInventory: true, availableQuantity: 25, sku: 'KIT-STD' }),
    price(kit, 'Refill Pack', 29, { trackInventory: true, availableQuantity: 4, sku: 'KIT-REFILL' }),
    price(consult, 'Consultation', 150),
    price(club, 'Monthly', 49, { type: 'recurring', recurring: { interval: 'month', intervalCount: 1 } }),
  ];
  return { products: [kit, consult, club], prices, paymentIds: id };
};
