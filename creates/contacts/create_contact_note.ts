import { defineCreate } from '../../src/define';
import { compact, fields } from '../../src/fields';
import { noteFields, noteSample } from '../../src/areas/contacts';

export default defineCreate({
  key: 'create_contact_note',
  noun: 'Note',
  label: 'Create Contact Note',
  description: 'Adds a note to a contact.',
  endpoint: 'POST /contacts/{contactId}/notes',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    body: fields.text('Note', { required: true, helpText: 'The text of the note.' }),
    ...noteFields,
  },
  body: ({ body, title, userId, color, pinned }) => compact({ body, title, userId, color, pinned }),
  result: 'note',
  sample: noteSample,
});
