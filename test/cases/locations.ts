import type { OperationCase } from '../helpers';
import { COMPANY_ID, LOCATION_ID, OAUTH_AUTH } from '../helpers';

const AGENCY = {
  oauth: { ...OAUTH_AUTH, userType: 'Company', locationId: '' },
  // An agency-level Private Integration Token: a Company ID and no Location ID.
  token: { apiKey: 'pit-agency-token-for-tests', companyId: COMPANY_ID },
};
const loc1 = { id: 'loc1', name: 'Knight Dental', companyId: COMPANY_ID, dateAdded: '2026-01-15T10:00:00.000Z' };
const loc2 = { id: 'loc2', name: 'Knight Ortho', companyId: COMPANY_ID, dateAdded: '2026-02-15T10:00:00.000Z' };

export const locationCases: OperationCase[] = [
  {
    key: 'search_locations',
    input: { companyId: 'cmp9', email: 'desk@knightdental.example.com' },
    request: {
      method: 'GET',
      path: '/locations/search',
      query: { companyId: 'cmp9', email: 'desk@knightdental.example.com', order: 'desc', limit: '100', skip: '0' },
    },
    reply: { locations: [loc2, loc1] },
    expected: [loc2, loc1],
    bad: { input: { email: 'desk' }, error: /"Email" \(email\) must be an email address/ },
  },
  {
    key: 'search_locations',
    title: "agency connection: the connection's company",
    authData: AGENCY,
    input: {},
    request: { method: 'GET', path: '/locations/search', query: { companyId: COMPANY_ID, order: 'desc', limit: '100', skip: '0' } },
    reply: { locations: [loc2] },
    expected: [loc2],
    bad: { input: { companyId: '..' }, error: /"Company \(Agency\) ID" \(companyId\) is not a valid id/ },
  },
  {
    key: 'search_locations',
    title: "token: the company id looked up from the token's location",
    input: {},
    apps: ['token'],
    before: [
      { request: { method: 'GET', path: `/locations/${LOCATION_ID}` }, reply: { location: { id: LOCATION_ID, companyId: COMPANY_ID } } },
    ],
    request: { method: 'GET', path: '/locations/search', query: { companyId: COMPANY_ID, order: 'desc', limit: '100', skip: '0' } },
    reply: { locations: [loc2] },
    expected: [loc2],
    bad: { input: { email: 'desk' }, error: /"Email" \(email\) must be an email address/ },
  },
  {
    key: 'get_location',
    input: { locationId: 'loc1' },
    request: { method: 'GET', path: '/locations/loc1' },
    reply: { location: loc1 },
    expected: [loc1],
    bad: { input: { locationId: '..' }, error: /"Location" \(locationId\) is not a valid id/ },
  },
  {
    key: 'get_location',
    title: "the connection's own location",
    input: {},
    request: { method: 'GET', path: `/locations/${LOCATION_ID}` },
    reply: { location: loc1 },
    expected: [loc1],
    bad: { input: { locationId: 'a\u0007b' }, error: /"Location" \(locationId\) must not contain control characters/ },
  },
  {
    key: 'create_location',
    authData: AGENCY,
    input: {
      name: 'Knight Ortho',
      phone: '+1 (415) 555-0100',
      country: 'US',
      timezone: 'America/Chicago',
      prospectFirstName: 'Rosie',
      prospectLastName: 'Knight',
      prospectEmail: 'rosie@example.com',
    },
    request: {
      method: 'POST',
      path: '/locations/',
      body: {
        name: 'Knight Ortho',
        phone: '+14155550100',
        country: 'US',
        timezone: 'America/Chicago',
        companyId: COMPANY_ID,
        prospectInfo: { firstName: 'Rosie', lastName: 'Knight', email: 'rosie@example.com' },
      },
    },
    reply: loc2,
    expected: loc2,
    bad: { input: { phone: '+1' }, error: /"Name" \(name\) is required; "Phone" \(phone\) must be a phone number/ },
  },
  {
    key: 'create_location',
    title: 'no prospect; a partial prospect is refused (GHL needs first name, last name and email together)',
    authData: AGENCY,
    input: { name: 'Knight Ortho' },
    request: { method: 'POST', path: '/locations/', body: { name: 'Knight Ortho', companyId: COMPANY_ID } },
    reply: loc2,
    expected: loc2,
    bad: {
      input: { name: 'Knight Ortho', prospectFirstName: 'Rosie', prospectEmail: 'rosie@example.com' },
      error: /"Prospect Last Name" \(prospectLastName\) is required with the other prospect fields: give all three, or none/,
    },
  },
];

export const customFieldCases: OperationCase[] = [
  {
    key: 'list_custom_fields',
    input: { model: 'Contacts' },
    request: { method: 'GET', path: `/locations/${LOCATION_ID}/customFields`, query: { model: 'contact' } },
    reply: { customFields: [{ id: 'cf1', name: 'Pet Name', fieldKey: 'contact.pet_name', model: 'contact' }] },
    expected: [{ id: 'cf1', name: 'Pet Name', fieldKey: 'contact.pet_name', model: 'contact' }],
    bad: { input: { model: 'invoice' }, error: /"Applies To" \(model\) must be one of: contact, opportunity, all/ },
  },
];

const company = { id: 'cmp1', name: 'Knight Marketing Agency', locationCount: 12 };

export const companyCases: OperationCase[] = [
  {
    key: 'get_company',
    authData: AGENCY,
    input: { companyId: 'cmp1' },
    request: { method: 'GET', path: '/companies/cmp1' },
    reply: { company },
    expected: [company],
    bad: { input: { companyId: '..' }, error: /"Company \(Agency\) ID" \(companyId\) is not a valid id/ },
  },
  {
    key: 'get_company',
    title: "the connection's own agency",
    authData: AGENCY,
    input: {},
    request: { method: 'GET', path: `/companies/${COMPANY_ID}` },
    reply: { company: { ...company, id: COMPANY_ID } },
    expected: [{ ...company, id: COMPANY_ID }],
    bad: { input: { companyId: 'a\u0000b' }, error: /"Company \(Agency\) ID" \(companyId\) must not contain control characters/ },
  },
];
