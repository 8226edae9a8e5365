import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { contactListSample, contactOutput, contactFilterFields, pollContacts } from '../../src/areas/contacts';
import { changeId, listOf } from '../../src/output';

export default defineTrigger({
  key: 'updated_contact',
  noun: 'Contact',
  label: 'Updated Contact',
  description: 'Triggers when a contact is added or changed.',
  endpoint: 'POST /contacts/search',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: {
    about: fields.about(
      'Each check sees the 100 most recently changed contacts. A contact changed twice between checks triggers once, with its latest data.',
    ),
    ...contactFilterFields,
  },
  perform: (ctx) => pollContacts(ctx, 'dateUpdated'),
  result: (data) => listOf(data, 'contacts').map((c) => ({ ...contactOutput(c), id: changeId(c.id, c.dateUpdated ?? c.dateAdded) })),
  sample: { ...contactListSample, id: 'ocQHyuzHvysMo5N5VsXc:2026-03-02T09:10:00.000Z', contactId: 'ocQHyuzHvysMo5N5VsXc' },
});
