import { defineSearch } from '../../src/define';
import { locationField, locationSample } from '../../src/areas/locations';

export default defineSearch({
  key: 'get_location',
  noun: 'Location',
  label: 'Find Location',
  description: 'Finds a location (sub-account) with its address and time zone.',
  endpoint: 'GET /locations/{locationId}',
  scopes: ['locations.readonly'],
  access: 'any',
  input: {
    locationId: locationField({ helpText: "Choose a location, or map a location ID. Leave empty for the connection's own location." }),
  },
  result: 'location',
  sample: locationSample,
});
