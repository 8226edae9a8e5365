import { defineTrigger } from '../../src/define';
import { customValueSample } from '../../src/areas/custom-values';

export default defineTrigger({
  key: 'list_custom_values',
  noun: 'Custom Value',
  label: 'Custom Values',
  description: "Lists the location's custom values for the custom value dropdowns.",
  hidden: true,
  endpoint: 'GET /locations/{locationId}/customValues',
  scopes: ['locations/customValues.readonly'],
  // GHL returns every custom value in one answer (no paging).
  result: 'customValues',
  sample: customValueSample,
});
