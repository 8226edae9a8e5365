import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { associationSample } from '../../src/areas/associations';

export default defineCreate({
  key: 'create_association',
  noun: 'Association',
  label: 'Create Association',
  description: 'Creates an association, a named link type between records.',
  endpoint: 'POST /associations/',
  scopes: ['associations.write'],
  input: {
    key: fields.string('Key', { required: true, helpText: 'A unique key for the association, e.g. student_teacher.' }),
    firstObjectKey: fields.string('First Object', {
      required: true,
      helpText: 'contact, or a custom object key like custom_objects.students.',
    }),
    firstObjectLabel: fields.string('First Object Label', {
      required: true,
      helpText: 'What the first record is called in the link, e.g. Student.',
    }),
    secondObjectKey: fields.string('Second Object', { required: true, helpText: 'contact, or a custom object key.' }),
    secondObjectLabel: fields.string('Second Object Label', {
      required: true,
      helpText: 'What the second record is called, e.g. Teacher.',
    }),
  },
  body: (input, ctx) => ({ locationId: ctx.locationId(), ...input }),
  result: (data) => data,
  sample: associationSample,
});
