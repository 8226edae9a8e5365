import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

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
];
