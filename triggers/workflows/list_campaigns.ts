import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { campaignSample } from '../../src/areas/workflows';

export default defineTrigger({
  key: 'list_campaigns',
  noun: 'Campaign',
  label: 'New Campaign',
  description: 'Triggers when a campaign is added to the location.',
  endpoint: 'GET /campaigns/',
  scopes: ['campaigns.readonly'],
  input: {
    status: fields.string('Status', { helpText: 'Only campaigns with this status, e.g. `published` or `draft`. Leave blank for all.' }),
  },
  query: ({ status }, ctx) => ({ locationId: ctx.locationId(), status }),
  result: 'campaigns',
  sample: campaignSample,
});
