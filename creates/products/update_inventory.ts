import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { altQuery } from '../../src/areas/payments';
import { priceField, productField } from '../../src/areas/products';

export default defineCreate({
  key: 'update_inventory',
  noun: 'Inventory',
  label: 'Update Inventory',
  description: "Sets the stock quantity of a product's price.",
  endpoint: 'POST /products/inventory',
  scopes: ['products/prices.write'],
  input: {
    productId: productField({ required: true, altersDynamicFields: true, helpText: 'The product; the Price dropdown lists its prices.' }),
    priceId: priceField({ required: true }),
    availableQuantity: fields.number('Quantity in Stock', {
      required: true,
      integer: true,
      min: 0,
      helpText: 'How many are available now, e.g. 25.',
    }),
    allowOutOfStockPurchases: fields.boolean('Sell When Out of Stock', {
      helpText: 'Yes keeps selling at zero stock. Leave empty to keep the setting.',
    }),
  },
  body: ({ priceId, availableQuantity, allowOutOfStockPurchases }, ctx) => ({
    ...altQuery(ctx),
    items: [{ priceId, availableQuantity, ...(allowOutOfStockPurchases === undefined ? {} : { allowOutOfStockPurchases }) }],
  }),
  result: (data, { productId, priceId, availableQuantity, allowOutOfStockPurchases }) => ({
    productId,
    priceId,
    availableQuantity,
    allowOutOfStockPurchases,
    success: data?.status === true,
    message: data?.message,
  }),
  sample: {
    productId: '655b33a82209e60b6adb87a5',
    priceId: '655b33aa2209e60b6adb87a7',
    availableQuantity: 25,
    allowOutOfStockPurchases: false,
    success: true,
    message: 'Successfully updated',
  },
});
