import { defineSearch } from '../../src/define';
import { associationField, associationSample } from '../../src/areas/associations';

export default defineSearch({
  key: 'get_association',
  noun: 'Association',
  label: 'Find Association',
  description: 'Finds an association (a link type) by its ID.',
  endpoint: 'GET /associations/{associationId}',
  scopes: ['associations.readonly'],
  input: { associationId: associationField({ label: 'Association', required: true }) },
  result: (data) => data,
  sample: associationSample,
});
