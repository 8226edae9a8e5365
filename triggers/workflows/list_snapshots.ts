import { defineTrigger } from '../../src/define';
import { snapshotSample } from '../../src/areas/workflows';

export default defineTrigger({
  key: 'list_snapshots',
  noun: 'Snapshot',
  label: 'New Snapshot (Agency)',
  description: 'Triggers when a snapshot is added to the agency.',
  endpoint: 'GET /snapshots/',
  // The spec declares no scope for this endpoint; GHL's scope list gives snapshots.readonly.
  scopes: ['snapshots.readonly'],
  access: 'agency',
  // Agency OAuth connections always carry their company id.
  query: (_input, ctx) => ({ companyId: ctx.bundle.authData?.companyId }),
  result: 'snapshots',
  sample: snapshotSample,
});
