/**
 * What the Products operations share: product and price dropdowns, the product and price fields
 * and bodies, outputs and samples. Amounts are in currency units (see payments.ts).
 */
import type { OperationContext } from '../define';
import { compact, fields, type InputOf } from '../fields';
import { MONEY_HELP } from './payments';

type Raw = Record<string, any>;

export const productField = (opts: { required?: boolean; helpText?: string; altersDynamicFields?: boolean } = {}) =>
  fields.id('Product', {
    dynamic: 'list_products.id.name',
    search: 'find_product.id',
    required: opts.required,
    altersDynamicFields: opts.altersDynamicFields,
    helpText: opts.helpText ?? 'Choose a product, or map a product ID from an earlier step.',
  });

export const productsField = (opts: { helpText: string }) => fields.ids('Products', { dynamic: 'list_products.id.name', ...opts });

export const priceField = (opts: { required?: boolean } = {}) =>
  fields.id('Price', {
    dynamic: 'list_prices.id.name',
    required: opts.required,
    helpText: "One of the product's prices (choose the product first), or map a price ID.",
  });

export const PRODUCT_TYPES = { DIGITAL: 'Digital', PHYSICAL: 'Physical', SERVICE: 'Service', 'PHYSICAL/DIGITAL': 'Physical and Digital' };

/** The product fields create and update share (update makes them all optional). */
export const productFields = (required: boolean) => ({
  name: fields.string('Product Name', { required, helpText: required ? 'e.g. Whitening kit.' : 'The new name. Leave empty to keep it.' }),
  productType: fields.choice('Product Type', PRODUCT_TYPES, {
    required,
    helpText: required ? 'Physical goods are shipped; digital and service products are not.' : 'The new type. Leave empty to keep it.',
  }),
  description: fields.text('Description', { helpText: 'What customers read about the product.' }),
  image: fields.url('Image URL', { helpText: 'A public image address, e.g. `https://example.com/kit.png`.' }),
  availableInStore: fields.boolean('Available in Store', { helpText: 'Yes lists it in the online store.' }),
  statementDescriptor: fields.string('Statement Descriptor', { helpText: "What the customer's card statement shows, e.g. SMILESHOP." }),
});

/** The fields of a product this app writes: the body of create, and what update reads back. */
export const PRODUCT_KEYS = ['name', 'productType', 'description', 'image', 'availableInStore', 'statementDescriptor'] as const;

export const PRICE_TYPES = { one_time: 'One Time', recurring: 'Recurring' };
export const INTERVALS = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' };

/** A price's fields; `amount` is required on Create Price and optional on Create Product. */
export const priceFields = (amountRequired: boolean) => ({
  amount: fields.number(amountRequired ? 'Amount' : 'Price', {
    required: amountRequired,
    min: 0,
    helpText: amountRequired ? MONEY_HELP : `The first price of the product. ${MONEY_HELP} Leave empty to add prices later.`,
  }),
  currency: fields.string('Currency', { default: 'USD', helpText: 'Three-letter code, e.g. USD, EUR or GBP. Default: USD.' }),
  priceName: fields.string('Price Name', {
    helpText: `e.g. Standard or Monthly. Default: ${amountRequired ? 'Standard' : 'the product name'}.`,
  }),
  priceType: fields.choice('Price Type', PRICE_TYPES, { helpText: 'Paid once, or charged again every interval. Default: one time.' }),
  interval: fields.choice('Billing Interval', INTERVALS, { helpText: 'Recurring prices only: how often the customer is charged.' }),
  intervalCount: fields.number('Intervals Between Charges', {
    integer: true,
    min: 1,
    helpText: 'Recurring prices only: 3 with Month charges every three months. Default: 1.',
  }),
});

type PriceInput = Partial<InputOf<ReturnType<typeof priceFields>>>;

/** POST /products/{productId}/price: a recurring price needs its interval, refused before anything is sent. */
export const priceBody = (input: PriceInput, defaultName: string, ctx: OperationContext<unknown>, label: string) => {
  const type = input.priceType ?? (input.interval ? 'recurring' : 'one_time');
  if (input.currency !== undefined && !/^[a-z]{3}$/i.test(input.currency)) {
    throw new ctx.z.errors.Error(`${label}: "Currency" (currency) must be a three-letter code, like USD.`, 'InvalidInput', 400);
  }
  if (type === 'recurring' && !input.interval) {
    throw new ctx.z.errors.Error(`${label}: "Billing Interval" (interval) is required for a recurring price.`, 'InvalidInput', 400);
  }
  return compact({
    name: input.priceName ?? defaultName,
    type,
    currency: (input.currency ?? 'USD').toUpperCase(),
    amount: input.amount,
    locationId: ctx.locationId(),
    recurring: type === 'recurring' ? { interval: input.interval, intervalCount: input.intervalCount ?? 1 } : undefined,
  });
};

const idOf = ({ _id, ...rest }: Raw): Raw => ({ id: _id ?? rest.id, ...rest });

export const productOutput = (raw: unknown) => idOf(raw && typeof raw === 'object' ? (raw as Raw) : {});

/** A price with `productId` (GHL calls it `product`). */
export const priceOutput = (raw: unknown): Raw => {
  const { product, ...rest } = idOf(raw && typeof raw === 'object' ? (raw as Raw) : {});
  return { ...rest, productId: typeof product === 'object' && product ? product._id : product };
};

export const productSample = {
  id: '655b33a82209e60b6adb87a5',
  name: 'Whitening kit',
  productType: 'PHYSICAL',
  description: 'At-home whitening kit with two trays.',
  image: 'https://example.com/images/whitening-kit.png',
  availableInStore: true,
  statementDescriptor: 'SMILESHOP',
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:30:00.000Z',
};

export const priceSample = {
  id: '655b33aa2209e60b6adb87a7',
  name: 'Standard',
  type: 'one_time',
  currency: 'USD',
  amount: 49.99,
  productId: '655b33a82209e60b6adb87a5',
  locationId: 've9EPM428h8vShlRW1KT',
  availableQuantity: 25,
  allowOutOfStockPurchases: false,
  createdAt: '2026-03-01T14:30:01.000Z',
  updatedAt: '2026-03-01T14:30:01.000Z',
};
