import type { OperationCase } from '../helpers';
import { COMPANY_ID, LOCATION_ID, OAUTH_AUTH, TOKEN_AUTH } from '../helpers';

const maya = { id: 'u1', name: 'Maya Patel', firstName: 'Maya', lastName: 'Patel', email: 'maya@example.com' };
const sam = { id: 'u2', firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com' };
const samNamed = { ...sam, name: 'Sam Lee' };

/** An agency (company-level) OAuth connection: no location. */
const AGENCY_AUTH = { ...OAUTH_AUTH, userType: 'Company', locationId: '' };

/** Operations without input: no bad-input row is possible (run by test/users.test.ts). */
export const userInputlessCases: Array<Omit<OperationCase, 'bad'>> = [
  {
    key: 'list_users_by_location',
    input: {},
    request: { method: 'GET', path: '/users/', query: { locationId: LOCATION_ID } },
    reply: { users: [maya, sam] },
    expected: [maya, samNamed],
  },
];

const searchQuery = {
  companyId: COMPANY_ID,
  locationId: LOCATION_ID,
  query: 'maya',
  role: 'admin',
  sort: 'dateAdded',
  sortDirection: 'desc',
  limit: '25',
  skip: '0',
};

export const userCases: OperationCase[] = [
  {
    key: 'search_users',
    input: { query: 'maya', role: 'Admin' },
    apps: ['oauth'],
    request: { method: 'GET', path: '/users/search', query: searchQuery },
    reply: { users: [maya], count: 1 },
    expected: [maya],
    bad: { input: { role: 'owner' }, error: /"Role" \(role\) must be one of: admin, user/ },
  },
  {
    key: 'search_users',
    title: 'token: company id looked up from the location',
    input: { query: 'maya', role: 'admin' },
    apps: ['token'],
    before: [
      { request: { method: 'GET', path: `/locations/${LOCATION_ID}` }, reply: { location: { id: LOCATION_ID, companyId: COMPANY_ID } } },
    ],
    request: { method: 'GET', path: '/users/search', query: searchQuery },
    reply: { users: [sam], count: 1 },
    expected: [samNamed],
    bad: { input: { type: 'robot' }, error: /"User Type" \(type\) must be one of: account, agency/ },
  },
  {
    key: 'search_users',
    title: 'agency connection, dropdown page 2',
    input: {},
    apps: ['oauth'],
    authData: { oauth: AGENCY_AUTH },
    meta: { page: 1 },
    request: {
      method: 'GET',
      path: '/users/search',
      query: { companyId: COMPANY_ID, sort: 'dateAdded', sortDirection: 'desc', limit: '25', skip: '25' },
    },
    reply: { users: [maya], count: 26 },
    expected: [maya],
    bad: { input: { query: { x: 1 } }, error: /"Search Text" \(query\) must be text/ },
  },
  {
    key: 'filter_users_by_email',
    input: { emails: 'maya@example.com\nsam@example.com' },
    apps: ['oauth'],
    authData: { oauth: AGENCY_AUTH },
    request: {
      method: 'POST',
      path: '/users/search/filter-by-email',
      body: { companyId: COMPANY_ID, emails: 'maya@example.com,sam@example.com', projection: 'all' },
    },
    reply: { users: [maya, sam], count: 2 },
    expected: [maya, samNamed],
    bad: { input: {}, error: /"Emails" \(emails\) is required/ },
  },
  {
    key: 'get_user',
    input: { userId: 'u2' },
    request: { method: 'GET', path: '/users/u2' },
    reply: sam,
    expected: [samNamed],
    bad: { input: {}, error: /"User" \(userId\) is required/ },
  },
  {
    key: 'create_user',
    input: {
      firstName: 'Maya',
      lastName: 'Patel',
      email: 'maya@example.com',
      password: 'Example-Passw0rd',
      phone: '+1 415 555 0188',
      type: 'account',
      role: 'user',
      permissions: '{"contactsEnabled": true}',
    },
    authData: { token: { ...TOKEN_AUTH, companyId: COMPANY_ID } },
    request: {
      method: 'POST',
      path: '/users/',
      body: {
        companyId: COMPANY_ID,
        firstName: 'Maya',
        lastName: 'Patel',
        email: 'maya@example.com',
        password: 'Example-Passw0rd',
        phone: '+14155550188',
        type: 'account',
        role: 'user',
        permissions: { contactsEnabled: true },
        locationIds: [LOCATION_ID],
      },
    },
    status: 201,
    reply: maya,
    expected: maya,
    bad: {
      input: { firstName: 'Maya', lastName: 'Patel', email: 'maya@', password: 'x', type: 'account', role: 'user' },
      error: /"Email" \(email\) must be an email address/,
    },
  },
  {
    key: 'create_user',
    title: 'agency connection needs locations',
    input: {
      firstName: 'Sam',
      lastName: 'Lee',
      email: 'sam@example.com',
      password: 'Example-Passw0rd',
      type: 'account',
      role: 'admin',
      locationIds: 'l1, l2',
    },
    apps: ['oauth'],
    authData: { oauth: AGENCY_AUTH },
    request: {
      method: 'POST',
      path: '/users/',
      body: {
        companyId: COMPANY_ID,
        firstName: 'Sam',
        lastName: 'Lee',
        email: 'sam@example.com',
        password: 'Example-Passw0rd',
        type: 'account',
        role: 'admin',
        locationIds: ['l1', 'l2'],
      },
    },
    status: 201,
    reply: sam,
    expected: samNamed,
    bad: {
      input: { firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com', password: 'x', type: 'account', role: 'admin' },
      error: /"Locations" \(locationIds\) is required on an agency connection/,
    },
  },
  {
    key: 'update_user',
    input: { userId: 'u2', lastName: 'Lee-Park', role: 'admin', firstName: '' },
    request: { method: 'PUT', path: '/users/u2', body: { lastName: 'Lee-Park', role: 'admin' } },
    reply: { ...sam, lastName: 'Lee-Park', name: 'Sam Lee-Park' },
    expected: { ...sam, lastName: 'Lee-Park', name: 'Sam Lee-Park' },
    bad: { input: { lastName: 'x' }, error: /"User" \(userId\) is required/ },
  },
  {
    key: 'update_user',
    title: 'agency connection sends the company id',
    input: { userId: 'u2', locationIds: ['l1'] },
    apps: ['oauth'],
    authData: { oauth: AGENCY_AUTH },
    request: { method: 'PUT', path: '/users/u2', body: { companyId: COMPANY_ID, locationIds: ['l1'] } },
    reply: samNamed,
    expected: samNamed,
    bad: { input: { userId: 'u2', phone: 'call me' }, error: /"Phone" \(phone\) must be a phone number/ },
  },
  {
    key: 'delete_user',
    input: { userId: 'u2' },
    request: { method: 'DELETE', path: '/users/u2' },
    reply: { succeded: true, message: 'Queued deleting user with e-mail sam@example.com and name Sam Lee.' },
    expected: { id: 'u2', deleted: true, message: 'Queued deleting user with e-mail sam@example.com and name Sam Lee.' },
    bad: { input: {}, error: /"User" \(userId\) is required/ },
  },
];
