import { defineCreate } from '../../src/define';
import { opportunityBody, opportunityField, opportunityFields, opportunitySample } from '../../src/areas/opportunities';

const KEYS = ['pipelineId', 'pipelineStageId', 'name', 'status', 'monetaryValue', 'assignedTo', 'customFields'];

export default defineCreate({
  key: 'update_opportunity',
  noun: 'Opportunity',
  label: 'Update Opportunity',
  description: 'Updates an opportunity; fields left empty keep their value.',
  endpoint: 'PUT /opportunities/{opportunityId}',
  scopes: ['opportunities.write'],
  customFieldsModel: 'opportunity',
  input: { opportunityId: opportunityField({ required: true }), ...opportunityFields(false) },
  body: (input) => opportunityBody(input, KEYS),
  result: 'opportunity',
  sample: opportunitySample,
});
