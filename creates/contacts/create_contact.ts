import { defineCreate } from '../../src/define';
import { contactBody, contactFields, contactSample, requirePerson } from '../../src/areas/contacts';

export default defineCreate({
  key: 'create_contact',
  noun: 'Contact',
  label: 'Create Contact',
  description: 'Creates a new contact in the connected location.',
  endpoint: 'POST /contacts/',
  scopes: ['contacts.write'],
  customFieldsModel: 'contact',
  input: contactFields,
  body: (input, ctx) => {
    requirePerson(input, ctx, 'Create Contact');
    return contactBody(input, ctx);
  },
  result: 'contact',
  sample: contactSample,
});
