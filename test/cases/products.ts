import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const product = {
  _id: 'prod1',
  name: 'Whitening kit',
  productType: 'PHYSICAL',
  description: 'At-home whitening kit.',
  image: 'https://example.com/kit.png',
  availableInStore: true,
  locationId: LOCATION_ID,
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:30:00.000Z',
};
const productOut = {
  id: 'prod1',
  name: 'Whitening kit',
  productType: 'PHYSICAL',
  description: 'At-home whitening kit.',
  image: 'https://example.com/kit.png',
  availableInStore: true,
  locationId: LOCATION_ID,
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:30:00.000Z',
};
const olderProduct = { ...product, _id: 'prod0', name: 'Whitening kit refill', createdAt: '2026-01-01T00:00:00.000Z' };
const olderProductOut = { ...productOut, id: 'prod0', name: 'Whitening kit refill', createdAt: '2026-01-01T00:00:00.000Z' };

const price = {
  _id: 'pr1',
  name: 'Standard',
  type: 'one_time',
  currency: 'USD',
  amount: 49.99,
  product: 'prod1',
  locationId: LOCATION_ID,
  createdAt: '2026-03-01T14:30:01.000Z',
  updatedAt: '2026-03-01T14:30:01.000Z',
};
const priceOut = {
  id: 'pr1',
  name: 'Standard',
  type: 'one_time',
  currency: 'USD',
  amount: 49.99,
  productId: 'prod1',
  locationId: LOCATION_ID,
  createdAt: '2026-03-01T14:30:01.000Z',
  updatedAt: '2026-03-01T14:30:01.000Z',
};

/** The hidden Product dropdown has no input (run by test/products.test.ts). */
export const productInputlessCases: Array<Omit<OperationCase, 'bad'>> = [
  {
    key: 'new_product',
    input: {},
    request: { method: 'GET', path: '/products/', query: { locationId: LOCATION_ID, limit: '100', offset: '0', sortOrder: 'desc' } },
    reply: { products: [olderProduct, product], total: [{ total: 2 }] },
    expected: [productOut, olderProductOut],
  },
  {
    key: 'list_products',
    input: {},
    meta: { page: 1, isFillingDynamicDropdown: true },
    request: { method: 'GET', path: '/products/', query: { locationId: LOCATION_ID, sortOrder: 'desc', limit: '100', offset: '100' } },
    reply: { products: [product], total: [{ total: 101 }] },
    expected: [productOut],
  },
];

/** Create Product with a price: two writes (test/products.test.ts also fails the second). */
export const createProductWithPrice: OperationCase = {
  key: 'create_product',
  title: 'with its first price',
  input: { name: 'Whitening kit', productType: 'Physical', description: 'At-home whitening kit.', amount: '49.99', currency: 'usd' },
  before: [
    {
      request: {
        method: 'POST',
        path: '/products/',
        body: { name: 'Whitening kit', productType: 'PHYSICAL', description: 'At-home whitening kit.', locationId: LOCATION_ID },
      },
      status: 201,
      reply: product,
    },
  ],
  request: {
    method: 'POST',
    path: '/products/prod1/price',
    body: { name: 'Whitening kit', type: 'one_time', currency: 'USD', amount: 49.99, locationId: LOCATION_ID },
  },
  status: 201,
  reply: { ...price, name: 'Whitening kit' },
  expected: { ...productOut, price: { ...priceOut, name: 'Whitening kit' } },
  bad: {
    input: { name: 'Kit', productType: 'PHYSICAL', amount: 10, priceType: 'recurring' },
    error: /"Billing Interval" \(interval\) is required for a recurring price/,
  },
};

