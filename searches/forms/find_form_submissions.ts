import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { formField, formSubmissionSample, readSubmissions, submissionScopes } from '../../src/areas/forms';

export default defineSearch({
  key: 'find_form_submissions',
  noun: 'Form Submission',
  label: 'Find Form Submissions',
  description: 'Finds form submissions by contact email or text.',
  endpoint: 'GET /forms/submissions',
  scopes: submissionScopes('form'),
  input: {
    email: fields.email('Contact Email', { helpText: "The contact's email address, e.g. jane@example.com. Wins over Search Text." }),
    q: fields.string('Search Text', { helpText: "A contact's name, phone number or contact ID, used when no email is given." }),
    formId: formField('Only submissions of this form. Leave empty for all forms.'),
    startAt: fields.datetime('Submitted From', {
      as: 'dateOnly',
      helpText: "The first day to search, e.g. 2026-03-01. Default (GHL's): the same day last month.",
    }),
    endAt: fields.datetime('Submitted Until', { as: 'dateOnly', helpText: 'The last day to search, e.g. 2026-03-31. Default: today.' }),
  },
  perform: async (ctx) => {
    const { email, q, formId, startAt, endAt } = ctx.input;
    if (!email && !q) {
      throw new ctx.z.errors.Error('Find Form Submissions: give "Contact Email" (email) or "Search Text" (q).', 'InvalidInput', 400);
    }
    // Up to 100 matches, newest first (GHL documents no order).
    return readSubmissions(ctx, 'form', { formId, q: email ?? q, startAt, endAt });
  },
  result: (data) => data,
  sample: formSubmissionSample,
});
