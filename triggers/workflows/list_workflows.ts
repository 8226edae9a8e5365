import { defineTrigger } from '../../src/define';
import { workflowSample } from '../../src/areas/workflows';

export default defineTrigger({
  key: 'list_workflows',
  noun: 'Workflow',
  label: 'New Workflow',
  description: 'Triggers when a workflow is created in the location.',
  endpoint: 'GET /workflows/',
  scopes: ['workflows.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: 'workflows',
  // GHL answers every workflow at once in no stated order.
  newestFirst: 'createdAt',
  sample: workflowSample,
});
