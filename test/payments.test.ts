import nock from 'nock';
import { describeOperations, errorOf, expectCase, runCase, runOperation, type AppKind, type OperationCase } from './helpers';
import { paymentCases, paymentInputlessCases } from './cases/payments';
import { orderOutput, orderSample } from '../src/areas/payments';

describeOperations('Payments', paymentCases);

describe('Payments (no input)', () => {
  for (const c of paymentInputlessCases as OperationCase[]) {
    for (const app of c.apps ?? (['oauth', 'token'] as AppKind[])) {
      it(`${c.key} [${app}]: sends the spec's request and maps the answer`, async () => {
        const scope = expectCase(c, app);
        expect(await runCase(c, app)).toEqual(c.expected);
        expect(scope.isDone()).toBe(true);
      });
    }
  }
});

describe('Payments behaviour', () => {
  it('orderOutput reads the OrderCreate webhook the way it reads GET /payments/orders/{id}', () => {
    const webhook = {
      type: 'OrderCreate',
      locationId: 'loc1',
      _id: 'o9',
      altId: 'loc1',
      altType: 'location',
      status: 'pending',
      contactId: 'c9',
      currency: 'USD',
      amount: 150.1,
      liveMode: false,
      amountSummary: { subtotal: 138, discount: 0, tax: 12.1, shipping: 0 },
      source: { type: 'website', subType: 'store', id: 's9', name: 'Ecom Store' },
      contactSnapshot: { id: 'c9', firstName: 'Max', lastName: 'Schmidt', email: 'max@example.com' },
      items: [{ name: 'Tee', qty: 1, product: { _id: 'p9', name: 'Tee' }, price: { _id: 'pr9', name: 'XL', amount: 138 } }],
      createdAt: '2024-04-04T16:24:27.036Z',
      updatedAt: '2024-04-04T16:24:31.297Z',
    };
    const out = orderOutput(webhook);
    expect(out).toMatchObject({
      id: 'o9',
      locationId: 'loc1',
      contactName: 'Max Schmidt',
      contactEmail: 'max@example.com',
      subtotal: 138,
      tax: 12.1,
      sourceType: 'website',
      items: [{ name: 'Tee', qty: 1, productId: 'p9', priceId: 'pr9', amount: 138 }],
    });
    // Every key the sample promises is a key of the output.
    expect(Object.keys(out).sort()).toEqual(Object.keys(orderSample).sort());
  });

  it('Find Order finds nothing when GHL answers 404 for the id', async () => {
    nock('https://services.leadconnectorhq.com')
      .get('/payments/orders/missing')
      .query(true)
      .reply(404, { statusCode: 404, message: 'Order not found' });
    expect(await runOperation('find_order', { orderId: 'missing' })).toEqual([]);
  });

  it('Create Order Fulfillment refuses a price the order does not have, before writing', async () => {
    const c = paymentCases.find((x) => x.key === 'create_order_fulfillment')!;
    const lookup = c.before![0];
    const scope = nock('https://services.leadconnectorhq.com')
      .get(lookup.request.path)
      .query(true)
      .reply(200, lookup.reply as object);
    const err = await errorOf(runOperation('create_order_fulfillment', { orderId: 'ord1', priceIds: ['pr1', 'nope'] }));
    expect(err.message).toMatch(/"Items to Fulfil" \(priceIds\): order 'ord1' has no item with price nope\. Nothing was saved\./);
    expect(scope.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('Payments: an unknown id, as the spec says GHL answers it', () => {
  it('Find Transaction finds nothing on 400 "Transaction not found"', async () => {
    nock('https://services.leadconnectorhq.com')
      .get('/payments/transactions/missing')
      .query(true)
      .reply(400, { statusCode: 400, message: 'Transaction not found' });
    expect(await runOperation('find_transaction', { transactionId: 'missing' })).toEqual([]);
  });

  it("Find Subscription shows any other 400 in GHL's words", async () => {
    nock('https://services.leadconnectorhq.com')
      .get('/payments/subscriptions/sb1')
      .query(true)
      .reply(400, { statusCode: 400, message: 'altId must be a string' });
    const err = await errorOf(runOperation('find_subscription', { subscriptionId: 'sb1' }));
    expect(err.message).toContain('altId must be a string');
  });
});
