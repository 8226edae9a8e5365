import { defineCreate } from '../../src/define';
import { compact, fields } from '../../src/fields';
import { altQuery, MONEY_HELP } from '../../src/areas/payments';
import { productsField } from '../../src/areas/products';

export default defineCreate({
  key: 'create_coupon',
  noun: 'Coupon',
  label: 'Create Coupon',
  description: 'Creates a discount coupon customers enter at checkout.',
  endpoint: 'POST /payments/coupon',
  // The spec's security for this endpoint; GHL's published scope list (oauth-Scopes.md) does not name it yet.
  scopes: ['payments/coupons.write'],
  input: {
    name: fields.string('Coupon Name', { required: true, helpText: 'An internal name, e.g. Spring Sale.' }),
    code: fields.string('Code', { required: true, helpText: 'What customers type at checkout, e.g. SPRING10.' }),
    discountType: fields.choice(
      'Discount Type',
      { percentage: 'Percentage', amount: 'Fixed Amount' },
      { required: true, helpText: 'A percentage off, or a fixed amount off.' },
    ),
    discountValue: fields.number('Discount', {
      required: true,
      min: 0,
      helpText: `10 means 10% for a percentage; for a fixed amount: ${MONEY_HELP}`,
    }),
    startDate: fields.datetime('Start Date', { as: 'isoUtc', helpText: 'When the coupon starts working. Leave empty for now.' }),
    endDate: fields.datetime('End Date', { as: 'isoUtc', helpText: 'When it expires. Leave empty for no end.' }),
    usageLimit: fields.number('Usage Limit', {
      integer: true,
      min: 1,
      helpText: 'How many times it can be used in total. Leave empty for no limit.',
    }),
    limitPerCustomer: fields.boolean('Once per Customer', { helpText: 'Yes lets each customer use it once. Default: no.' }),
    productIds: productsField({ helpText: 'Only these products get the discount. Leave empty for every product.' }),
  },
  body: (input, ctx) => compact({ ...altQuery(ctx), ...input, startDate: input.startDate ?? new Date().toISOString() }),
  result: ({ _id, traceId: _t, ...coupon }) => ({ id: _id, ...coupon }),
  sample: {
    id: '67f6c132d9485f9dacd5f123',
    name: 'Spring Sale',
    code: 'SPRING10',
    discountType: 'percentage',
    discountValue: 10,
    status: 'active',
    startDate: '2026-03-01T00:00:00.000Z',
    endDate: '2026-03-31T23:59:59.000Z',
    usageCount: 0,
    // A number in GHL's answer (the limit per customer), although the request sends a boolean.
    limitPerCustomer: 1,
    altId: 've9EPM428h8vShlRW1KT',
    altType: 'location',
    createdAt: '2026-02-20T12:00:00.000Z',
    updatedAt: '2026-02-20T12:00:00.000Z',
  },
});
