import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { altQuery, orderField } from '../../src/areas/payments';

type Raw = Record<string, any>;

/**
 * The spec requires the fulfilled items ({priceId, qty}): they are read from the order (GET
 * /payments/orders/{orderId}), every item unless the user names some, so nobody types quantities.
 */
export default defineCreate({
  key: 'create_order_fulfillment',
  noun: 'Fulfillment',
  label: 'Create Order Fulfillment',
  description: "Marks an order's items as shipped, with tracking.",
  endpoint: 'POST /payments/orders/{orderId}/fulfillments',
  scopes: ['payments/orders.readonly', 'payments/orders.write'],
  input: {
    orderId: orderField({ required: true }),
    trackingNumber: fields.string('Tracking Number', {
      helpText: "The carrier's tracking number. Leave empty for a delivery without tracking.",
    }),
    shippingCarrier: fields.string('Carrier', { helpText: 'Who ships it, e.g. FedEx, UPS or USPS.' }),
    trackingUrl: fields.url('Tracking URL', {
      helpText: 'Where the customer follows the parcel, e.g. `https://www.fedex.com/fedextrack/`.',
    }),
    notifyCustomer: fields.boolean('Notify Customer', { helpText: 'Yes emails the customer the tracking details. Default: no.' }),
    priceIds: fields.ids('Items to Fulfil', {
      helpText: 'Only these items: map their Items Price ID from the New Order trigger or Find Order. Leave empty for every item.',
    }),
  },
  perform: async (ctx) => {
    const { orderId, trackingNumber, shippingCarrier, trackingUrl, notifyCustomer, priceIds } = ctx.input;
    const path = ctx.path('/payments/orders/{orderId}');
    const order = (await ctx.request<Raw>({ method: 'GET', path, query: altQuery(ctx) })).data ?? {};
    const items = (Array.isArray(order.items) ? order.items : [])
      .filter((i: Raw) => i && typeof i === 'object' && i.price?._id)
      .map((i: Raw) => ({ priceId: String(i.price._id), qty: Number(i.qty ?? 1) }))
      .filter((i: { priceId: string }) => !priceIds || priceIds.includes(i.priceId));
    const unknown = (priceIds ?? []).filter((id) => !items.some((i: { priceId: string }) => i.priceId === id));
    if (unknown.length || !items.length) {
      throw new ctx.z.errors.Error(
        unknown.length
          ? `Create Order Fulfillment: "Items to Fulfil" (priceIds): order '${orderId}' has no item with price ${unknown.join(', ')}. Nothing was saved.`
          : `Create Order Fulfillment: order '${orderId}' has no items to fulfil. Nothing was saved.`,
        'InvalidInput',
        400,
      );
    }
    const tracking = Object.fromEntries(
      Object.entries({ trackingNumber, shippingCarrier, trackingUrl }).filter(([, v]) => v !== undefined),
    );
    const body = {
      ...altQuery(ctx),
      trackings: Object.keys(tracking).length ? [tracking] : [],
      items,
      notifyCustomer: notifyCustomer ?? false,
    };
    const res = await ctx.request<Raw>({ method: 'POST', path: `${path}/fulfillments`, body });
    const f: Raw = res.data?.data ?? {};
    const first: Raw = (Array.isArray(f.trackings) && f.trackings[0]) || {};
    return {
      id: f._id,
      orderId,
      trackingNumber: first.trackingNumber,
      shippingCarrier: first.shippingCarrier,
      trackingUrl: first.trackingUrl,
      notifyCustomer: notifyCustomer ?? false,
      items: (Array.isArray(f.items) ? f.items : []).map((i: Raw) => ({ priceId: i._id, name: i.name, qty: i.qty })),
      createdAt: f.createdAt,
    };
  },
  sample: {
    id: '655b33a82209e60b6adb87a5',
    orderId: '653f5e0cde5a1314e62a837c',
    trackingNumber: '40012345678',
    shippingCarrier: 'FedEx',
    trackingUrl: 'https://www.fedex.com/fedextrack/?trknbr=40012345678',
    notifyCustomer: true,
    items: [{ priceId: '660ed20095e1dc88d5b0d34a', name: 'Whitening kit', qty: 1 }],
    createdAt: '2026-03-02T10:00:00.000Z',
  },
});
