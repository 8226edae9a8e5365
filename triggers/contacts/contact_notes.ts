import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { noteSample } from '../../src/areas/contacts';

export default defineTrigger({
  key: 'contact_notes',
  noun: 'Note',
  label: 'Contact Notes',
  description: "Lists a contact's notes, newest first.",
  endpoint: 'GET /contacts/{contactId}/notes',
  scopes: ['contacts.readonly'],
  input: { contactId: fields.contact({ required: true }) },
  result: 'notes',
  // GHL sends the whole list in one answer, in no documented order.
  newestFirst: 'dateAdded',
  sample: noteSample,
});
