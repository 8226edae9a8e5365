import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { OPPORTUNITY_STATUSES, opportunitySample, pipelineField, stageField } from '../../src/areas/opportunities';

export default defineTrigger({
  key: 'search_opportunities',
  noun: 'Opportunity',
  label: 'New Opportunity Matching Search',
  description: 'Triggers when an opportunity matching your filters is created.',
  endpoint: 'GET /opportunities/search',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: {
    pipelineId: pipelineField({ helpText: 'Only opportunities in this pipeline. Leave blank for all.' }),
    pipelineStageId: stageField({ helpText: 'Only opportunities in this stage of the chosen pipeline.' }),
    status: fields.choice('Status', { ...OPPORTUNITY_STATUSES, all: 'All' }, { helpText: 'Leave blank for all.' }),
    assignedTo: fields.user({ label: 'Assigned User', helpText: 'Only opportunities assigned to this user.' }),
    contactId: fields.contact({ helpText: 'Only opportunities of this contact.' }),
    q: fields.string('Search Text', { helpText: 'Matches the opportunity or contact name, email or phone.' }),
  },
  // This endpoint alone takes snake_case query names. `order` sorts by date added; the spec only
  // shows `added_asc`, so `added_desc` (newest first) is inferred, and newestFirst below keeps the
  // page newest first even if GHL ignored it.
  query: (input, ctx) => ({
    location_id: ctx.locationId(),
    pipeline_id: input.pipelineId,
    pipeline_stage_id: input.pipelineStageId,
    status: input.status,
    assigned_to: input.assignedTo,
    contact_id: input.contactId,
    q: input.q,
    order: 'added_desc',
  }),
  result: 'opportunities',
  newestFirst: 'createdAt',
  paging: { style: 'page', size: 100 },
  sample: opportunitySample,
});
