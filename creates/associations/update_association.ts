import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { associationField, associationSample } from '../../src/areas/associations';

export default defineCreate({
  key: 'update_association',
  noun: 'Association',
  label: 'Update Association Labels',
  description: 'Renames the two labels of an association.',
  endpoint: 'PUT /associations/{associationId}',
  scopes: ['associations.write'],
  input: {
    associationId: associationField({ required: true }),
    firstObjectLabel: fields.string('First Object Label', { required: true, helpText: 'How the first side names the link, e.g. Student.' }),
    secondObjectLabel: fields.string('Second Object Label', {
      required: true,
      helpText: 'How the second side names the link, e.g. Tutor.',
    }),
  },
  body: ({ firstObjectLabel, secondObjectLabel }) => ({ firstObjectLabel, secondObjectLabel }),
  result: (data) => data,
  sample: associationSample,
});
