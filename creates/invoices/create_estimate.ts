import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { currencyField, documentBody, estimateOutput, estimateSample, lineItemsField, liveModeField } from '../../src/areas/invoices';

export default defineCreate({
  key: 'create_estimate',
  noun: 'Estimate',
  label: 'Create Estimate',
  description: 'Creates a draft estimate with line items for a contact.',
  endpoint: 'POST /invoices/estimate',
  // The contact's details and the business details are read before the create.
  scopes: ['invoices/estimate.write', 'invoices.readonly', 'contacts.readonly'],
  input: {
    contactId: fields.contact({ required: true, helpText: 'Who the estimate is for; their name, email and phone are copied onto it.' }),
    items: lineItemsField({ required: true }),
    name: fields.string('Estimate Name', { helpText: 'An internal name, e.g. "Invisalign plan". Default: "Estimate for <contact name>".' }),
    currency: currencyField,
    issueDate: fields.datetime('Issue Date', {
      as: 'dateOnly',
      helpText: "A date, e.g. 2026-03-01. Default: today in the Zap's time zone.",
    }),
    expiryDate: fields.datetime('Expiry Date', { as: 'dateOnly', helpText: 'The last day the estimate can be accepted, e.g. 2026-03-31.' }),
    liveMode: liveModeField,
  },
  perform: async (ctx) => {
    const { expiryDate, liveMode } = ctx.input;
    const body = {
      ...(await documentBody(ctx, ctx.input, { kind: 'Estimate' })),
      ...(typeof expiryDate === 'string' ? { expiryDate } : {}),
      liveMode: liveMode ?? true,
      // Required by the spec; a one-off estimate repeats on no schedule.
      frequencySettings: { enabled: false, schedule: {} },
    };
    const res = await ctx.request({ method: 'POST', path: '/invoices/estimate', body });
    return estimateOutput(res.data);
  },
  sample: { ...estimateSample, status: 'draft' },
});
