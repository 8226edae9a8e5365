import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'delete_user',
  noun: 'User',
  label: 'Delete User',
  description: 'Deletes a user (within a few minutes).',
  endpoint: 'DELETE /users/{userId}',
  scopes: ['users.write'],
  access: 'any',
  input: { userId: fields.user({ required: true }) },
  // GHL answers {succeded (sic), message}.
  result: (data, { userId }) => ({ id: userId, deleted: data?.succeded === true, message: data?.message ?? '' }),
  sample: {
    id: 'y0BeYjuRIlDwsDcOHOJo',
    deleted: true,
    message: 'Queued deleting user with e-mail maya@example.com and name Maya Patel. Will take effect in a few minutes.',
  },
});
