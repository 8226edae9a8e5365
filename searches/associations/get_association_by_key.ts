import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { associationSample } from '../../src/areas/associations';

export default defineSearch({
  key: 'get_association_by_key',
  noun: 'Association',
  label: 'Find Association by Key',
  description: 'Finds an association by its unique key, e.g. student_teacher.',
  endpoint: 'GET /associations/key/{keyName}',
  scopes: ['associations.readonly'],
  input: { keyName: fields.id('Association Key', { required: true, helpText: 'The unique key given when the association was created.' }) },
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: (data) => data,
  sample: associationSample,
});
