/**
 * Products, their prices and inventory. Answers are the records themselves (no wrapper), with
 * `_id`; the list answers `{products, total: [{total}]}` and sorts by date (`sortOrder`).
 */
import type { Router } from '../lib/router';
import type { Grant, Row } from '../lib/types';
import { forbidden, notFound, unprocessable } from '../lib/errors';
import { assignFields, clone, intParam, lower, nowIso, requireFields, requireOneOf, sortBy } from '../lib/util';

const PRODUCT_TYPES = ['DIGITAL', 'PHYSICAL', 'SERVICE', 'PHYSICAL/DIGITAL'];
const PRODUCT_FIELDS = [
  'name',
  'productType',
  'description',
  'image',
  'availableInStore',
  'statementDescriptor',
  'slug',
  'collectionIds',
  'taxInclusive',
];

const ownLocation = (locationId: unknown, auth: Grant) => {
  if (auth.locationId && locationId !== auth.locationId) throw forbidden();
};

const offsetLimit = (list: Row[], query: Row) => {
  const offset = intParam(query.offset, 'offset', { def: 0 });
  const limit = intParam(query.limit, 'limit', { def: 0, min: 0, max: 100 });
  return clone(limit ? list.slice(offset, offset + limit) : list.slice(offset));
};

const productOr404 = (state: Row, id: string, locationId: unknown) => {
  const p = (state.products as Row[]).find((x) => x._id === id && x.locationId === locationId);
  if (!p) throw notFound(`Product with id ${id} not found`);
  return p;
};

const checkProduct = (body: Row) => {
  requireFields(body, ['name', 'locationId', 'productType']);
  requireOneOf(body, 'productType', PRODUCT_TYPES);
};

export default (r: Router) => {
  r.get('/products', ({ state, query, auth }) => {
    requireFields(query, ['locationId']);
    ownLocation(query.locationId, auth);
    if (query.sortOrder !== undefined) requireOneOf(query, 'sortOrder', ['asc', 'desc']);
    const list = sortBy(
      state.products.filter((p) => p.locationId === query.locationId && (!query.search || lower(p.name).includes(lower(query.search)))),
      'createdAt',
      query.sortOrder === 'asc' ? 'asc' : 'desc',
    );
    return { products: offsetLimit(list, query), total: [{ total: list.length }] };
  });
  r.post('/products', ({ state, body, auth }) => {
    checkProduct(body);
    ownLocation(body.locationId, auth);
    const at = nowIso();
    const product = assignFields({ _id: state.nextId(), locationId: body.locationId, createdAt: at, updatedAt: at }, body, PRODUCT_FIELDS);
    state.products.push(product);
    return [201, clone(product)];
  });
  r.get('/products/:productId', ({ state, params, query, auth }) => {
    requireFields(query, ['locationId']);
    ownLocation(query.locationId, auth);
    return clone(productOr404(state, params.productId, query.locationId));
  });
  r.put('/products/:productId', ({ state, params, body, auth }) => {
    checkProduct(body);
    ownLocation(body.locationId, auth);
    const product = productOr404(state, params.productId, body.locationId);
    assignFields(product, body, PRODUCT_FIELDS).updatedAt = nowIso();
    return clone(product);
  });

  r.get('/products/:productId/price', ({ state, params, query, auth }) => {
    requireFields(query, ['locationId']);
    ownLocation(query.locationId, auth);
    productOr404(state, params.productId, query.locationId);
    const ids = query.ids ? String(query.ids).split(',') : undefined;
    const list = state.prices.filter((p) => p.product === params.productId && (!ids || ids.includes(p._id)));
    return { prices: offsetLimit(list, query), total: list.length };
  });
  r.post('/products/:productId/price', ({ state, params, body, auth }) => {
    requireFields(body, ['name', 'type', 'currency', 'amount', 'locationId']);
    ownLocation(body.locationId, auth);
    requireOneOf(body, 'type', ['one_time', 'recurring']);
    if (typeof body.amount !== 'number' || body.amount < 0) throw unprocessable('amount must not be less than 0');
    if (!/^[A-Z]{3}$/.test(String(body.currency))) throw unprocessable('currency must be a valid ISO 4217 currency code');
    if (body.type === 'recurring') {
      requireFields(body.recurring, ['interval', 'intervalCount']);
      requireOneOf(body.recurring, 'interval', ['day', 'month', 'week', 'year']);
    }
    productOr404(state, params.productId, body.locationId);
    const at = nowIso();
    const price: Row = {
      _id: state.nextId(),
      ...clone(body),
      product: params.productId,
      trackInventory: Boolean(body.trackInventory),
      allowOutOfStockPurchases: Boolean(body.allowOutOfStockPurchases),
      createdAt: at,
      updatedAt: at,
    };
    state.prices.push(price);
    return [201, clone(price)];
  });

  r.get('/products/inventory', ({ state, query, auth }) => {
    requireFields(query, ['altId', 'altType']);
    requireOneOf(query, 'altType', ['location']);
    ownLocation(query.altId, auth);
    const list = state.prices
      .filter((p) => p.locationId === query.altId && p.trackInventory)
      .map((p) => {
        const product = state.products.find((x) => x._id === p.product);
        return {
          _id: p._id,
          name: p.name,
          availableQuantity: p.availableQuantity ?? 0,
          sku: p.sku ?? '',
          allowOutOfStockPurchases: p.allowOutOfStockPurchases,
          product: p.product,
          productName: product?.name,
          image: product?.image,
          updatedAt: p.updatedAt,
        };
      })
      .filter((i) => !query.search || lower(`${i.productName} ${i.name}`).includes(lower(query.search)));
    return { inventory: offsetLimit(list, query), total: { total: list.length } };
  });
  r.post('/products/inventory', ({ state, body, auth }) => {
    requireFields(body, ['altId', 'altType', 'items']);
    requireOneOf(body, 'altType', ['location']);
    ownLocation(body.altId, auth);
    if (!Array.isArray(body.items) || !body.items.length) throw unprocessable('items must contain at least 1 elements');
    const updates = body.items.map((item: Row) => {
      requireFields(item, ['priceId']);
      const price = state.prices.find((p) => p._id === item.priceId && p.locationId === body.altId);
      if (!price) throw notFound(`Price with id ${item.priceId} not found`);
      if (item.availableQuantity !== undefined && (!Number.isInteger(item.availableQuantity) || item.availableQuantity < 0))
        throw unprocessable('availableQuantity must not be less than 0');
      return { price, item };
    });
    const at = nowIso();
    for (const { price, item } of updates) {
      assignFields(price, item, ['availableQuantity', 'allowOutOfStockPurchases']);
      price.trackInventory = true;
      price.updatedAt = at;
    }
    return [201, { status: true, message: 'Successfully updated' }];
  });
};
