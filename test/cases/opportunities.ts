import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const opp = { id: 'o1', name: 'Knight Dental - whitening', status: 'open', monetaryValue: 1500, pipelineId: 'p1' };

const pipelines = [
  {
    id: 'p1',
    name: 'Sales',
    stages: [
      { id: 's1', name: 'New lead', position: 0 },
      { id: 's2', name: 'Proposal sent', position: 1 },
    ],
  },
  { id: 'p2', name: 'Renewals', stages: [{ id: 's9', name: 'Due', position: 0 }] },
];

/** Operations without input: no bad-input row is possible (run by test/opportunities.test.ts). */
export const opportunityInputlessCases: Array<Omit<OperationCase, 'bad'>> = [
  {
    key: 'list_pipelines',
    input: {},
    request: { method: 'GET', path: '/opportunities/pipelines', query: { locationId: LOCATION_ID } },
    reply: { pipelines },
    expected: pipelines,
  },
];

export const opportunityCases: OperationCase[] = [
  {
    key: 'pipeline_stages',
    input: { pipelineId: 'p1' },
    request: { method: 'GET', path: '/opportunities/pipelines', query: { locationId: LOCATION_ID } },
    reply: { pipelines },
    expected: [
      { id: 's1', name: 'New lead', position: 0, pipelineId: 'p1', pipelineName: 'Sales' },
      { id: 's2', name: 'Proposal sent', position: 1, pipelineId: 'p1', pipelineName: 'Sales' },
    ],
    bad: { input: { pipelineId: '..' }, error: /"Pipeline" \(pipelineId\) is not a valid id/ },
  },
  {
    key: 'pipeline_stages',
    title: 'no pipeline chosen yet',
    input: {},
    request: { method: 'GET', path: '/opportunities/pipelines', query: { locationId: LOCATION_ID } },
    reply: { pipelines },
    expected: [
      { id: 's1', name: 'Sales › New lead', position: 0, pipelineId: 'p1', pipelineName: 'Sales' },
      { id: 's2', name: 'Sales › Proposal sent', position: 1, pipelineId: 'p1', pipelineName: 'Sales' },
      { id: 's9', name: 'Renewals › Due', position: 0, pipelineId: 'p2', pipelineName: 'Renewals' },
    ],
    bad: { input: { pipelineId: '..' }, error: /"Pipeline" \(pipelineId\) is not a valid id/ },
  },
  {
    key: 'search_opportunities',
    input: { pipelineId: 'p1', pipelineStageId: 's1', status: 'Won', assignedTo: 'u1', contactId: 'c1', q: 'knight' },
    request: {
      method: 'GET',
      path: '/opportunities/search',
      query: {
        location_id: LOCATION_ID,
        pipeline_id: 'p1',
        pipeline_stage_id: 's1',
        status: 'won',
        assigned_to: 'u1',
        contact_id: 'c1',
        q: 'knight',
        order: 'added_desc',
        limit: '100',
        page: '1',
      },
    },
    reply: {
      opportunities: [
        { id: 'o0', name: 'Older', createdAt: '2026-01-01T00:00:00.000Z' },
        { id: 'o1', name: 'Newer', createdAt: '2026-03-01T00:00:00.000Z' },
      ],
      meta: { total: 2, currentPage: 1 },
    },
    expected: [
      { id: 'o1', name: 'Newer', createdAt: '2026-03-01T00:00:00.000Z' },
      { id: 'o0', name: 'Older', createdAt: '2026-01-01T00:00:00.000Z' },
    ],
    bad: { input: { status: 'closed' }, error: /"Status" \(status\) must be one of: open, won, lost, abandoned, all/ },
  },
  {
    key: 'search_opportunities',
    title: 'dropdown page 2',
    input: {},
    meta: { page: 1 },
    request: {
      method: 'GET',
      path: '/opportunities/search',
      query: { location_id: LOCATION_ID, order: 'added_desc', limit: '100', page: '2' },
    },
    reply: { opportunities: [opp] },
    expected: [opp],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  {
    key: 'get_opportunity',
    input: { opportunityId: 'o1' },
    request: { method: 'GET', path: '/opportunities/o1' },
    reply: { opportunity: opp },
    expected: [opp],
    bad: { input: {}, error: /"Opportunity" \(opportunityId\) is required/ },
  },
  {
    key: 'create_opportunity',
    input: {
      contactId: 'c1',
      pipelineId: 'p1',
      pipelineStageId: 's1',
      name: ' Knight Dental - whitening ',
      status: 'open',
      monetaryValue: '1,500',
      assignedTo: 'u1',
      customFields: { MgobCB14YMVKuE4Ka8p1: 'Q3', 'opportunity.budget': '2000' },
    },
    request: {
      method: 'POST',
      path: '/opportunities/',
      body: {
        locationId: LOCATION_ID,
        pipelineId: 'p1',
        pipelineStageId: 's1',
        name: 'Knight Dental - whitening',
        status: 'open',
        contactId: 'c1',
        monetaryValue: 1500,
        assignedTo: 'u1',
        customFields: [
          { id: 'MgobCB14YMVKuE4Ka8p1', field_value: 'Q3' },
          { key: 'opportunity.budget', field_value: '2000' },
        ],
      },
    },
    status: 201,
    reply: { opportunity: opp },
    expected: opp,
    bad: {
      input: { contactId: 'c1', pipelineId: 'p1', name: 'x', status: 'open', monetaryValue: 'lots' },
      error: /"Monetary Value" \(monetaryValue\) must be a number/,
    },
  },
  {
    key: 'update_opportunity',
    input: { opportunityId: 'o1', pipelineStageId: 's2', monetaryValue: 2000, name: '' },
    request: { method: 'PUT', path: '/opportunities/o1', body: { pipelineStageId: 's2', monetaryValue: 2000 } },
    reply: { opportunity: { ...opp, pipelineStageId: 's2', monetaryValue: 2000 } },
    expected: { ...opp, pipelineStageId: 's2', monetaryValue: 2000 },
    bad: { input: { monetaryValue: 5 }, error: /"Opportunity" \(opportunityId\) is required/ },
  },
  {
    key: 'delete_opportunity',
    input: { opportunityId: 'o1' },
    request: { method: 'DELETE', path: '/opportunities/o1' },
    reply: { succeded: true },
    expected: { id: 'o1', deleted: true },
    bad: { input: {}, error: /"Opportunity" \(opportunityId\) is required/ },
  },
  {
    key: 'update_opportunity_status',
    input: { opportunityId: 'o1', status: 'Lost', lostReasonId: 'lr1' },
    request: { method: 'PUT', path: '/opportunities/o1/status', body: { status: 'lost', lostReasonId: 'lr1' } },
    reply: { succeded: true },
    expected: { id: 'o1', status: 'lost', lostReasonId: 'lr1', updated: true },
    bad: { input: { opportunityId: 'o1' }, error: /"Status" \(status\) is required/ },
  },
  {
    key: 'upsert_opportunity',
    title: 'an opportunity chosen: the upsert updates it',
    input: { pipelineId: 'p1', id: 'o1', name: 'Knight Dental - whitening', status: 'open', monetaryValue: '1500', followers: 'u1, u2' },
    request: {
      method: 'POST',
      path: '/opportunities/upsert',
      body: {
        id: 'o1',
        locationId: LOCATION_ID,
        pipelineId: 'p1',
        name: 'Knight Dental - whitening',
        status: 'open',
        monetaryValue: 1500,
        followers: ['u1', 'u2'],
        isRemoveAllFollowers: false,
        followersActionType: 'add',
      },
    },
    reply: { opportunity: opp, new: false },
    expected: { ...opp, new: false },
    bad: { input: { name: 'x' }, error: /"Pipeline" \(pipelineId\) is required/ },
  },
  {
    key: 'upsert_opportunity',
    title: 'none chosen: created for the contact (POST /opportunities/ requires one)',
    input: { pipelineId: 'p1', contactId: 'c1', name: 'Knight Dental - whitening', monetaryValue: '1500' },
    request: {
      method: 'POST',
      path: '/opportunities/',
      body: {
        locationId: LOCATION_ID,
        pipelineId: 'p1',
        name: 'Knight Dental - whitening',
        monetaryValue: 1500,
        status: 'open',
        contactId: 'c1',
      },
    },
    status: 201,
    reply: { opportunity: opp },
    expected: { ...opp, new: true },
    bad: {
      input: { pipelineId: 'p1', name: 'Knight Dental - whitening' },
      error: /to create an opportunity give "Contact" \(contactId\), or choose the "Opportunity" \(id\) to update/,
    },
  },
  {
    key: 'upsert_opportunity',
    title: 'no followers given: none sent',
    input: { pipelineId: 'p1', id: 'o1', pipelineStageId: 's2' },
    request: {
      method: 'POST',
      path: '/opportunities/upsert',
      body: { locationId: LOCATION_ID, pipelineId: 'p1', id: 'o1', pipelineStageId: 's2' },
    },
    reply: { opportunity: { ...opp, pipelineStageId: 's2' }, new: false },
    expected: { ...opp, pipelineStageId: 's2', new: false },
    bad: {
      input: { pipelineId: 'p1', followersAction: 'swap' },
      error: /"Followers Action" \(followersAction\) must be one of: add, remove/,
    },
  },
  {
    key: 'add_opportunity_followers',
    input: { opportunityId: 'o1', followers: ['u1', 'u2'] },
    request: { method: 'POST', path: '/opportunities/o1/followers', body: { followers: ['u1', 'u2'] } },
    status: 201,
    reply: { followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] },
    expected: { opportunityId: 'o1', followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] },
    bad: { input: { opportunityId: 'o1' }, error: /"Followers" \(followers\) is required/ },
  },
  {
    key: 'remove_opportunity_followers',
    input: { opportunityId: 'o1', followers: ['u2'] },
    request: { method: 'DELETE', path: '/opportunities/o1/followers', body: { followers: ['u2'] } },
    reply: { followers: ['u0', 'u1'], followersRemoved: ['u2'] },
    expected: { opportunityId: 'o1', followers: ['u0', 'u1'], followersRemoved: ['u2'] },
    bad: { input: { opportunityId: 'o1' }, error: /"Followers" \(followers\) is required unless "Remove All Followers" is yes/ },
  },
  {
    key: 'remove_opportunity_followers',
    title: 'remove all',
    input: { opportunityId: 'o1', removeAll: 'yes' },
    request: { method: 'DELETE', path: '/opportunities/o1/followers', query: { isRemoveAllFollowers: 'true' }, body: { followers: [] } },
    reply: { followers: [], followersRemoved: ['u0', 'u1'] },
    expected: { opportunityId: 'o1', followers: [], followersRemoved: ['u0', 'u1'] },
    bad: { input: { opportunityId: 'o1', removeAll: 'maybe' }, error: /"Remove All Followers" \(removeAll\) must be yes or no/ },
  },
];
