import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { findOne, transactionOutput, transactionSample } from '../../src/areas/payments';

export default defineSearch({
  key: 'find_transaction',
  noun: 'Transaction',
  label: 'Find Transaction',
  description: 'Finds a transaction by ID, contact or order.',
  endpoint: 'GET /payments/transactions/{transactionId}',
  scopes: ['payments/transactions.readonly'],
  input: {
    transactionId: fields.id('Transaction ID', {
      helpText: 'The transaction to read in full: map it from the New Transaction trigger. Leave empty to search by the fields below.',
    }),
    contactId: fields.contact({ helpText: "The newest of this contact's transactions." }),
    entityId: fields.id('Order or Invoice ID', {
      helpText: 'Transactions that paid this order or invoice: map its ID from the New Order trigger or an invoice step.',
    }),
    subscriptionId: fields.id('Provider Subscription ID', {
      helpText: 'Transactions of a subscription: map the Provider Subscription ID from the New Subscription trigger.',
    }),
  },
  perform: (ctx) => {
    const { transactionId, contactId, entityId, subscriptionId } = ctx.input;
    if (!transactionId && !contactId && !entityId && !subscriptionId) {
      throw new ctx.z.errors.Error(
        'Find Transaction: give a "Transaction ID" (transactionId), a "Contact" (contactId), an "Order or Invoice ID" (entityId) or a "Provider Subscription ID" (subscriptionId).',
        'InvalidInput',
        400,
      );
    }
    return findOne(
      ctx,
      transactionId ? { path: ctx.path('/payments/transactions/{transactionId}') } : undefined,
      { path: '/payments/transactions', query: { contactId, entityId, subscriptionId } },
      transactionOutput,
    );
  },
  result: (data) => data,
  sample: transactionSample,
});
