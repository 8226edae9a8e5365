import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { noteSample } from '../../src/areas/contacts';
import { listOf } from '../../src/output';

export default defineTrigger({
  key: 'new_note',
  noun: 'Note',
  label: 'New Note',
  description: 'Triggers when a note is added to the chosen contact.',
  endpoint: 'GET /contacts/{contactId}/notes',
  scopes: ['contacts.readonly'],
  input: {
    contactId: fields.contact({
      required: true,
      helpText: "The contact whose new notes trigger the Zap. Notes are listed per contact, so the trigger sees this contact's notes only.",
    }),
  },
  result: (data, { contactId }) => listOf(data, 'notes').map((n) => ({ contactId, ...n })),
  // GHL sends all of the contact's notes in one answer, without a documented order.
  newestFirst: 'dateAdded',
  sample: noteSample,
});
