import type { OperationCase } from '../helpers';
import { COMPANY_ID, LOCATION_ID, OAUTH_AUTH } from '../helpers';

const older = { id: 'w1', name: 'Old nurture', status: 'draft', createdAt: '2026-01-01T00:00:00.000Z' };
const newer = { id: 'w2', name: 'New lead nurture', status: 'published', createdAt: '2026-03-01T00:00:00.000Z' };
const campaign = { id: 'cmp1', name: 'Spring reactivation', status: 'published', locationId: LOCATION_ID };

/** Operations without input: no bad-input row is possible (run by test/workflows.test.ts). */
export const workflowInputlessCases: Array<Omit<OperationCase, 'bad'>> = [
  {
    key: 'list_workflows',
    input: {},
    request: { method: 'GET', path: '/workflows/', query: { locationId: LOCATION_ID } },
    reply: { workflows: [older, newer] },
    expected: [newer, older],
  },
  {
    key: 'list_snapshots',
    input: {},
    apps: ['oauth'],
    authData: { oauth: { ...OAUTH_AUTH, userType: 'Company', locationId: '' } },
    request: { method: 'GET', path: '/snapshots/', query: { companyId: COMPANY_ID } },
    reply: { snapshots: [{ id: 'snap1', name: 'Dental clinic starter', type: 'own' }] },
    expected: [{ id: 'snap1', name: 'Dental clinic starter', type: 'own' }],
  },
];

export const workflowCases: OperationCase[] = [
  {
    key: 'list_campaigns',
    input: { status: 'published' },
    request: { method: 'GET', path: '/campaigns/', query: { locationId: LOCATION_ID, status: 'published' } },
    reply: { campaigns: [campaign] },
    expected: [campaign],
    bad: { input: { status: { any: 1 } }, error: /"Status" \(status\) must be text/ },
  },
  {
    key: 'add_contact_to_workflow',
    input: { contactId: 'c1', workflowId: 'wf-1', eventStartTime: '2026-03-05T15:00:00Z' },
    meta: { timezone: 'America/New_York' },
    request: { method: 'POST', path: '/contacts/c1/workflow/wf-1', body: { eventStartTime: '2026-03-05T10:00:00-05:00' } },
    reply: { succeded: true },
    expected: { contactId: 'c1', workflowId: 'wf-1', added: true },
    bad: { input: { contactId: 'c1' }, error: /"Workflow" \(workflowId\) is required/ },
  },
  {
    key: 'add_contact_to_workflow',
    title: 'no event time: empty body',
    input: { contactId: 'c1', workflowId: 'wf-1' },
    request: { method: 'POST', path: '/contacts/c1/workflow/wf-1', body: {} },
    reply: { succeded: true },
    expected: { contactId: 'c1', workflowId: 'wf-1', added: true },
    bad: {
      input: { contactId: 'c1', workflowId: 'wf-1', eventStartTime: 'soon' },
      error: /"Event Start Time" \(eventStartTime\) could not be read as a date/,
    },
  },
  {
    key: 'remove_contact_from_workflow',
    input: { contactId: 'c1', workflowId: 'wf-1' },
    request: { method: 'DELETE', path: '/contacts/c1/workflow/wf-1', body: {} },
    reply: { succeded: true },
    expected: { contactId: 'c1', workflowId: 'wf-1', removed: true },
    bad: { input: { workflowId: 'wf-1' }, error: /"Contact" \(contactId\) is required/ },
  },
  {
    key: 'add_contact_followers',
    input: { contactId: 'c1', followers: 'u1, u2' },
    request: { method: 'POST', path: '/contacts/c1/followers', body: { followers: ['u1', 'u2'] } },
    status: 201,
    reply: { followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] },
    expected: { contactId: 'c1', followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] },
    bad: { input: { contactId: 'c1' }, error: /"Followers" \(followers\) is required/ },
  },
  {
    key: 'remove_contact_followers',
    input: { contactId: 'c1', followers: ['u2'] },
    request: { method: 'DELETE', path: '/contacts/c1/followers', body: { followers: ['u2'] } },
    reply: { followers: ['u0', 'u1'], followersRemoved: ['u2'] },
    expected: { contactId: 'c1', followers: ['u0', 'u1'], followersRemoved: ['u2'] },
    bad: { input: { contactId: 'c1', followers: [] }, error: /"Followers" \(followers\) is required/ },
  },
  {
    key: 'bulk_update_contacts_business',
    input: { action: 'add', contactIds: 'c1, c2', businessId: 'b1' },
    request: { method: 'POST', path: '/contacts/bulk/business', body: { locationId: LOCATION_ID, ids: ['c1', 'c2'], businessId: 'b1' } },
    reply: { success: true, ids: ['c1', 'c2'] },
    expected: { success: true, action: 'add', businessId: 'b1', ids: ['c1', 'c2'] },
    bad: { input: { action: 'add', contactIds: ['c1'] }, error: /"Business" \(businessId\) is required to add contacts/ },
  },
  {
    key: 'bulk_update_contacts_business',
    title: 'remove sends businessId null',
    input: { action: 'remove', contactIds: ['c1'], businessId: 'b1' },
    request: { method: 'POST', path: '/contacts/bulk/business', body: { locationId: LOCATION_ID, ids: ['c1'], businessId: null } },
    reply: { success: true, ids: ['c1'] },
    expected: { success: true, action: 'remove', businessId: null, ids: ['c1'] },
    bad: { input: { action: 'remove' }, error: /"Contacts" \(contactIds\) is required/ },
  },
];
