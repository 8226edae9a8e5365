import { defineCreate } from '../../src/define';
import { businessBody, businessFields, businessSample, readBusiness } from '../../src/areas/businesses';

export default defineCreate({
  key: 'create_business',
  noun: 'Business',
  label: 'Create Business',
  description: 'Creates a business (company record) that contacts can belong to.',
  endpoint: 'POST /businesses/',
  scopes: ['businesses.write'],
  input: businessFields(true),
  body: (input, ctx) => ({ ...businessBody(input), locationId: ctx.locationId() }),
  result: readBusiness,
  sample: businessSample,
});
