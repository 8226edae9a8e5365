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
  key: 'opportunity_status_changed_instant',
  noun: 'Opportunity',
  label: 'Opportunity Status Changed (Instant)',
  description: "Triggers when an opportunity's status changes, instantly.",
  event: 'OpportunityStatusUpdate',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: opportunityFilterFields,
  filters: opportunityFilters,
  output: opportunityOutput,
  list: {
    endpoint: 'POST /opportunities/search',
    perform: (ctx) => pollOpportunities(ctx, 'last_status_change_date'),
    result: (data) => listOf(data, 'opportunities').map(opportunityOutput),
  },
  sample: opportunityEventSample,
});
