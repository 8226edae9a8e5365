/**
 * Orders in every payment status (with items, a coupon, an unfulfilled one to ship), the
 * transactions that paid them, a monthly subscription and coupons. Built from the seeded products
 * and contacts; ids from the products' own sequence.
 */
import type { Row } from '../lib/types';
import { DAY, type Accounts, type SeedContext } from './context';

export const seedPayments = (
  { now, iso }: SeedContext,
  { L }: Accounts,
  contacts: Row[],
  { products, prices, paymentIds: id }: { products: Row[]; prices: Row[]; paymentIds: () => string },
) => {
  const priceOf = (name: string) => prices.find((p) => p.name === name) as Row;
  const productOf = (price: Row) => products.find((p) => p._id === price.product) as Row;
  const item = (priceName: string, qty: number) => {
    const price = priceOf(priceName);
    const product = productOf(price);
    return {
      _id: id(),
      name: `${product.name} - ${price.name}`,
      qty,
      product: { _id: product._id, name: product.name, productType: product.productType },
      price: { _id: price._id, name: price.name, amount: price.amount, currency: price.currency, type: price.type },
    };
  };
  const order = (contact: Row, items: Row[], paymentStatus: string, hoursAgo: number, extra: Row = {}): Row => {
    const subtotal = items.reduce((sum, i) => sum + i.qty * i.price.amount, 0);
    const discount = extra.couponCode ? Math.round(subtotal * 10) / 100 : 0;
    const physical = items.some((i) => i.product.productType === 'PHYSICAL');
    const at = iso(now - hoursAgo * 3_600_000);
    return {
      _id: id(),
      altId: L,
      altType: 'location',
      contactId: contact.id,
      contactSnapshot: {
        id: contact.id,
        firstName: contact.firstName,
        lastName: contact.lastName,
        email: contact.email,
        phone: contact.phone,
      },
      currency: 'USD',
      amount: subtotal - discount,
      amountSummary: { subtotal, discount, tax: 0, shipping: 0 },
      status: paymentStatus === 'unpaid' ? 'pending' : 'completed',
      paymentStatus,
      liveMode: true,
      fulfillmentStatus: physical ? 'unfulfilled' : 'not_applicable',
      source: { type: 'website', subType: 'store', id: 'smile-shop', name: 'Smile Shop' },
      ...(extra.couponCode ? { coupon: { code: extra.couponCode } } : {}),
      items,
      createdAt: at,
      updatedAt: at,
    };
  };
  const [a, b, c, d] = contacts;
  const orders: Row[] = [
    order(a, [item('Standard', 2)], 'paid', 3, { couponCode: 'SPRING10' }),
    order(b, [item('Consultation', 1)], 'unpaid', 30),
    order(c, [item('Standard', 1), item('Refill Pack', 2)], 'partially_paid', 80),
    order(d, [item('Refill Pack', 1)], 'refunded', 200),
    order(a, [item('Monthly', 1)], 'paid', 24 * 30),
  ];
  const txn = (o: Row, amount: number, status: string, extra: Row = {}): Row => ({
    _id: id(),
    altId: L,
    altType: 'location',
    contactId: o.contactId,
    contactSnapshot: o.contactSnapshot,
    currency: 'USD',
    amount,
    amountRefunded: status === 'refunded' ? amount : 0,
    status,
    liveMode: true,
    entityType: 'order',
    entityId: o._id,
    entitySource: { type: 'website', subType: 'store', id: 'smile-shop', name: 'Smile Shop' },
    paymentProvider: { type: 'stripe' },
    chargeId: `ch_${id()}`,
    createdAt: iso(Date.parse(o.createdAt) + 5_000),
    updatedAt: iso(Date.parse(o.createdAt) + 5_000),
    ...extra,
  });
  const club = orders[4];
  const subscriptions: Row[] = [
    {
      _id: id(),
      altId: L,
      altType: 'location',
      contactId: club.contactId,
      contactSnapshot: club.contactSnapshot,
      currency: 'USD',
      amount: 49,
      status: 'active',
      liveMode: true,
      entityType: 'order',
      entityId: club._id,
      entitySource: { type: 'funnel', id: 'membership-funnel', name: 'Smile Club funnel' },
      subscriptionId: `sub_${id()}`,
      paymentProvider: { type: 'stripe' },
      recurringProduct: { name: 'Smile Club Membership' },
      createdAt: club.createdAt,
      updatedAt: club.createdAt,
    },
  ];
  const transactions: Row[] = [
    txn(orders[0], orders[0].amount, 'succeeded'),
    txn(orders[2], 50, 'succeeded'),
    txn(orders[3], orders[3].amount, 'refunded'),
    txn(club, 49, 'succeeded', { subscriptionId: subscriptions[0].subscriptionId, entitySource: subscriptions[0].entitySource }),
  ];
  const coupon = (name: string, code: string, discountType: string, discountValue: number, start: number, end: number): Row => ({
    _id: id(),
    altId: L,
    altType: 'location',
    name,
    code,
    discountType,
    discountValue,
    usageCount: 0,
    limitPerCustomer: 0,
    startDate: iso(now + start * DAY),
    endDate: iso(now + end * DAY),
    applyToFuturePayments: false,
    applyToFuturePaymentsConfig: {},
    createdAt: iso(now - 40 * DAY),
    updatedAt: iso(now - 40 * DAY),
  });
  const coupons: Row[] = [
    coupon('Spring Sale', 'SPRING10', 'percentage', 10, -10, 20),
    coupon('Welcome Offer', 'WELCOME25', 'amount', 25, -60, -1),
  ];
  return { orders, transactions, subscriptions, coupons, fulfillments: [] as Row[] };
};
