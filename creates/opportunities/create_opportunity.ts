import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { opportunityBody, opportunityFields, opportunitySample } from '../../src/areas/opportunities';

const KEYS = ['pipelineId', 'pipelineStageId', 'name', 'status', 'contactId', 'monetaryValue', 'assignedTo', 'customFields'];

export default defineCreate({
  key: 'create_opportunity',
  noun: 'Opportunity',
  label: 'Create Opportunity',
  description: 'Creates an opportunity (deal) for a contact in a pipeline.',
  endpoint: 'POST /opportunities/',
  scopes: ['opportunities.write'],
  customFieldsModel: 'opportunity',
  input: { contactId: fields.contact({ required: true }), ...opportunityFields(true) },
  body: (input, ctx) => opportunityBody(input, KEYS, ctx),
  result: 'opportunity',
  sample: opportunitySample,
});
