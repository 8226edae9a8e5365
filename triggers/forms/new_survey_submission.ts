import { defineTrigger } from '../../src/define';
import { readSubmissions, submissionReach, submissionScopes, surveyField, surveySubmissionSample } from '../../src/areas/forms';

export default defineTrigger({
  key: 'new_survey_submission',
  noun: 'Survey Submission',
  label: 'New Survey Submission',
  description: 'Triggers when someone submits a survey.',
  endpoint: 'GET /surveys/submissions',
  scopes: submissionScopes('survey'),
  input: { surveyId: surveyField(submissionReach('survey')) },
  perform: (ctx) => readSubmissions(ctx, 'survey', { surveyId: ctx.input.surveyId }),
  result: (data) => data,
  sample: surveySubmissionSample,
});
