import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'remove_contact_followers',
  noun: 'Follower',
  label: 'Remove Followers from Contact',
  description: 'Removes users from the followers of a contact.',
  endpoint: 'DELETE /contacts/{contactId}/followers',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    followers: fields.users({ label: 'Followers', required: true, helpText: 'Users to stop following the contact.' }),
  },
  // A DELETE with a JSON body, as the spec requires.
  body: ({ followers }) => ({ followers }),
  result: (data, { contactId }) => ({ contactId, followers: data?.followers ?? [], followersRemoved: data?.followersRemoved ?? [] }),
  sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', followers: ['y0BeYjuRIlDwsDcOHOJo'], followersRemoved: ['Mx6wyHhbFdRXh302Luer'] },
});
