import { defineTrigger } from '../../src/define';
import { FORMS_PAGE_SIZE, formSample } from '../../src/areas/forms';

export default defineTrigger({
  key: 'list_forms',
  noun: 'Form',
  label: 'Forms',
  description: "Lists the location's forms for the form dropdowns.",
  hidden: true,
  endpoint: 'GET /forms/',
  scopes: ['forms.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: 'forms',
  paging: { style: 'skip', size: FORMS_PAGE_SIZE },
  sample: formSample,
});
