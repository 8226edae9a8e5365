import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { contactListSample, withContactName } from '../../src/areas/contacts';

export default defineTrigger({
  key: 'contacts_by_business',
  noun: 'Contact',
  label: 'New Contact in Business',
  description: 'Triggers when a contact is linked to the chosen business.',
  endpoint: 'GET /contacts/business/{businessId}',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: {
    businessId: fields.id('Business', {
      required: true,
      dynamic: 'list_businesses.id.name',
      helpText: 'Choose a business, or map a business ID from an earlier step.',
    }),
    query: fields.string('Search Text', { helpText: 'Only contacts whose name, email or phone matches this text.' }),
  },
  query: ({ query }, ctx) => ({ locationId: ctx.locationId(), query }),
  paging: { style: 'skip' },
  result: (data) => ((data?.contacts ?? []) as Record<string, unknown>[]).map(withContactName),
  // GHL does not document an order for this list.
  newestFirst: 'dateAdded',
  sample: contactListSample,
});
