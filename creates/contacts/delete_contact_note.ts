import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { noteField, succeeded } from '../../src/areas/contacts';

export default defineCreate({
  key: 'delete_contact_note',
  noun: 'Note',
  label: 'Delete Contact Note',
  description: "Deletes one of a contact's notes.",
  // GHL's spec names the note's placeholder {id}.
  endpoint: 'DELETE /contacts/{contactId}/notes/{noteId}',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    noteId: noteField({ required: true }),
  },
  // GHL answers { succeded: true } (sic).
  result: (data, { contactId, noteId }) => ({ id: noteId, contactId, success: succeeded(data) }),
  sample: { id: 'HGPcayliwcdoUFzvbTok', contactId: 'ocQHyuzHvysMo5N5VsXc', success: true },
});
