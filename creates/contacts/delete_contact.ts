import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { succeeded } from '../../src/areas/contacts';

export default defineCreate({
  key: 'delete_contact',
  noun: 'Contact',
  label: 'Delete Contact',
  description: 'Deletes a contact for good.',
  endpoint: 'DELETE /contacts/{contactId}',
  scopes: ['contacts.write'],
  input: { contactId: fields.contact({ required: true }) },
  // GHL answers { succeded: true } (sic).
  result: (data, { contactId }) => ({ id: contactId, success: succeeded(data) }),
  sample: { id: 'ocQHyuzHvysMo5N5VsXc', success: true },
});
