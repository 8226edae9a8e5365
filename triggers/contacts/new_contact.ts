import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { contactListSample, withContactName } from '../../src/areas/contacts';
import { contactFilters, listOf } from '../../src/areas/changes';

export default defineTrigger({
  key: 'new_contact',
  noun: 'Contact',
  label: 'New Contact',
  description: 'Triggers when a contact is added to the location.',
  endpoint: 'POST /contacts/search',
  scopes: ['contacts.readonly'],
  input: {
    tag: fields.string('Tag', { helpText: 'Only contacts with this tag.' }),
    assignedTo: fields.user({ label: 'Assigned User', helpText: 'Only contacts assigned to this user.' }),
  },
  // One request per poll: the 100 newest contacts, sorted by GHL. The search body is not in GHL's
  // spec (SearchBodyV2DTO is empty); it follows GHL's contact-search guide, as search_contacts does.
  // A search is a read although it is a POST: a GHL server error is retried later (write: false).
  perform: async (ctx) => {
    const body = {
      locationId: ctx.locationId(),
      page: 1,
      pageLimit: 100,
      ...contactFilters(ctx.input),
      sort: [{ field: 'dateAdded', direction: 'desc' }],
    };
    const res = await ctx.request({ method: 'POST', path: '/contacts/search', body, ghl: { write: false } });
    return res.data;
  },
  result: (data) => listOf(data, 'contacts').map(withContactName),
  sample: contactListSample,
});
