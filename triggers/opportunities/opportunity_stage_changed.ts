import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import {
  opportunityOutput,
  opportunitySample,
  pipelineField,
  stageField,
  statusField,
  pollOpportunities,
} from '../../src/areas/opportunities';
import { changeId, listOf } from '../../src/output';

export default defineTrigger({
  key: 'opportunity_stage_changed',
  noun: 'Opportunity',
  label: 'Opportunity Stage Changed',
  description: 'Triggers when an opportunity moves to another pipeline stage.',
  endpoint: 'POST /opportunities/search',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: {
    about: fields.about(
      'Each check reads the 100 opportunities that moved stage most recently and match the filters. Should the location refuse that sort, a check reads the 100 most recently created ones instead.',
    ),
    pipelineId: pipelineField({ helpText: 'Only opportunities in this pipeline. Leave empty for all pipelines.' }),
    pipelineStageId: stageField({
      helpText: 'Only when the opportunity moves into this stage (choose the pipeline first). Leave empty for any stage.',
    }),
    status: statusField({ helpText: 'Only opportunities with this status.' }),
  },
  perform: (ctx) => pollOpportunities(ctx, 'last_stage_change_date'),
  // One Zap run per move: opportunity id + stage id (+ the time of the move when GHL sends it).
  result: (data) =>
    listOf(data, 'opportunities').map((o) => ({ ...opportunityOutput(o), id: changeId(o.id, o.pipelineStageId, o.lastStageChangeAt) })),
  newestFirst: 'lastStageChangeAt',
  sample: {
    ...opportunitySample,
    id: 'yWQobCRIhRguQtD2llvk:e93ba61a-53b3-45e7-985a-c7732dbcdb69:2026-03-02T09:10:00.000Z',
    opportunityId: 'yWQobCRIhRguQtD2llvk',
  },
});
