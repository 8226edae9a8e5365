import { defineTrigger } from '../../src/define';
import { lostReasonSample } from '../../src/areas/opportunities';

export default defineTrigger({
  key: 'list_lost_reasons',
  noun: 'Lost Reason',
  label: 'Lost Reasons',
  description: "Lists the location's lost reasons for the lost reason dropdowns.",
  hidden: true,
  endpoint: 'GET /opportunities/lost-reason',
  scopes: ['opportunities.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: 'lostReasons',
  paging: { style: 'skip' },
  sample: lostReasonSample,
});
