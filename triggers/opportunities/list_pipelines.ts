import { defineTrigger } from '../../src/define';
import { pipelineSample } from '../../src/areas/opportunities';

export default defineTrigger({
  key: 'list_pipelines',
  noun: 'Pipeline',
  label: 'New Pipeline',
  description: 'Triggers when a pipeline is added to the location.',
  endpoint: 'GET /opportunities/pipelines',
  scopes: ['opportunities.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: 'pipelines',
  sample: pipelineSample,
});
