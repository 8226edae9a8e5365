import { defineInstantTrigger } from '../../src/instant';
import { contactEventSample, contactOutput, contactFilterFields, pollContacts } from '../../src/areas/contacts';
import { listOf } from '../../src/output';

export default defineInstantTrigger({
  key: 'contact_created_instant',
  noun: 'Contact',
  label: 'New Contact (Instant)',
  description: 'Triggers when a contact is added, instantly.',
  event: 'ContactCreate',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: contactFilterFields,
  filters: ({ tag, assignedTo }) => ({ tag, assignedTo }),
  output: contactOutput,
  // Samples: the newest contacts, as the polling trigger reads them.
  list: {
    endpoint: 'POST /contacts/search',
    perform: (ctx) => pollContacts(ctx, 'dateAdded'),
    result: (data) => listOf(data, 'contacts').map(contactOutput),
  },
  sample: contactEventSample,
});
