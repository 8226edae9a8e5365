import { defineTrigger } from '../../src/define';
import { FORMS_PAGE_SIZE, surveySample } from '../../src/areas/forms';

export default defineTrigger({
  key: 'list_surveys',
  noun: 'Survey',
  label: 'Surveys',
  description: "Lists the location's surveys for the survey dropdowns.",
  hidden: true,
  endpoint: 'GET /surveys/',
  scopes: ['surveys.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: 'surveys',
  paging: { style: 'skip', size: FORMS_PAGE_SIZE },
  sample: surveySample,
});
