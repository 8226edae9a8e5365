import { defineTrigger } from '../../src/define';
import { opportunitySample, pipelineField, stageField, statusField } from '../../src/areas/opportunities';
import { listOf } from '../../src/areas/changes';

export default defineTrigger({
  key: 'new_opportunity',
  noun: 'Opportunity',
  label: 'New Opportunity',
  description: 'Triggers when an opportunity is created, optionally only in one pipeline, stage or status.',
  endpoint: 'GET /opportunities/search',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: {
    pipelineId: pipelineField({ helpText: 'Only opportunities in this pipeline. Leave empty for all pipelines.' }),
    pipelineStageId: stageField({ helpText: 'Only opportunities in this stage (choose the pipeline first).' }),
    status: statusField({ helpText: 'Only opportunities with this status.' }),
  },
  // This endpoint's query names are snake_case. One request per poll: the 100 newest first.
  query: ({ pipelineId, pipelineStageId, status }, ctx) => ({
    location_id: ctx.locationId(),
    pipeline_id: pipelineId,
    pipeline_stage_id: pipelineStageId,
    status,
    order: 'added_desc',
    limit: 100,
  }),
  result: (data) => listOf(data, 'opportunities'),
  sample: opportunitySample,
});
