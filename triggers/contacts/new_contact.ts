import { defineTrigger } from '../../src/define';
import { contactListSample, withContactName, contactFilterFields, pollContacts } from '../../src/areas/contacts';
import { listOf } from '../../src/output';

export default defineTrigger({
  key: 'new_contact',
  noun: 'Contact',
  label: 'New Contact',
  description: 'Triggers when a contact is added to the location.',
  endpoint: 'POST /contacts/search',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: contactFilterFields,
  perform: (ctx) => pollContacts(ctx, 'dateAdded'),
  result: (data) => listOf(data, 'contacts').map(withContactName),
  sample: contactListSample,
});
