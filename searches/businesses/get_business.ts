import { defineSearch } from '../../src/define';
import { businessField, businessSample } from '../../src/areas/businesses';

export default defineSearch({
  key: 'get_business',
  noun: 'Business',
  label: 'Find Business',
  description: 'Finds a business by its ID.',
  endpoint: 'GET /businesses/{businessId}',
  scopes: ['businesses.readonly'],
  input: { businessId: businessField({ required: true }) },
  result: 'business',
  sample: businessSample,
});
