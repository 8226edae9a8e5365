import { defineSearch } from '../../src/define';
import { associationField, associationSample } from '../../src/areas/associations';

export default defineSearch({
  key: 'get_association',
  noun: 'Association',
  label: 'Get Association by ID',
  description: 'Gets an association (a link type between two objects) by its ID.',
  endpoint: 'GET /associations/{associationId}',
  scopes: ['associations.readonly'],
  input: { associationId: associationField({ label: 'Association ID', required: true }) },
  result: (data) => data,
  sample: associationSample,
});
