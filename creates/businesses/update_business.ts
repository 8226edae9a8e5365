import { defineCreate } from '../../src/define';
import { businessBody, businessField, businessFields, businessSample, readBusiness } from '../../src/areas/businesses';

export default defineCreate({
  key: 'update_business',
  noun: 'Business',
  label: 'Update Business',
  description: 'Updates a business; fields left blank keep their current value.',
  endpoint: 'PUT /businesses/{businessId}',
  scopes: ['businesses.write'],
  input: { businessId: businessField({ required: true }), ...businessFields(false) },
  body: ({ businessId: _businessId, ...input }) => businessBody(input),
  result: readBusiness,
  sample: businessSample,
});
