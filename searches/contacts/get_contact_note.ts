import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { noteField, noteSample } from '../../src/areas/contacts';

export default defineSearch({
  key: 'get_contact_note',
  noun: 'Note',
  label: 'Find Contact Note',
  description: "Finds one of a contact's notes.",
  // GHL's spec names the note's placeholder {id}.
  endpoint: 'GET /contacts/{contactId}/notes/{noteId}',
  scopes: ['contacts.readonly'],
  input: {
    contactId: fields.contact({ required: true }),
    noteId: noteField({ required: true }),
  },
  result: 'note',
  sample: noteSample,
});
