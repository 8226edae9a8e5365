/**
 * What the Payments operations share: the location as `altId`/`altType`, the order, transaction and
 * subscription outputs (one flat shape whether GHL sent a list item, a single record or a webhook),
 * dropdowns, filters and samples.
 *
 * Amounts: GHL's payments and products APIs speak in currency units, not cents (the OrderCreate
 * webhook's example order is `amount: 150.1` USD with `subtotal: 138`; CreatePriceDto's example
 * amount is 99.99), so every help text says "in currency units".
 */
import type { OperationContext } from '../define';
import { fields } from '../fields';

type Raw = Record<string, any>;

/**
 * The location as the payments endpoints name it. The spec declares `altType` on every payments
 * endpoint except GET /payments/orders and GET /payments/orders/{orderId}; GHL refuses those too
 * without it ("altType should not be empty", 422: GoHighLevel/highlevel-api-sdk issue #18), so it is
 * always sent (contract-allowlist.json).
 */
export const altQuery = (ctx: OperationContext<unknown>) => ({ altId: ctx.locationId(), altType: 'location' });

/** Polls and finds read one page this long: the spec documents no maximum (its default is 10). */
export const PAYMENTS_PAGE = 100;

/** GHL's `paymentStatus` enum of GET /payments/orders. */
export const PAYMENT_STATUSES = { paid: 'Paid', unpaid: 'Unpaid', refunded: 'Refunded', partially_paid: 'Partially Paid' };

/** The spec's source types (OrderSource.type), which transactions and subscriptions filter by. */
export const SOURCE_TYPES = {
  funnel: 'Funnel',
  website: 'Website',
  invoice: 'Invoice',
  calendar: 'Calendar',
  text2Pay: 'Text2Pay',
  document_contracts: 'Documents and Contracts',
  membership: 'Membership',
  mobile_app: 'Mobile App',
  communities: 'Communities',
  point_of_sale: 'Point of Sale',
  manual: 'Manual',
  form: 'Form',
  survey: 'Survey',
  payment_link: 'Payment Link',
  external: 'External',
};

export const sourceTypeField = (noun: string) =>
  fields.choice('Source', SOURCE_TYPES, { helpText: `Only ${noun} from this kind of source (a funnel, an invoice, a payment link…).` });

/** What a poll can see: GHL documents no sort order for these lists, and pages by offset. */
export const pollReach = (noun: string) =>
  fields.about(
    `Each check reads the first ${PAYMENTS_PAGE} ${noun} GHL lists (offset paging; GHL documents no sort order) and passes them on newest first. Amounts are in currency units (150.10 means $150.10), not cents.`,
  );

export const orderField = (opts: { required?: boolean; helpText?: string } = {}) =>
  fields.id('Order', {
    dynamic: 'list_orders.id.name',
    search: 'find_order.id',
    required: opts.required,
    helpText: opts.helpText ?? 'Choose an order, or map an order ID from an earlier step (New Order, Find Order).',
  });

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** A contact's name from a contactSnapshot (camelCase in webhooks, snake_case in the spec's example). */
const snapshotName = (s: Raw) =>
  text(s.name) ?? ([s.firstName ?? s.first_name, s.lastName ?? s.last_name].filter(Boolean).join(' ') || undefined);

/** The parts every payments record shares: contact, money, mode, dates. */
const common = (o: Raw) => {
  const snap: Raw = o.contactSnapshot ?? {};
  return {
    id: String(o._id ?? o.id ?? ''),
    locationId: o.altId ?? o.locationId,
    contactId: o.contactId ?? snap.id,
    contactName: text(o.contactName) ?? snapshotName(snap),
    contactEmail: o.contactEmail ?? snap.email,
    status: o.status,
    currency: o.currency,
    amount: o.amount,
    liveMode: o.liveMode,
  };
};

/** One order item (webhooks and GET /payments/orders/{id} carry the product and price objects). */
const orderItem = (i: Raw) => ({
  name: i.name,
  qty: i.qty,
  productId: i.product?._id,
  productName: i.product?.name,
  priceId: i.price?._id,
  priceName: i.price?.name,
  amount: i.price?.amount,
});

