import { describeOperations, expectCase, runCase, type AppKind, type OperationCase } from './helpers';
import { invoiceCases, invoiceInputlessCases } from './cases/invoices';
import { invoiceOutput, todayIn } from '../src/areas/invoices';

describeOperations('Invoices and estimates', invoiceCases);

// The dropdown lists have no input fields: no bad input to refuse; only their request and output.
describe('Invoices and estimates (no input)', () => {
  for (const c of invoiceInputlessCases as OperationCase[]) {
    for (const app of c.apps ?? (['oauth', 'token'] as AppKind[])) {
      it(`${c.title ? `${c.key} (${c.title})` : c.key} [${app}]: sends the spec's request and maps the answer`, async () => {
        const scope = expectCase(c, app);
        expect(await runCase(c, app)).toEqual(c.expected);
        expect(scope.isDone()).toBe(true);
      });
    }
  }
});

describe('invoiceOutput', () => {
  it('reads an answer without optional parts, and never lists keys GHL did not send', () => {
    expect(invoiceOutput({ _id: 'i', status: 'draft', items: [{ name: 'Kit', qty: 1, amount: 5 }] })).toEqual({
      id: 'i',
      status: 'draft',
      items: [{ name: 'Kit', quantity: 1, price: 5 }],
    });
    expect(invoiceOutput(undefined)).toEqual({ items: [] });
  });
});

describe('todayIn', () => {
  it("gives the date in the Zap's time zone, UTC when none or an unknown one is given", () => {
    const at = Date.parse('2026-03-01T03:00:00Z');
    expect(todayIn('America/Chicago', at)).toBe('2026-02-28');
    expect(todayIn(null, at)).toBe('2026-03-01');
    expect(todayIn('Not/AZone', at)).toBe('2026-03-01');
  });
});
