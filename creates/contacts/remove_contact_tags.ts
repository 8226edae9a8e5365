import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'remove_contact_tags',
  noun: 'Tag',
  label: 'Remove Tags from Contact',
  description: 'Removes tags from a contact.',
  // A DELETE that carries a JSON body { tags }.
  endpoint: 'DELETE /contacts/{contactId}/tags',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    tags: fields.list('Tags', { required: true, helpText: 'One tag per line. Tags the contact does not have are ignored.' }),
  },
  body: ({ tags }) => ({ tags }),
  // GHL answers { tags }.
  result: (data, { contactId }) => ({ contactId, tags: data?.tags ?? [] }),
  sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', tags: ['vip'] },
});
