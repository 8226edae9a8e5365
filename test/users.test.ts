import { describeOperations, expectCase, runCase, type AppKind, type OperationCase } from './helpers';
import { userCases, userInputlessCases } from './cases/users';

describeOperations('Users', userCases);

// Operations without input fields have no bad input to refuse; only their request and output.
describe('Users (no input)', () => {
  for (const c of userInputlessCases as OperationCase[]) {
    for (const app of c.apps ?? (['oauth', 'token'] as AppKind[])) {
      it(`${c.key} [${app}]: sends the spec's request and maps the answer`, async () => {
        const scope = expectCase(c, app);
        expect(await runCase(c, app)).toEqual(c.expected);
        expect(scope.isDone()).toBe(true);
      });
    }
  }
});
