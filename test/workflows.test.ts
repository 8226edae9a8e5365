import nock from 'nock';
import { BASE, describeOperations, errorOf, expectCase, runCase, runOperation, type AppKind, type OperationCase } from './helpers';
import { workflowCases, workflowInputlessCases } from './cases/workflows';

describeOperations('Workflows & Campaigns', workflowCases);

// Operations without input fields have no bad input to refuse; only their request and output.
describe('Workflows & Campaigns (no input)', () => {
  for (const c of workflowInputlessCases as OperationCase[]) {
    for (const app of c.apps ?? (['oauth', 'token'] as AppKind[])) {
      it(`${c.title ? `${c.key} (${c.title})` : c.key} [${app}]: sends the spec's request and maps the answer`, async () => {
        const scope = expectCase(c, app);
        expect(await runCase(c, app)).toEqual(c.expected);
        expect(scope.isDone()).toBe(true);
      });
    }
  }
});

describe('Workflows & Campaigns: agency-only operations', () => {
  it.each(['oauth', 'token'] as AppKind[])('list_snapshots refuses a location connection (%s) before any request', async (app) => {
    const scope = nock(BASE).get('/snapshots/').query(true).reply(200, { snapshots: [] });
    const err = await errorOf(runOperation('list_snapshots', {}, { app }));
    expect(err.message).toMatch(/needs an agency/);
    expect(scope.isDone()).toBe(false);
  });
});
