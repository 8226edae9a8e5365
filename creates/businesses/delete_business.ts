import { defineCreate } from '../../src/define';
import { businessField } from '../../src/areas/businesses';

export default defineCreate({
  key: 'delete_business',
  noun: 'Business',
  label: 'Delete Business',
  description: 'Deletes a business; its contacts are kept.',
  endpoint: 'DELETE /businesses/{businessId}',
  scopes: ['businesses.write'],
  input: { businessId: businessField({ required: true }) },
  result: (data, { businessId }) => ({ id: businessId, deleted: data?.success === true }),
  sample: { id: '63771dcac1116f0e21de8e12', deleted: true },
});