/**
 * An order as every order step (and the OrderCreate/OrderStatusUpdate webhooks) outputs it: list
 * items have `contactName`, `subtotal`, `sourceType`; a single order and the webhooks have
 * `contactSnapshot`, `amountSummary`, `source` and `items`. Both become the same flat keys.
 */
export const orderOutput = (raw: unknown) => {
  const o: Raw = raw && typeof raw === 'object' ? (raw as Raw) : {};
  const sum: Raw = o.amountSummary ?? {};
  const source: Raw = o.source ?? {};
  return {
    ...common(o),
    fulfillmentStatus: o.fulfillmentStatus,
    subtotal: o.subtotal ?? sum.subtotal,
    discount: o.discount ?? sum.discount,
    tax: sum.tax,
    shipping: sum.shipping,
    sourceType: o.sourceType ?? source.type,
    sourceSubType: o.sourceSubType ?? source.subType,
    sourceName: o.sourceName ?? source.name,
    sourceId: o.sourceId ?? source.id,
    couponCode: o.couponCode ?? o.coupon?.code,
    // The spec types items as strings; every example (and the webhooks) shows objects.
    items: Array.isArray(o.items) ? o.items.filter((i: unknown) => i && typeof i === 'object').map(orderItem) : [],
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
};

/** Where a transaction or subscription came from: flat in lists, `entitySource` in a single record. */
const entity = (o: Raw) => {
  const source: Raw = o.entitySource ?? {};
  return {
    entityType: o.entityType,
    entityId: o.entityId,
    entitySourceType: o.entitySourceType ?? source.type,
    entitySourceName: o.entitySourceName ?? source.name,
    entitySourceId: o.entitySourceId ?? source.id,
    paymentProviderType: o.paymentProviderType ?? o.paymentProvider?.type,
  };
};

export const transactionOutput = (raw: unknown) => {
  const o: Raw = raw && typeof raw === 'object' ? (raw as Raw) : {};
  return {
    ...common(o),
    amountRefunded: o.amountRefunded,
    ...entity(o),
    subscriptionId: o.subscriptionId,
    chargeId: o.chargeId,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
};

export const subscriptionOutput = (raw: unknown) => {
  const o: Raw = raw && typeof raw === 'object' ? (raw as Raw) : {};
  return {
    ...common(o),
    ...entity(o),
    providerSubscriptionId: o.subscriptionId,
    canceledAt: o.canceledAt,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
};

/** The message and status of any error (Zapier's own classes carry them as JSON). */
export const errorParts = (err: unknown): { message: string; status?: number } => {
  const message = (err as Error)?.message ?? String(err);
  try {
    const parsed = JSON.parse(message);
    return { message: String(parsed.message ?? message), status: typeof parsed.status === 'number' ? parsed.status : undefined };
  } catch {
    return { message };
  }
};

/** GHL's list answers: `{data, totalCount}`. */
export const listData = (data: unknown): Raw[] => {
  const list = (data as Raw | undefined)?.data;
  return Array.isArray(list) ? list : [];
};

/**
 * A find by ID reads the record; otherwise the list with the given filters. An unknown id is "not
 * found" either way GHL says it: the spec documents 400 "… not found" for these reads, public
 * reports show 404 "Order not found" (GoHighLevel/highlevel-api-sdk issue #19). Any other 400 is
 * shown as GHL's error.
 */
export const findOne = async (
  ctx: OperationContext<unknown>,
  byId: { path: string } | undefined,
  list: { path: string; query: Record<string, unknown> },
  map: (raw: unknown) => Raw,
): Promise<Raw[]> => {
  if (byId) {
    try {
      const res = await ctx.request({ method: 'GET', path: byId.path, query: altQuery(ctx), ghl: { passThrough: [404] } });
      return res.status === 404 || !res.data ? [] : [map(res.data)];
    } catch (err) {
      const { status, message } = errorParts(err);
      if (status === 400 && /not found/i.test(message)) return [];
      throw err;
    }
  }
  const res = await ctx.request({ method: 'GET', path: list.path, query: { ...altQuery(ctx), ...list.query, limit: PAYMENTS_PAGE } });
  return newestFirst(listData(res.data).map(map));
};

export const newestFirst = <T extends { createdAt?: unknown }>(items: T[]) =>
  [...items].sort((a, b) => (Date.parse(String(b.createdAt ?? '')) || 0) - (Date.parse(String(a.createdAt ?? '')) || 0));

/** Help text of every amount input and output note. */
export const MONEY_HELP = 'In currency units, not cents: 49.99 means $49.99.';

export const orderSample = {
  id: '653f5e0cde5a1314e62a837c',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  status: 'completed',
  currency: 'USD',
  amount: 150.1,
  liveMode: true,
  fulfillmentStatus: 'unfulfilled',
  subtotal: 138,
  discount: 0,
  tax: 12.1,
  shipping: 0,
  sourceType: 'website',
  sourceSubType: 'store',
  sourceName: 'Smile Shop',
  sourceId: 'nohc1pPZJlpZTpxJfLCp',
  couponCode: 'SPRING10',
  items: [
    {
      name: 'Whitening kit',
      qty: 1,
      productId: '660ed1ff95e1dc88d5b0d346',
      productName: 'Whitening kit',
      priceId: '660ed20095e1dc88d5b0d34a',
      priceName: 'Standard',
      amount: 138,
    },
  ],
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:31:00.000Z',
};

export const transactionSample = {
  id: '61dd0feac077f72010f78804',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  status: 'succeeded',
  currency: 'USD',
  amount: 150.1,
  liveMode: true,
  amountRefunded: 0,
  entityType: 'order',
  entityId: '653f5e0cde5a1314e62a837c',
  entitySourceType: 'website',
  entitySourceName: 'Smile Shop',
  entitySourceId: 'nohc1pPZJlpZTpxJfLCp',
  paymentProviderType: 'stripe',
  subscriptionId: 'sub_1KGcXDCScnf89tZoVkoEMCEL',
  chargeId: 'ch_3KGcXDCScnf89tZo1a2b3c4d',
  createdAt: '2026-03-01T14:30:05.000Z',
  updatedAt: '2026-03-01T14:30:05.000Z',
};

export const subscriptionSample = {
  id: '64bf78af39118e4011926cba',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  status: 'active',
  currency: 'USD',
  amount: 49,
  liveMode: true,
  entityType: 'order',
  entityId: '653f5e0cde5a1314e62a837c',
  entitySourceType: 'funnel',
  entitySourceName: 'Membership funnel',
  entitySourceId: 'bevrkPbLaDNXFaqfLKMm',
  paymentProviderType: 'stripe',
  providerSubscriptionId: 'sub_1KGcXDCScnf89tZoVkoEMCEL',
  createdAt: '2026-02-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
};

/**
 * What the instant order triggers share: GHL's OrderCreate/OrderStatusUpdate payload is the order
 * (contactSnapshot, amountSummary, source, items; the location as `altId`), read by `orderOutput`,
 * plus `orderId` (the trigger's `id` is the event's). Samples: New Order's request.
 */
export const orderInstant = (status?: (input: { status?: string }) => string | undefined) => {
  const output = (raw: unknown) => {
    const order = orderOutput(raw);
    return { ...order, orderId: order.id };
  };
  return {
    noun: 'Order',
    scopes: ['payments/orders.readonly'],
    output,
    list: {
      endpoint: 'GET /payments/orders',
      query: (input: { status?: string }, ctx: OperationContext<unknown>) => ({
        ...altQuery(ctx),
        status: status?.(input),
        limit: PAYMENTS_PAGE,
      }),
      result: (data: unknown) => newestFirst(listData(data).map(output)),
    },
    sample: { ...orderSample, orderId: orderSample.id },
  };
};

/** The order status an OrderStatusUpdate changes to (GHL's `status`; the spec lists no values, its example is `completed`). */
export const orderStatusField = fields.string('Status', {
  helpText: 'Only orders that change to this status, as GHL names it (e.g. completed). Leave empty for every status change.',
});
