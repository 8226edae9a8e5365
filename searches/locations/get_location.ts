import { defineSearch } from '../../src/define';
import { locationField, locationSample } from '../../src/areas/locations';

export default defineSearch({
  key: 'get_location',
  noun: 'Location',
  label: 'Get Location by ID',
  description: 'Gets a location (sub-account) by its ID: name, address, contact details and time zone.',
  endpoint: 'GET /locations/{locationId}',
  scopes: ['locations.readonly'],
  access: 'any',
  input: {
    locationId: locationField({ label: 'Location ID', helpText: "Leave empty for the connection's own location." }),
  },
  result: 'location',
  sample: locationSample,
});
