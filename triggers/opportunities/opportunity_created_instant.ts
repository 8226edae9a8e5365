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
  key: 'opportunity_created_instant',
  noun: 'Opportunity',
  label: 'New Opportunity (Instant)',
  description: 'Triggers when an opportunity is created, instantly.',
  event: 'OpportunityCreate',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: opportunityFilterFields,
  filters: opportunityFilters,
  output: opportunityOutput,
  list: {
    endpoint: 'POST /opportunities/search',
    perform: (ctx) => pollOpportunities(ctx, 'date_added'),
    result: (data) => listOf(data, 'opportunities').map(opportunityOutput),
  },
  sample: opportunityEventSample,
});
