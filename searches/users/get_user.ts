import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { userSample, withUserName } from '../../src/areas/users';

export default defineSearch({
  key: 'get_user',
  noun: 'User',
  label: 'Find User',
  description: 'Finds a user by their ID.',
  endpoint: 'GET /users/{userId}',
  scopes: ['users.readonly'],
  access: 'any',
  input: { userId: fields.user({ required: true }) },
  // The user is the whole answer, not wrapped in a key.
  result: (data) => withUserName(data ?? {}),
  sample: userSample,
});
