import { defineInstantTrigger } from '../../src/instant';
import { fields } from '../../src/fields';
import { noteEventSample, noteOutput, sampleContactRecords } from '../../src/areas/contacts';

export default defineInstantTrigger({
  key: 'note_created_instant',
  noun: 'Note',
  label: 'New Note (Instant)',
  description: 'Triggers when a note is added to a contact, instantly.',
  event: 'NoteCreate',
  scopes: ['contacts.readonly'],
  input: {
    contactId: fields.contact({ helpText: "Only this contact's notes. Leave empty for every contact's notes." }),
  },
  filters: ({ contactId }) => ({ contactId }),
  output: (data) => noteOutput(data),
  // Samples: the contact's notes (without a contact, the most recently changed contact's), as New Note reads them.
  list: {
    endpoint: 'GET /contacts/{contactId}/notes',
    perform: (ctx) => sampleContactRecords(ctx, 'notes'),
    result: ({ contactId, records }) => records.map((n: Record<string, unknown>) => noteOutput(n, contactId)),
    newestFirst: 'dateAdded',
  },
  sample: noteEventSample,
});
