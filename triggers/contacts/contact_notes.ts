import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { noteSample } from '../../src/areas/contacts';

export default defineTrigger({
  key: 'contact_notes',
  noun: 'Note',
  label: 'Contact Notes',
  description: "Lists the chosen contact's notes, newest first, for the note dropdowns.",
  // New Note (new_note) is the visible trigger for the same event; this key stays for existing Zaps.
  hidden: true,
  endpoint: 'GET /contacts/{contactId}/notes',
  scopes: ['contacts.readonly'],
  input: { contactId: fields.contact({ required: true, helpText: 'The contact whose notes are listed.' }) },
  result: 'notes',
  // GHL sends the whole list in one answer, in no documented order.
  newestFirst: 'dateAdded',
  sample: noteSample,
});
