import { describeOperations, expectCase, runCase, type AppKind, type OperationCase } from './helpers';
import { businessCases, businessInputlessCases } from './cases/businesses';

describeOperations('Businesses', businessCases);

// Operations without input fields have no bad input to refuse; only their request and output.
describe('Businesses (no input)', () => {
  for (const c of businessInputlessCases as OperationCase[]) {
    for (const app of c.apps ?? (['oauth', 'token'] as AppKind[])) {
      it(`${c.title ? `${c.key} (${c.title})` : c.key} [${app}]: sends the spec's request and maps the answer`, async () => {
        const scope = expectCase(c, app);
        expect(await runCase(c, app)).toEqual(c.expected);
        expect(scope.isDone()).toBe(true);
      });
    }
  }
});
