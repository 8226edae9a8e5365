import { describeOperations, expectCase, runCase, type AppKind, type OperationCase } from './helpers';
import { associationCases, associationInputlessCases } from './cases/associations';

describeOperations('Associations & Relations', associationCases);

// Operations without input fields have no bad input to refuse; only their request and output.
describe('Associations (no input)', () => {
  for (const c of associationInputlessCases as OperationCase[]) {
    for (const app of ['oauth', 'token'] as AppKind[]) {
      it(`${c.key}${c.title ? ` (${c.title})` : ''} [${app}]: sends the spec's request and maps the answer`, async () => {
        const scope = expectCase(c, app);
        expect(await runCase(c, app)).toEqual(c.expected);
        expect(scope.isDone()).toBe(true);
      });
    }
  }
});
