import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { succeeded } from '../../src/areas/contacts';

export default defineCreate({
  key: 'add_contact_to_campaign',
  noun: 'Campaign',
  label: 'Add Contact to Campaign',
  description: 'Adds a contact to a campaign.',
  endpoint: 'POST /contacts/{contactId}/campaigns/{campaignId}',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    campaignId: fields.campaign({ required: true }),
  },
  // GHL marks the body required but its schema is empty: send {}.
  body: () => ({}),
  // GHL answers { succeded: true } (sic).
  result: (data, { contactId, campaignId }) => ({ contactId, campaignId, success: succeeded(data) }),
  sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', campaignId: 'pC2xQb1Zk8VnM4aR7sTw', success: true },
});
