/**
 * Payments: orders (list, read, record a payment, fulfil), transactions, subscriptions and
 * coupons. Every endpoint names the location as `altId` + `altType=location`; lists page by
 * offset/limit and answer `{data, totalCount}`; a list item carries the contact's name and the
 * order's source flat, a single record carries them as objects (the spec's two schemas).
 */
import type { Router } from '../lib/router';
import type { Grant, Row } from '../lib/types';
import { forbidden, notFound, unprocessable } from '../lib/errors';
import { clone, fullName, intParam, lower, nowIso, requireFields, requireOneOf, sortBy } from '../lib/util';

/** The location named by altId/altType: required, `location` only, and the connection's own. */
const altLocation = (obj: Row | undefined, auth: Grant) => {
  requireFields(obj, ['altId', 'altType']);
  requireOneOf(obj as Row, 'altType', ['location']);
  if (auth.locationId && obj?.altId !== auth.locationId) throw forbidden();
  return String(obj?.altId);
};

/** offset/limit paging (the spec's default limit is 10). */
const page = (list: Row[], query: Row) => {
  const offset = intParam(query.offset, 'offset', { def: 0 });
  const limit = intParam(query.limit, 'limit', { def: 10, min: 1, max: 100 });
  return { data: clone(list.slice(offset, offset + limit)), totalCount: list.length };
};

/** GHL answers an unknown payments record with 404 "… not found" (GoHighLevel/highlevel-api-sdk issue #19). */
const find = (list: Row[], id: string, altId: string, what: string) => {
  const r = list.find((x) => x._id === id && x.altId === altId);
  if (!r) throw notFound(`${what} not found`);
  return r;
};

const contactName = (r: Row) => (r.contactSnapshot ? fullName(r.contactSnapshot) : undefined);

/** A list item of GET /payments/orders (OrderResponseSchema). */
const orderListItem = ({ contactSnapshot, amountSummary, source, items, coupon, paymentStatus: _p, ...o }: Row) => ({
  ...o,
  contactName: contactName({ contactSnapshot }),
  contactEmail: contactSnapshot?.email,
  subtotal: amountSummary?.subtotal,
  discount: amountSummary?.discount,
  sourceType: source?.type,
  sourceSubType: source?.subType,
  sourceName: source?.name,
  sourceId: source?.id,
  couponCode: coupon?.code,
  totalProducts: items?.length ?? 0,
});

/** A list item of transactions and subscriptions: the source and provider flat. */
const entityListItem = ({ contactSnapshot, entitySource, paymentProvider, ...t }: Row) => ({
  ...t,
  contactName: contactName({ contactSnapshot }),
  contactEmail: contactSnapshot?.email,
  entitySourceType: entitySource?.type,
  entitySourceSubType: entitySource?.subType,
  entitySourceName: entitySource?.name,
  entitySourceId: entitySource?.id,
  paymentProviderType: paymentProvider?.type,
});

const orderedNewestFirst = (list: Row[], altId: string, keep: (r: Row) => boolean) =>
  sortBy(
    list.filter((r) => r.altId === altId && keep(r)),
    'createdAt',
    'desc',
  );

const matches = (value: unknown, wanted: unknown) => wanted === undefined || wanted === '' || value === wanted;

