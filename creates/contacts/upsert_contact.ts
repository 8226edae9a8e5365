import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { contactBody, contactFields, contactSample } from '../../src/areas/contacts';

export default defineCreate({
  key: 'upsert_contact',
  noun: 'Contact',
  label: 'Create or Update Contact',
  description: 'Updates the contact matching an email or phone, or creates one.',
  endpoint: 'POST /contacts/upsert',
  scopes: ['contacts.write'],
  customFieldsModel: 'contact',
  input: {
    ...contactFields,
    tags: fields.list('Tags', {
      helpText:
        "One tag per line. GHL's docs say that on an existing contact these replace all of its tags; to only add tags, use Add Tags to Contact.",
    }),
    createNewIfDuplicateAllowed: fields.boolean('Create New if Duplicates Allowed', {
      helpText: 'Yes creates a new contact instead of updating a match, when the location allows duplicate contacts.',
    }),
  },
  body: ({ createNewIfDuplicateAllowed, ...input }, ctx) => ({
    ...contactBody(input, ctx),
    ...(createNewIfDuplicateAllowed === undefined ? {} : { createNewIfDuplicateAllowed }),
  }),
  // GHL answers { new, contact, traceId }: the contact plus whether it was just created.
  result: (data) => ({ ...(data?.contact ?? {}), new: Boolean(data?.new) }),
  sample: { ...contactSample, new: true },
});
