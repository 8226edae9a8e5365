import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { customValueSample } from '../../src/areas/custom-values';

const norm = (s: unknown) =>
  String(s ?? '')
    .trim()
    .toLowerCase();

export default defineSearch({
  key: 'find_custom_value',
  noun: 'Custom Value',
  label: 'Find Custom Value',
  description: 'Finds a custom value by its name.',
  endpoint: 'GET /locations/{locationId}/customValues',
  scopes: ['locations/customValues.readonly'],
  input: {
    name: fields.string('Name', {
      required: true,
      helpText: 'The name, e.g. Office Hours (any capitalisation), or its Field Key, e.g. {{ custom_values.office_hours }}.',
    }),
  },
  // GHL has no search for custom values: the location's list comes in one answer and is matched here.
  result: (data, { name }) =>
    (Array.isArray(data?.customValues) ? (data.customValues as Array<Record<string, unknown>>) : []).filter(
      (v) => norm(v.name) === norm(name) || norm(v.fieldKey).replace(/\s/g, '') === norm(name).replace(/\s/g, ''),
    ),
  sample: customValueSample,
});
