import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { customValueSample, customValueValue } from '../../src/areas/custom-values';

export default defineCreate({
  key: 'create_custom_value',
  noun: 'Custom Value',
  label: 'Create Custom Value',
  description: 'Creates a custom value that messages and pages can use.',
  endpoint: 'POST /locations/{locationId}/customValues',
  scopes: ['locations/customValues.write'],
  input: {
    name: fields.string('Name', { required: true, helpText: 'The name, e.g. Office Hours; GHL makes the Field Key from it.' }),
    value: customValueValue(true),
  },
  body: ({ name, value }) => ({ name, value }),
  result: 'customValue',
  sample: customValueSample,
});
