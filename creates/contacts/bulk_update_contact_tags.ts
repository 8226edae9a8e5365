import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { succeeded } from '../../src/areas/contacts';

export default defineCreate({
  key: 'bulk_update_contact_tags',
  noun: 'Tag',
  label: 'Add or Remove Tags on Many Contacts',
  description: 'Adds tags to, or removes tags from, several contacts at once.',
  // The spec does not declare {type} (nor a scope: contacts.write is assumed); it is "add" or
  // "remove". The user picks it as `action`, a fixed choice, so a perform fills the segment.
  endpoint: 'POST /contacts/bulk/tags/update/{type}',
  scopes: ['contacts.write'],
  input: {
    action: fields.choice(
      'Action',
      { add: 'Add tags', remove: 'Remove tags' },
      { required: true, helpText: 'Add the tags to the contacts, or remove them.' },
    ),
    contacts: fields.ids('Contacts', {
      required: true,
      dynamic: 'search_contacts.id.name',
      helpText: 'One contact ID per line.',
    }),
    tags: fields.list('Tags', { helpText: 'One tag per line. Required unless Remove All Tags is Yes.' }),
    removeAllTags: fields.boolean('Remove All Tags', {
      helpText: 'Only with the Remove action: Yes removes every tag from these contacts.',
    }),
  },
  perform: async (ctx) => {
    const { action, contacts, tags, removeAllTags } = ctx.input;
    if (removeAllTags && action !== 'remove') {
      throw new ctx.z.errors.Error(
        'Add or Remove Tags on Many Contacts: "Remove All Tags" (removeAllTags) works only with the Remove action.',
        'InvalidInput',
        400,
      );
    }
    if (!tags?.length && !removeAllTags) {
      throw new ctx.z.errors.Error('Add or Remove Tags on Many Contacts: "Tags" (tags) is required.', 'InvalidInput', 400);
    }
    const res = await ctx.request({
      method: 'POST',
      path: ctx.path('/contacts/bulk/tags/update/{type}', { type: action }),
      body: {
        contacts,
        tags: tags ?? [],
        locationId: ctx.locationId(),
        ...(removeAllTags === undefined ? {} : { removeAllTags }),
      },
    });
    return res.data;
  },
  // GHL answers { succeded (sic), errorCount, responses }, one response per contact.
  result: (data) => ({ success: succeeded(data), errorCount: data?.errorCount ?? 0, responses: data?.responses ?? [] }),
  sample: {
    success: true,
    errorCount: 0,
    responses: [{ contactId: 'ocQHyuzHvysMo5N5VsXc', message: 'Tags updated', type: 'success' }],
  },
});
