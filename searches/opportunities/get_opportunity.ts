import { defineSearch } from '../../src/define';
import { opportunityField, opportunitySample } from '../../src/areas/opportunities';

export default defineSearch({
  key: 'get_opportunity',
  noun: 'Opportunity',
  label: 'Find Opportunity by ID',
  description: 'Finds an opportunity by its ID.',
  endpoint: 'GET /opportunities/{opportunityId}',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: { opportunityId: opportunityField({ required: true }) },
  result: 'opportunity',
  sample: opportunitySample,
});
