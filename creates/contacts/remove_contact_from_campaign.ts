import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { succeeded } from '../../src/areas/contacts';

export default defineCreate({
  key: 'remove_contact_from_campaign',
  noun: 'Campaign',
  label: 'Remove Contact from Campaign',
  description: 'Removes a contact from one campaign.',
  endpoint: 'DELETE /contacts/{contactId}/campaigns/{campaignId}',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    campaignId: fields.campaign({ required: true }),
  },
  // GHL answers { succeded: true } (sic).
  result: (data, { contactId, campaignId }) => ({ contactId, campaignId, success: succeeded(data) }),
  sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', campaignId: 'pC2xQb1Zk8VnM4aR7sTw', success: true },
});
