import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import {
  altQuery,
  listData,
  PAYMENTS_PAGE,
  pollReach,
  sourceTypeField,
  transactionOutput,
  transactionSample,
} from '../../src/areas/payments';

/** The spec's list has no status filter (and no status enum): the Source and contact filters are GHL's. */
export default defineTrigger({
  key: 'new_transaction',
  noun: 'Transaction',
  label: 'New Transaction',
  description: 'Triggers when a payment transaction is recorded.',
  endpoint: 'GET /payments/transactions',
  scopes: ['payments/transactions.readonly'],
  input: {
    about: pollReach('transactions'),
    entitySourceType: sourceTypeField('transactions'),
    contactId: fields.contact({ helpText: "Only this contact's transactions. Leave empty for all contacts." }),
  },
  query: ({ entitySourceType, contactId }, ctx) => ({ ...altQuery(ctx), entitySourceType, contactId, limit: PAYMENTS_PAGE }),
  result: (data) => listData(data).map(transactionOutput),
  newestFirst: 'createdAt',
  sample: transactionSample,
});
