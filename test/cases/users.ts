import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const maya = { id: 'u1', name: 'Maya Patel', firstName: 'Maya', lastName: 'Patel', email: 'maya@example.com' };

/** Operations without input: no bad-input row is possible (run by test/users.test.ts). */
export const userInputlessCases: Array<Omit<OperationCase, 'bad'>> = [
  {
    key: 'list_users_by_location',
    input: {},
    request: { method: 'GET', path: '/users/', query: { locationId: LOCATION_ID } },
    reply: { users: [maya, { id: 'u2', firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com' }] },
    expected: [maya, { id: 'u2', name: 'Sam Lee', firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com' }],
  },
];

export const userCases: OperationCase[] = [];
