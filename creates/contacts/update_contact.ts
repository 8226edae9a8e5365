import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { contactBody, contactSample, contactUpdateFields } from '../../src/areas/contacts';

export default defineCreate({
  key: 'update_contact',
  noun: 'Contact',
  label: 'Update Contact',
  description: 'Updates a contact; fields left empty keep their value.',
  endpoint: 'PUT /contacts/{contactId}',
  scopes: ['contacts.write'],
  customFieldsModel: 'contact',
  input: { contactId: fields.contact({ required: true }), ...contactUpdateFields },
  // GHL's update body has no locationId; `tags` here overwrites every tag of the contact.
  body: ({ contactId: _contactId, ...input }) => contactBody(input, undefined, false),
  // GHL answers { succeded (sic), contact }.
  result: 'contact',
  sample: contactSample,
});
