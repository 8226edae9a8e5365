import { defineTrigger } from '../../src/define';
import { alt, dropdownLabel, estimateOutput, estimateSample } from '../../src/areas/invoices';
import { listOf } from '../../src/output';

export default defineTrigger({
  key: 'list_estimates',
  noun: 'Estimate',
  label: 'List Estimates',
  description: 'Lists estimates for the estimate dropdowns.',
  endpoint: 'GET /invoices/estimate/list',
  scopes: ['invoices/estimate.readonly'],
  hidden: true,
  query: (_input, ctx) => alt(ctx),
  result: (data) =>
    listOf(data, 'estimates')
      .map(estimateOutput)
      .map((est) => ({ ...est, label: dropdownLabel(est, est.estimateNumber) })),
  // GHL documents no order for this list; the page is put newest first here.
  newestFirst: 'createdAt',
  paging: { style: 'offset', size: 100 },
  // A hidden step's sample needs only what the dropdown reads: every object here is copied per call.
  sample: { id: estimateSample.id, label: '#1007 · Invisalign treatment plan · Rosie Knight · 3200 USD' },
});
