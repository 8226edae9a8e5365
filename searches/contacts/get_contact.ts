import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { contactSample } from '../../src/areas/contacts';

export default defineSearch({
  key: 'get_contact',
  noun: 'Contact',
  label: 'Find Contact by ID',
  description: 'Finds a contact by its ID.',
  endpoint: 'GET /contacts/{contactId}',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: { contactId: fields.contact({ required: true }) },
  result: 'contact',
  sample: contactSample,
});
