import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { findOne, subscriptionOutput, subscriptionSample } from '../../src/areas/payments';

export default defineSearch({
  key: 'find_subscription',
  noun: 'Subscription',
  label: 'Find Subscription',
  description: 'Finds a subscription by ID, contact or name.',
  endpoint: 'GET /payments/subscriptions/{subscriptionId}',
  scopes: ['payments/subscriptions.readonly'],
  input: {
    subscriptionId: fields.id('Subscription ID', {
      helpText: 'The subscription to read in full: map it from the New Subscription trigger. Leave empty to search by the fields below.',
    }),
    contactId: fields.contact({ helpText: "The newest of this contact's subscriptions." }),
    search: fields.string('Subscription Name', { helpText: 'Text GHL searches subscription names for, e.g. Monthly membership.' }),
  },
  perform: (ctx) => {
    const { subscriptionId, contactId, search } = ctx.input;
    if (!subscriptionId && !contactId && !search) {
      throw new ctx.z.errors.Error(
        'Find Subscription: give a "Subscription ID" (subscriptionId), a "Contact" (contactId) or a "Subscription Name" (search).',
        'InvalidInput',
        400,
      );
    }
    return findOne(
      ctx,
      subscriptionId ? { path: ctx.path('/payments/subscriptions/{subscriptionId}') } : undefined,
      { path: '/payments/subscriptions', query: { contactId, search } },
      subscriptionOutput,
    );
  },
  result: (data) => data,
  sample: subscriptionSample,
});
