import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { succeeded } from '../../src/areas/contacts';

export default defineCreate({
  key: 'remove_contact_from_all_campaigns',
  noun: 'Campaign',
  label: 'Remove Contact from All Campaigns',
  description: 'Removes a contact from every campaign it is in.',
  // The v2 spec and GHL's scope list spell it removeAll (the v3 spec has remove-all).
  endpoint: 'DELETE /contacts/{contactId}/campaigns/removeAll',
  scopes: ['contacts.write'],
  input: { contactId: fields.contact({ required: true }) },
  // GHL answers { succeded: true } (sic).
  result: (data, { contactId }) => ({ contactId, success: succeeded(data) }),
  sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', success: true },
});
