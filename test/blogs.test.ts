import { describeOperations, expectCase, runCase, type AppKind, type OperationCase } from './helpers';
import { blogCases, blogInputlessCases } from './cases/blogs';

describeOperations('Blogs', blogCases);

// Operations without input fields have no bad input to refuse; only their request and output.
describe('Blogs (no input)', () => {
  for (const c of blogInputlessCases as OperationCase[]) {
    for (const app of ['oauth', 'token'] as AppKind[]) {
      it(`${c.key} [${app}]: sends the spec's request and maps the answer`, async () => {
        const scope = expectCase(c, app);
        expect(await runCase(c, app)).toEqual(c.expected);
        expect(scope.isDone()).toBe(true);
      });
    }
  }
});
