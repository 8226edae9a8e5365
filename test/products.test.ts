import nock from 'nock';
import { describeOperations, errorOf, expectCase, runCase, runOperation, type AppKind, type OperationCase } from './helpers';
import { createProductWithPrice, productCases, productInputlessCases } from './cases/products';

describeOperations('Products', productCases);

describe('Products (no input)', () => {
  for (const c of productInputlessCases as OperationCase[]) {
    for (const app of c.apps ?? (['oauth', 'token'] as AppKind[])) {
      it(`${c.key} [${app}]: sends the spec's request and maps the answer`, async () => {
        const scope = expectCase(c, app);
        expect(await runCase(c, app)).toEqual(c.expected);
        expect(scope.isDone()).toBe(true);
      });
    }
  }
});

describe('Create Product: the price fails after the product was created', () => {
  const c = createProductWithPrice;
  // The status: GHL's, or 503 where no answer can be trusted (the after-write rule, a dropped connection).
  const failures: Array<[string, { status?: number; body?: unknown; headers?: Record<string, string>; dropConnection?: boolean }, number]> =
    [
      ['422', { status: 422, body: { statusCode: 422, message: ['currency must be a valid ISO 4217 code'] } }, 422],
      ['429', { status: 429, body: { message: 'Too many requests' }, headers: { 'Retry-After': '5' } }, 503],
      ['502', { status: 502, body: { message: 'Bad Gateway' } }, 502],
      ['a dropped connection', { dropConnection: true }, 503],
    ];
  it.each(failures)('%s: says the product was created, names its id, and is not retried', async (_name, fault, status) => {
    const scope = expectCase(c, 'oauth', fault);
    const err = await errorOf(runCase(c, 'oauth'));
    expect(scope.isDone()).toBe(true);
    expect(err.name).not.toBe('ThrottledError');
    expect(err.message).toMatch(/^The product "Whitening kit" was created \(ID prod1\), but adding its price failed: /);
    expect(err.message).toContain('add it with the Create Price step (product prod1)');
    expect(err.status).toBe(status);
  });

  it('a bad price is refused before the product is created', async () => {
    const err = await errorOf(runCase(c, 'token', { ...c.input, amount: 10, priceType: 'recurring' }));
    expect(err.message).toMatch(/"Billing Interval" \(interval\) is required/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('Prices: bad input is refused before anything is sent', () => {
  it.each([
    [
      'create_price',
      { productId: 'prod1', amount: 10, currency: 'dollars' },
      /Create Price: "Currency" \(currency\) must be a three-letter code/,
    ],
    [
      'create_product',
      { name: 'Kit', productType: 'PHYSICAL', amount: 10, currency: 'US$' },
      /Create Product: "Currency" \(currency\) must be a three-letter code/,
    ],
  ])('%s', async (key, input, error) => {
    const err = await errorOf(runOperation(key, input));
    expect(err.message).toMatch(error);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
