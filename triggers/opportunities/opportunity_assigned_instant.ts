import { defineInstantTrigger } from '../../src/instant';
import { fields } from '../../src/fields';
import {
  opportunityEventSample,
  opportunityFilterFields,
  opportunityFilters,
  opportunityOutput,
  pollOpportunities,
} from '../../src/areas/opportunities';
import { listOf } from '../../src/output';

export default defineInstantTrigger({
  key: 'opportunity_assigned_instant',
  noun: 'Opportunity',
  label: 'Opportunity Assigned (Instant)',
  description: 'Triggers when an opportunity is assigned to a user, instantly.',
  event: 'OpportunityAssignedToUpdate',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: {
    ...opportunityFilterFields,
    assignedTo: fields.user({
      label: 'Assigned User',
      helpText: 'Only when the opportunity is assigned to this user. Leave empty for any user.',
    }),
  },
  filters: opportunityFilters,
  output: opportunityOutput,
  list: {
    endpoint: 'POST /opportunities/search',
    perform: (ctx) => pollOpportunities(ctx, 'date_added'),
    result: (data) => listOf(data, 'opportunities').map(opportunityOutput),
  },
  sample: opportunityEventSample,
});