export const productCases: OperationCase[] = [
  {
    key: 'list_prices',
    input: { productId: 'prod1' },
    request: { method: 'GET', path: '/products/prod1/price', query: { locationId: LOCATION_ID, limit: '100', offset: '0' } },
    reply: { prices: [price], total: 1 },
    expected: [{ ...priceOut, name: 'Standard (USD 49.99)' }],
    bad: { input: {}, error: /"Product" \(productId\) is required/ },
  },
  {
    key: 'find_product',
    input: { name: 'whitening KIT' },
    request: {
      method: 'GET',
      path: '/products/',
      query: { locationId: LOCATION_ID, search: 'whitening KIT', limit: '100', sortOrder: 'desc' },
    },
    reply: { products: [product, olderProduct], total: [{ total: 2 }] },
    expected: [productOut],
    bad: { input: {}, error: /"Product Name" \(name\) is required/ },
  },
  {
    key: 'find_product',
    title: 'partial names allowed',
    input: { name: 'kit', partialName: 'yes' },
    request: { method: 'GET', path: '/products/', query: { locationId: LOCATION_ID, search: 'kit', limit: '100', sortOrder: 'desc' } },
    reply: { products: [product, olderProduct], total: [{ total: 2 }] },
    expected: [productOut, olderProductOut],
    bad: { input: { name: 'kit', partialName: 'perhaps' }, error: /"Allow Partial Name Matches" \(partialName\) must be yes or no/ },
  },
  createProductWithPrice,
  {
    key: 'create_price',
    title: 'recurring',
    input: { productId: 'prod1', amount: 29, currency: 'EUR', priceName: 'Monthly', interval: 'Month', intervalCount: '3' },
    request: {
      method: 'POST',
      path: '/products/prod1/price',
      body: {
        name: 'Monthly',
        type: 'recurring',
        currency: 'EUR',
        amount: 29,
        locationId: LOCATION_ID,
        recurring: { interval: 'month', intervalCount: 3 },
      },
    },
    status: 201,
    reply: {
      ...price,
      name: 'Monthly',
      type: 'recurring',
      currency: 'EUR',
      amount: 29,
      recurring: { interval: 'month', intervalCount: 3 },
    },
    expected: {
      ...priceOut,
      name: 'Monthly',
      type: 'recurring',
      currency: 'EUR',
      amount: 29,
      recurring: { interval: 'month', intervalCount: 3 },
    },
    bad: { input: { productId: 'prod1', amount: -1 }, error: /"Amount" \(amount\) must be at least 0/ },
  },
  {
    key: 'create_price',
    title: 'one time',
    input: { productId: 'prod1', amount: '49.99' },
    request: {
      method: 'POST',
      path: '/products/prod1/price',
      body: { name: 'Standard', type: 'one_time', currency: 'USD', amount: 49.99, locationId: LOCATION_ID },
    },
    status: 201,
    reply: price,
    expected: priceOut,
    bad: { input: { productId: 'prod1' }, error: /"Amount" \(amount\) is required/ },
  },
  {
    key: 'update_product',
    input: { productId: 'prod1', name: 'Whitening kit deluxe', availableInStore: 'no' },
    before: [
      {
        request: { method: 'GET', path: '/products/prod1', query: { locationId: LOCATION_ID } },
        reply: { ...product, statementDescriptor: null },
      },
    ],
    request: {
      method: 'PUT',
      path: '/products/prod1',
      body: {
        locationId: LOCATION_ID,
        name: 'Whitening kit deluxe',
        productType: 'PHYSICAL',
        description: 'At-home whitening kit.',
        image: 'https://example.com/kit.png',
        availableInStore: false,
      },
    },
    reply: { ...product, name: 'Whitening kit deluxe', availableInStore: false },
    expected: { ...productOut, name: 'Whitening kit deluxe', availableInStore: false },
    bad: {
      input: { productId: 'prod1', productType: 'food' },
      error: /"Product Type" \(productType\) must be one of: DIGITAL, PHYSICAL, SERVICE, PHYSICAL\/DIGITAL/,
    },
  },
  {
    key: 'update_inventory',
    input: { productId: 'prod1', priceId: 'pr1', availableQuantity: '25', allowOutOfStockPurchases: 'false' },
    request: {
      method: 'POST',
      path: '/products/inventory',
      body: {
        altId: LOCATION_ID,
        altType: 'location',
        items: [{ priceId: 'pr1', availableQuantity: 25, allowOutOfStockPurchases: false }],
      },
    },
    status: 201,
    reply: { status: true, message: 'Successfully updated' },
    expected: {
      productId: 'prod1',
      priceId: 'pr1',
      availableQuantity: 25,
      allowOutOfStockPurchases: false,
      success: true,
      message: 'Successfully updated',
    },
    bad: {
      input: { productId: 'prod1', priceId: 'pr1', availableQuantity: '2.5' },
      error: /"Quantity in Stock" \(availableQuantity\) must be a whole number/,
    },
  },
  // Last for create_product: the fault checks take each key's last row, and this one has one write.
  {
    key: 'create_product',
    title: 'without a price',
    input: { name: 'Consultation', productType: 'SERVICE', availableInStore: false },
    request: {
      method: 'POST',
      path: '/products/',
      body: { name: 'Consultation', productType: 'SERVICE', availableInStore: false, locationId: LOCATION_ID },
    },
    status: 201,
    reply: {
      ...product,
      _id: 'prod2',
      name: 'Consultation',
      productType: 'SERVICE',
      availableInStore: false,
      description: undefined,
      image: undefined,
    },
    expected: {
      ...productOut,
      id: 'prod2',
      name: 'Consultation',
      productType: 'SERVICE',
      availableInStore: false,
      description: undefined,
      image: undefined,
    },
    bad: { input: { name: 'Consultation' }, error: /"Product Type" \(productType\) is required/ },
  },
];
