import { defineCreate } from '../../src/define';
import { compact, fields } from '../../src/fields';
import { noteField, noteFields, noteSample } from '../../src/areas/contacts';

export default defineCreate({
  key: 'update_contact_note',
  noun: 'Note',
  label: 'Update Contact Note',
  description: "Updates a contact's note; fields left empty keep their value.",
  // GHL's spec names the note's placeholder {id}.
  endpoint: 'PUT /contacts/{contactId}/notes/{noteId}',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    noteId: noteField({ required: true }),
    body: fields.text('Note Text', { helpText: 'The new text of the note. Leave empty to keep it.' }),
    ...noteFields,
  },
  body: ({ body, title, userId, color, pinned }) => compact({ body, title, userId, color, pinned }),
  result: 'note',
  sample: noteSample,
});
