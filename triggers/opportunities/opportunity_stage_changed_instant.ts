import { defineInstantTrigger } from '../../src/instant';
import {
  opportunityEventSample,
  opportunityFilterFields,
  opportunityFilters,
  opportunityOutput,
  pollOpportunities,
} from '../../src/areas/opportunities';
import { listOf } from '../../src/output';

export default defineInstantTrigger({
  key: 'opportunity_stage_changed_instant',
  noun: 'Opportunity',
  label: 'Opportunity Stage Changed (Instant)',
  description: 'Triggers when an opportunity moves to another stage, instantly.',
  event: 'OpportunityStageUpdate',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: opportunityFilterFields,
  filters: opportunityFilters,
  output: opportunityOutput,
  list: {
    endpoint: 'POST /opportunities/search',
    perform: (ctx) => pollOpportunities(ctx, 'last_stage_change_date'),
    result: (data) => listOf(data, 'opportunities').map(opportunityOutput),
  },
  sample: opportunityEventSample,
});
