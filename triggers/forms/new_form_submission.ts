import { defineTrigger } from '../../src/define';
import { formField, formSubmissionSample, readSubmissions, submissionReach, submissionScopes } from '../../src/areas/forms';

export default defineTrigger({
  key: 'new_form_submission',
  noun: 'Form Submission',
  label: 'New Form Submission',
  description: 'Triggers when someone submits a form.',
  endpoint: 'GET /forms/submissions',
  scopes: submissionScopes('form'),
  input: { formId: formField(submissionReach('form')) },
  perform: (ctx) => readSubmissions(ctx, 'form', { formId: ctx.input.formId }),
  result: (data) => data,
  sample: formSubmissionSample,
});
