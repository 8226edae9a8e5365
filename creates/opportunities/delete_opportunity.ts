import { defineCreate } from '../../src/define';
import { opportunityField } from '../../src/areas/opportunities';

export default defineCreate({
  key: 'delete_opportunity',
  noun: 'Opportunity',
  label: 'Delete Opportunity',
  description: 'Deletes an opportunity for good.',
  endpoint: 'DELETE /opportunities/{opportunityId}',
  scopes: ['opportunities.write'],
  input: { opportunityId: opportunityField({ required: true }) },
  // GHL answers only {succeded} (sic).
  result: (data, { opportunityId }) => ({ id: opportunityId, deleted: data?.succeded === true }),
  sample: { id: 'yWQobCRIhRguQtD2llvk', deleted: true },
});
