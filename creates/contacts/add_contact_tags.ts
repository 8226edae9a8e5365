import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'add_contact_tags',
  noun: 'Tag',
  label: 'Add Tags to Contact',
  description: 'Adds tags to a contact, creating tags that do not exist yet.',
  endpoint: 'POST /contacts/{contactId}/tags',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    tags: fields.list('Tags', { required: true, helpText: 'One tag per line. Tags new to the location are created.' }),
  },
  body: ({ tags }) => ({ tags }),
  result: (data, { contactId }) => ({ contactId, tags: data.tags ?? [] }),
  sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', tags: ['vip', 'webinar'] },
});
