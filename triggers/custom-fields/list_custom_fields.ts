import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { customFieldSample } from '../../src/areas/locations';

export default defineTrigger({
  key: 'list_custom_fields',
  noun: 'Custom Field',
  label: 'New Custom Field',
  description: 'Triggers when a custom field is added to the location.',
  endpoint: 'GET /locations/{locationId}/customFields',
  scopes: ['locations/customFields.readonly'],
  input: {
    model: fields.choice(
      'Applies To',
      { contact: 'Contacts', opportunity: 'Opportunities', all: 'Both' },
      { default: 'all', helpText: 'Custom fields of contacts, of opportunities, or of both. Default: both.' },
    ),
  },
  query: ({ model }) => ({ model }),
  // GHL returns every field in one answer (no paging).
  result: 'customFields',
  sample: customFieldSample,
});
