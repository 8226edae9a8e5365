import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { contactSample } from '../../src/areas/contacts';

export default defineSearch({
  key: 'get_duplicate_contact',
  noun: 'Contact',
  label: 'Find Duplicate Contact',
  description: 'Finds the contact that an email or phone would duplicate.',
  endpoint: 'GET /contacts/search/duplicate',
  scopes: ['contacts.readonly'],
  customFieldsModel: 'contact',
  input: {
    email: fields.email('Email', {
      helpText: "An email address, e.g. jane@example.com. Matched by the location's duplicate-contact settings.",
    }),
    phone: fields.phone('Phone', { helpText: 'With country code, e.g. +15551234567.' }),
  },
  query: ({ email, phone }, ctx) => {
    if (!email && !phone) {
      throw new ctx.z.errors.Error('Find Duplicate Contact: give "Email" (email) or "Phone" (phone).', 'InvalidInput', 400);
    }
    // GHL calls the phone `number`; values must be URL-encoded (+ as %2B), which the query layer does.
    return { locationId: ctx.locationId(), email, number: phone };
  },
  // The spec documents no answer; GHL sends { contact: {...} }, or { contact: null } for no match.
  result: (data) => data?.contact ?? null,
  sample: contactSample,
});
