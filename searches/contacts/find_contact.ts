import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { contactSample } from '../../src/areas/contacts';

export default defineSearch({
  key: 'find_contact',
  noun: 'Contact',
  label: 'Find Contact',
  description: 'Finds a contact by ID, email or phone.',
  // GHL has no single "find" endpoint: an ID is read with GET /contacts/{contactId}, an email or
  // phone goes to GET /contacts/search/duplicate (email wins when both are given, as in GHL).
  endpoint: 'GET /contacts/{contactId}',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: {
    contactId: fields.id('Contact', {
      dynamic: 'search_contacts.id.name',
      helpText: 'Choose a contact, or map a contact ID from an earlier step. With a contact given, Email and Phone are ignored.',
    }),
    email: fields.email('Email', { helpText: 'An email address, e.g. jane@example.com. Used when no contact is given; wins over Phone.' }),
    phone: fields.phone('Phone', { helpText: 'With country code, e.g. +15551234567. Used when neither a contact nor an email is given.' }),
  },
  perform: async (ctx) => {
    const { contactId, email, phone } = ctx.input;
    if (!contactId && !email && !phone) {
      throw new ctx.z.errors.Error('Find Contact: give "Contact" (contactId), "Email" (email) or "Phone" (phone).', 'InvalidInput', 400);
    }
    const res = contactId
      ? await ctx.request({ method: 'GET', path: ctx.path('/contacts/{contactId}'), ghl: { passThrough: [404] } })
      : await ctx.request({
          method: 'GET',
          path: '/contacts/search/duplicate',
          // `number`, not `phone`; the query layer encodes + and @ as GHL asks.
          query: { locationId: ctx.locationId(), email, number: email ? undefined : phone },
          ghl: { passThrough: [404] },
        });
    return res.status === 404 ? undefined : res.data;
  },
  // Both answers are { contact }; the duplicate lookup sends { contact: null } when nothing matches.
  result: (data) => data?.contact ?? null,
  sample: contactSample,
});
