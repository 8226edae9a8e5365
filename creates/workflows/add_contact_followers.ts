import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { followersField } from '../../src/areas/workflows';

export default defineCreate({
  key: 'add_contact_followers',
  noun: 'Follower',
  label: 'Add Followers to Contact',
  description: 'Adds users as followers of a contact.',
  endpoint: 'POST /contacts/{contactId}/followers',
  scopes: ['contacts.write'],
  input: { contactId: fields.contact({ required: true }), followers: followersField },
  body: ({ followers }) => ({ followers }),
  result: (data, { contactId }) => ({ contactId, followers: data?.followers ?? [], followersAdded: data?.followersAdded ?? [] }),
  sample: {
    contactId: 'ocQHyuzHvysMo5N5VsXc',
    followers: ['y0BeYjuRIlDwsDcOHOJo', 'Mx6wyHhbFdRXh302Luer'],
    followersAdded: ['Mx6wyHhbFdRXh302Luer'],
  },
});
