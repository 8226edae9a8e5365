import { defineTrigger } from '../../src/define';
import { compact, fields } from '../../src/fields';
import { DEFAULT_PAGE_SIZE } from '../../src/paging';
import { contactListSample, withContactName, contactFilters } from '../../src/areas/contacts';

export default defineTrigger({
  key: 'search_contacts',
  noun: 'Contact',
  label: 'Search Contacts',
  description: 'Lists the contacts of the location, newest first, for the contact dropdowns.',
  // New Contact (new_contact) is the visible trigger for the same event; this key stays for existing Zaps.
  hidden: true,
  endpoint: 'POST /contacts/search',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: {
    query: fields.string('Search Text', { helpText: 'Matches name, email, phone and company, like the search box in GHL.' }),
    tag: fields.string('Tag', { helpText: 'Only contacts with this tag.' }),
    assignedTo: fields.user({ label: 'Assigned User', helpText: 'Only contacts assigned to this user.' }),
  },
  // GHL's spec leaves this body and answer undocumented (SearchBodyV2DTO is empty); the shape
  // follows GHL's contact-search guide: paging, filters and sort all go in the JSON body, and the
  // answer is { contacts, total }. The shared paging would put page/pageLimit in the query, so
  // `paging` here only enables "load more" and this perform puts the page in the body.
  paging: { style: 'page', pageParam: 'page', limitParam: 'pageLimit' },
  perform: async (ctx) => {
    const { query, tag, assignedTo } = ctx.input;
    const page = Number(ctx.bundle.meta?.page ?? 0) || 0;
    // No `filters: []` when nothing filters: the guide never shows an empty list.
    const body = compact({
      locationId: ctx.locationId(),
      pageLimit: DEFAULT_PAGE_SIZE,
      page: page + 1,
      query,
      ...contactFilters({ tag, assignedTo }),
      sort: [{ field: 'dateAdded', direction: 'desc' }],
    });
    // A POST that only reads: a 5xx is retried like any read.
    const res = await ctx.request({ method: 'POST', path: '/contacts/search', body, ghl: { write: false } });
    return res.data;
  },
  // Every item gets a `name` for the contact dropdown (GHL sends contactName/firstName/lastName).
  result: (data) => ((data?.contacts ?? []) as Record<string, unknown>[]).map(withContactName),
  // The contact dropdown needs only the id and name: the tag list stays out of this sample.
  sample: { ...contactListSample, tags: undefined },
});