export default (r: Router) => {
  r.get('/payments/orders', ({ state, query, auth }) => {
    const altId = altLocation(query, auth);
    if (query.paymentStatus !== undefined) requireOneOf(query, 'paymentStatus', ['paid', 'unpaid', 'refunded', 'partially_paid']);
    const list = orderedNewestFirst(
      state.orders,
      altId,
      (o) =>
        matches(o.paymentStatus, query.paymentStatus) &&
        matches(o.contactId, query.contactId) &&
        matches(o.status, query.status) &&
        (!query.search || o.items.some((i: Row) => lower(i.name).includes(lower(query.search)))),
    );
    return page(list.map(orderListItem), query);
  });
  r.get('/payments/orders/:orderId', ({ state, params, query, auth }) => {
    const { paymentStatus: _p, ...order } = find(state.orders, params.orderId, altLocation(query, auth), 'Order');
    return clone(order);
  });
  r.post('/payments/orders/:orderId/record-payment', ({ state, params, body, auth, emit }) => {
    const order = find(state.orders, params.orderId, altLocation(body, auth), 'Order');
    requireFields(body, ['mode']);
    requireOneOf(body, 'mode', ['cash', 'card', 'cheque', 'bank_transfer', 'other']);
    if (body.mode === 'card' && body.card) requireFields(body.card, ['type', 'last4']);
    if (body.amount !== undefined && (typeof body.amount !== 'number' || body.amount <= 0))
      throw unprocessable('amount must be a positive number');
    if (order.paymentStatus === 'paid') throw unprocessable('Order is already paid');
    const amount = body.amount ?? order.amount;
    order.paymentStatus = body.isPartialPayment ? 'partially_paid' : 'paid';
    const changed = order.status !== 'completed';
    order.status = 'completed';
    order.updatedAt = nowIso();
    // The sandbox has no order-create route (GHL's API has none): its one order write that changes a status.
    if (changed) emit('OrderStatusUpdate', order, order.altId);
    state.transactions.push({
      _id: state.nextId(),
      altId: order.altId,
      altType: 'location',
      contactId: order.contactId,
      contactSnapshot: order.contactSnapshot,
      currency: order.currency,
      amount,
      amountRefunded: 0,
      status: 'succeeded',
      liveMode: true,
      entityType: 'order',
      entityId: order._id,
      entitySource: { type: 'manual', id: order._id, name: 'Recorded payment' },
      paymentProvider: { type: body.mode },
      createdAt: order.updatedAt,
      updatedAt: order.updatedAt,
    });
    return { success: true };
  });
  r.post('/payments/orders/:orderId/fulfillments', ({ state, params, body, auth }) => {
    const order = find(state.orders, params.orderId, altLocation(body, auth), 'Order');
    requireFields(body, ['trackings', 'items', 'notifyCustomer']);
    if (!Array.isArray(body.trackings)) throw unprocessable('trackings must be an array');
    if (!Array.isArray(body.items) || !body.items.length) throw unprocessable('items must contain at least 1 elements');
    const items = body.items.map((wanted: Row) => {
      requireFields(wanted, ['priceId', 'qty']);
      const item = order.items.find((i: Row) => i.price?._id === wanted.priceId);
      if (!item) throw unprocessable(`item with price ${wanted.priceId} is not part of this order`);
      if (wanted.qty > item.qty) throw unprocessable(`qty of price ${wanted.priceId} exceeds the ordered quantity`);
      return { _id: wanted.priceId, name: item.name, product: item.product, price: item.price, qty: wanted.qty };
    });
    const at = nowIso();
    const fulfillment = {
      _id: state.nextId(),
      orderId: order._id,
      altId: order.altId,
      altType: 'location',
      trackings: body.trackings,
      items,
      createdAt: at,
      updatedAt: at,
    };
    state.fulfillments.push(fulfillment);
    const shipped = (priceId: string) =>
      state.fulfillments
        .filter((f) => f.orderId === order._id)
        .reduce((n, f) => n + (f.items.find((i: Row) => i._id === priceId)?.qty ?? 0), 0);
    order.fulfillmentStatus = order.items.every((i: Row) => shipped(i.price?._id) >= i.qty) ? 'fulfilled' : 'partially_fulfilled';
    order.updatedAt = at;
    const { orderId: _o, ...data } = fulfillment;
    return [201, { status: true, data: clone(data) }];
  });

  r.get('/payments/transactions', ({ state, query, auth }) => {
    const altId = altLocation(query, auth);
    const list = orderedNewestFirst(
      state.transactions,
      altId,
      (t) =>
        matches(t.contactId, query.contactId) &&
        matches(t.entityId, query.entityId) &&
        matches(t.subscriptionId, query.subscriptionId) &&
        matches(t.entitySource?.type, query.entitySourceType),
    );
    return page(list.map(entityListItem), query);
  });
  r.get('/payments/transactions/:transactionId', ({ state, params, query, auth }) =>
    clone(find(state.transactions, params.transactionId, altLocation(query, auth), 'Transaction')),
  );

  r.get('/payments/subscriptions', ({ state, query, auth }) => {
    const altId = altLocation(query, auth);
    const list = orderedNewestFirst(
      state.subscriptions,
      altId,
      (s) =>
        matches(s.contactId, query.contactId) &&
        matches(s._id, query.id) &&
        matches(s.entityId, query.entityId) &&
        matches(s.entitySource?.type, query.entitySourceType) &&
        (!query.search || lower(s.recurringProduct?.name).includes(lower(query.search))),
    );
    return page(list.map(entityListItem), query);
  });
  r.get('/payments/subscriptions/:subscriptionId', ({ state, params, query, auth }) =>
    clone(find(state.subscriptions, params.subscriptionId, altLocation(query, auth), 'Subscription')),
  );

  r.get('/payments/coupon/list', ({ state, query, auth }) => {
    const altId = altLocation(query, auth);
    const now = Date.now();
    const status = (c: Row) =>
      Date.parse(c.startDate) > now ? 'scheduled' : c.endDate && Date.parse(c.endDate) < now ? 'expired' : 'active';
    const list = orderedNewestFirst(
      state.coupons,
      altId,
      (c) => matches(status(c), query.status) && (!query.search || [c.name, c.code].some((v) => lower(v).includes(lower(query.search)))),
    ).map((c) => ({ ...c, status: status(c) }));
    const offset = intParam(query.offset, 'offset', { def: 0 });
    const limit = intParam(query.limit, 'limit', { def: 100, min: 1, max: 100 });
    return { data: clone(list.slice(offset, offset + limit)), totalCount: list.length, traceId: state.nextId() };
  });
  r.post('/payments/coupon', ({ state, body, auth }) => {
    const altId = altLocation(body, auth);
    requireFields(body, ['name', 'code', 'discountType', 'discountValue', 'startDate']);
    requireOneOf(body, 'discountType', ['percentage', 'amount']);
    if (typeof body.discountValue !== 'number' || body.discountValue <= 0) throw unprocessable('discountValue must be a positive number');
    if (body.discountType === 'percentage' && body.discountValue > 100) throw unprocessable('discountValue must not be greater than 100');
    if (Number.isNaN(Date.parse(body.startDate))) throw unprocessable('startDate must be a valid ISO 8601 date string');
    if (state.coupons.some((c) => c.altId === altId && lower(c.code) === lower(body.code)))
      throw unprocessable(`Coupon code ${body.code} already exists`);
    const at = nowIso();
    const start = Date.parse(body.startDate);
    const coupon: Row = {
      _id: state.nextId(),
      usageCount: 0,
      limitPerCustomer: body.limitPerCustomer ? 1 : 0,
      altId,
      altType: 'location',
      name: body.name,
      code: body.code,
      discountType: body.discountType,
      discountValue: body.discountValue,
      status: start > Date.now() ? 'scheduled' : 'active',
      startDate: new Date(start).toISOString(),
      ...(body.endDate ? { endDate: body.endDate } : {}),
      ...(body.usageLimit ? { usageLimit: body.usageLimit } : {}),
      ...(body.productIds ? { productIds: body.productIds } : {}),
      applyToFuturePayments: Boolean(body.applyToFuturePayments),
      applyToFuturePaymentsConfig: body.applyToFuturePaymentsConfig ?? {},
      createdAt: at,
      updatedAt: at,
    };
    state.coupons.push(coupon);
    return [201, { ...clone(coupon), traceId: state.nextId() }];
  });
};
