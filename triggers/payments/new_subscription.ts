import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import {
  altQuery,
  listData,
  PAYMENTS_PAGE,
  pollReach,
  sourceTypeField,
  subscriptionOutput,
  subscriptionSample,
} from '../../src/areas/payments';

/** The spec's list has no status filter (and no status enum): the Source and contact filters are GHL's. */
export default defineTrigger({
  key: 'new_subscription',
  noun: 'Subscription',
  label: 'New Subscription',
  description: 'Triggers when a customer starts a subscription.',
  endpoint: 'GET /payments/subscriptions',
  scopes: ['payments/subscriptions.readonly'],
  input: {
    about: pollReach('subscriptions'),
    entitySourceType: sourceTypeField('subscriptions'),
    contactId: fields.contact({ helpText: "Only this contact's subscriptions. Leave empty for all contacts." }),
  },
  query: ({ entitySourceType, contactId }, ctx) => ({ ...altQuery(ctx), entitySourceType, contactId, limit: PAYMENTS_PAGE }),
  result: (data) => listData(data).map(subscriptionOutput),
  newestFirst: 'createdAt',
  sample: subscriptionSample,
});
