import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { contactListSample, withContactName } from '../../src/areas/contacts';
import { changeId, contactFilters, listOf } from '../../src/areas/changes';

export default defineTrigger({
  key: 'updated_contact',
  noun: 'Contact',
  label: 'Updated Contact',
  description:
    'Triggers each time a contact is changed (and when one is added). It sees the 100 most recently updated contacts at each check; a contact changed twice between checks triggers once, with its latest data.',
  endpoint: 'POST /contacts/search',
  scopes: ['contacts.readonly'],
  input: {
    tag: fields.string('Tag', { helpText: 'Only contacts with this tag.' }),
    assignedTo: fields.user({ label: 'Assigned User', helpText: 'Only contacts assigned to this user.' }),
  },
  // Same undocumented search body as new_contact, sorted by the update time instead.
  // A search is a read although it is a POST: a GHL server error is retried later (write: false).
  perform: async (ctx) => {
    const body = {
      locationId: ctx.locationId(),
      page: 1,
      pageLimit: 100,
      ...contactFilters(ctx.input),
      sort: [{ field: 'dateUpdated', direction: 'desc' }],
    };
    const res = await ctx.request({ method: 'POST', path: '/contacts/search', body, ghl: { write: false } });
    return res.data;
  },
  // One Zap run per change: the id combines the contact and its update time; contactId is the contact.
  result: (data) =>
    listOf(data, 'contacts').map((c) => ({
      ...withContactName(c),
      id: changeId(c.id, c.dateUpdated ?? c.dateAdded),
      contactId: c.id,
    })),
  sample: { ...contactListSample, id: 'ocQHyuzHvysMo5N5VsXc:2026-03-02T09:10:00.000Z', contactId: 'ocQHyuzHvysMo5N5VsXc' },
});
