import nock from 'nock';
import { BASE, describeOperations, errorOf, runOperation, type AppKind } from './helpers';
import { workflowCases, workflowInputlessCases } from './cases/workflows';

describeOperations('Workflows & Campaigns', workflowCases);

// Operations without input fields: their request and output (no bad input to refuse).
describeOperations('Workflows & Campaigns (no input)', workflowInputlessCases);

describe('Workflows & Campaigns: agency-only operations', () => {
  it.each(['oauth', 'token'] as AppKind[])('list_snapshots refuses a location connection (%s) before any request', async (app) => {
    const scope = nock(BASE).get('/snapshots/').query(true).reply(200, { snapshots: [] });
    const err = await errorOf(runOperation('list_snapshots', {}, { app }));
    expect(err.message).toMatch(/needs an agency/);
    expect(scope.isDone()).toBe(false);
  });
});
