import { defineTrigger } from '../../src/define';
import { userSample, withUserName } from '../../src/areas/users';

export default defineTrigger({
  key: 'list_users_by_location',
  noun: 'User',
  label: 'New User in Location',
  description: 'Triggers when a user is added to the location.',
  // GHL marks this endpoint deprecated in favour of /users/search, which needs the company id;
  // this one needs only the location and answers every user at once.
  endpoint: 'GET /users/',
  scopes: ['users.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: (data) => (Array.isArray(data?.users) ? data.users.map(withUserName) : []),
  sample: userSample,
});
