import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { companyIdField, locationSample } from '../../src/areas/locations';

export default defineTrigger({
  key: 'search_locations',
  noun: 'Location',
  label: 'New Location',
  description: 'Triggers when a location (sub-account) is added to the agency.',
  endpoint: 'GET /locations/search',
  scopes: ['locations.readonly'],
  access: 'any',
  input: {
    companyId: companyIdField("Works best with an agency connection. Leave empty to use the connection's agency."),
    email: fields.email('Email', { helpText: 'Only locations with this email.' }),
  },
  query: ({ companyId, email }, ctx) => ({
    companyId: companyId ?? ctx.bundle.authData?.companyId,
    email,
    // Newest first.
    order: 'desc',
  }),
  result: 'locations',
  paging: { style: 'skip', size: 100 },
  sample: locationSample,
});
