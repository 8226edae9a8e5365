import { defineInstantTrigger } from '../../src/instant';
import { userEventSample, userOutput } from '../../src/areas/users';

export default defineInstantTrigger({
  key: 'user_created_instant',
  noun: 'User',
  label: 'New User (Instant)',
  description: 'Triggers when a user is added to the location, instantly.',
  event: 'UserCreate',
  scopes: ['users.readonly'],
  output: userOutput,
  // Samples: the location's users, as New User in Location polls them.
  list: {
    endpoint: 'GET /users/',
    query: (_input, ctx) => ({ locationId: ctx.locationId() }),
    result: (data) => (Array.isArray(data?.users) ? data.users.map(userOutput) : []),
  },
  sample: userEventSample,
});
