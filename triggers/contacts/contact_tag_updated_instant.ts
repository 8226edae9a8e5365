import { defineInstantTrigger } from '../../src/instant';
import { contactEventSample, contactOutput, contactFilterFields, pollContacts } from '../../src/areas/contacts';
import { listOf } from '../../src/output';

export default defineInstantTrigger({
  key: 'contact_tag_updated_instant',
  noun: 'Contact',
  label: 'Contact Tag Changed (Instant)',
  description: "Triggers when a contact's tags change, instantly.",
  event: 'ContactTagUpdate',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: contactFilterFields,
  filters: ({ tag, assignedTo }) => ({ tag, assignedTo }),
  output: contactOutput,
  // Samples: the most recently changed contacts, as the polling trigger reads them.
  list: {
    endpoint: 'POST /contacts/search',
    perform: (ctx) => pollContacts(ctx, 'dateUpdated'),
    result: (data) => listOf(data, 'contacts').map(contactOutput),
  },
  sample: contactEventSample,
});
