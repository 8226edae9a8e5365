import { defineCreate } from '../../src/define';
import { contactBody, contactFields, contactSample } from '../../src/areas/contacts';

export default defineCreate({
  key: 'create_contact',
  noun: 'Contact',
  label: 'Create Contact',
  description: 'Creates a new contact in the connected location.',
  endpoint: 'POST /contacts/',
  scopes: ['contacts.write'],
  customFieldsModel: 'contact',
  input: contactFields,
  body: (input, ctx) => contactBody(input, ctx),
  result: 'contact',
  sample: contactSample,
});
