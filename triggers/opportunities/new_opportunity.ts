import { defineTrigger } from '../../src/define';
import { opportunitySample, pipelineField, stageField, statusField, pollOpportunities } from '../../src/areas/opportunities';
import { listOf } from '../../src/output';

export default defineTrigger({
  key: 'new_opportunity',
  noun: 'Opportunity',
  label: 'New Opportunity',
  description: 'Triggers when an opportunity is created.',
  endpoint: 'POST /opportunities/search',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: {
    pipelineId: pipelineField({ helpText: 'Only opportunities in this pipeline. Leave empty for all pipelines.' }),
    pipelineStageId: stageField({ helpText: 'Only opportunities in this stage (choose the pipeline first).' }),
    status: statusField({ helpText: 'Only opportunities with this status.' }),
  },
  perform: (ctx) => pollOpportunities(ctx, 'date_added'),
  result: (data) => listOf(data, 'opportunities'),
  sample: opportunitySample,
});
