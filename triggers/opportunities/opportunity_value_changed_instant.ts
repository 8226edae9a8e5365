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
  key: 'opportunity_value_changed_instant',
  noun: 'Opportunity',
  label: 'Opportunity Value Changed (Instant)',
  description: "Triggers when an opportunity's monetary value changes, instantly.",
  event: 'OpportunityMonetaryValueUpdate',
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
