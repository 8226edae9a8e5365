import { defineInstantTrigger } from '../../src/instant';
import { contactEventSample, contactOutput, contactFilterFields, pollContacts } from '../../src/areas/contacts';
import { listOf } from '../../src/output';

export default defineInstantTrigger({
  key: 'contact_deleted_instant',
  noun: 'Contact',
  label: 'Deleted Contact (Instant)',
  description: 'Triggers when a contact is deleted, instantly.',
  event: 'ContactDelete',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: contactFilterFields,
  filters: ({ tag, assignedTo }) => ({ tag, assignedTo }),
  output: contactOutput,
  // Samples: the most recently changed contacts (deleted ones cannot be read), as the polling trigger reads them.
  list: {
    endpoint: 'POST /contacts/search',
    perform: (ctx) => pollContacts(ctx, 'dateUpdated'),
    result: (data) => listOf(data, 'contacts').map(contactOutput),
  },
  sample: contactEventSample,
});
