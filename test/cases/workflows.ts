import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

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
];
