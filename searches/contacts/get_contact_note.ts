import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { noteField, noteSample } from '../../src/areas/contacts';

export default defineSearch({
  key: 'get_contact_note',
  noun: 'Note',
  label: 'Get Contact Note by ID',
  description: "Gets one of a contact's notes by its ID.",
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
