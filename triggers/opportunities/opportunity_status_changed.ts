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
  key: 'opportunity_status_changed',
  noun: 'Opportunity',
  label: 'Opportunity Status Changed',
  description: "Triggers when an opportunity's status changes (open, won, lost, abandoned).",
  endpoint: 'POST /opportunities/search',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: {
    about: fields.about(
      'Each check reads the 100 opportunities that changed status most recently and match the filters. Should the location refuse that sort, a check reads the 100 most recently created ones instead.',
    ),
    status: statusField({ helpText: 'Only when the status changes to this one. Leave empty for any status change.' }),
    pipelineId: pipelineField({ helpText: 'Only opportunities in this pipeline. Leave empty for all pipelines.' }),
    pipelineStageId: stageField({ helpText: 'Only opportunities in this stage (choose the pipeline first).' }),
  },
  perform: (ctx) => pollOpportunities(ctx, 'last_status_change_date'),
  // One Zap run per change: opportunity id + status (+ the time of the change when GHL sends it).
  result: (data) =>
    listOf(data, 'opportunities').map((o) => ({ ...opportunityOutput(o), id: changeId(o.id, o.status, o.lastStatusChangeAt) })),
  newestFirst: 'lastStatusChangeAt',
  sample: {
    ...opportunitySample,
    id: 'yWQobCRIhRguQtD2llvk:open:2026-03-01T14:30:00.000Z',
    opportunityId: 'yWQobCRIhRguQtD2llvk',
  },
});
