import { createHash } from 'crypto';
import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const HEARD = 'Hq3kP9sT2vX8yZ1aB4cD';
const XRAY = 'Fx7mN2pQ9rS4tU6vW8yZ';
const customFieldsLookup = {
  request: { method: 'GET' as const, path: `/locations/${LOCATION_ID}/customFields`, query: { model: 'contact' } },
  reply: {
    customFields: [
      { id: HEARD, name: 'How did you hear about us?', model: 'contact', dataType: 'SINGLE_OPTIONS' },
      { id: XRAY, name: 'X-ray', model: 'contact', dataType: 'FILE_UPLOAD' },
    ],
  },
};

const xrayUrl = 'https://storage.example.com/forms/x-ray.pdf';
const submissionNew = {
  id: 's-new',
  contactId: 'co1',
  createdAt: '2026-03-02T10:00:00.000Z',
  formId: 'fo1',
  name: 'Jane Doe',
  email: 'jane@example.com',
  others: {
    email: 'jane@example.com',
    full_name: 'Jane Doe',
    [HEARD]: 'Google',
    [XRAY]: { 'c0ffee-1': { meta: { originalname: 'x-ray.pdf', mimetype: 'application/pdf' }, url: xrayUrl } },
    'Preferred Days': ['Monday', 'Friday'],
    eventData: { page: { url: 'https://knightdental.example.com/new-patients', title: 'New patients' }, source: 'Direct traffic' },
    fieldsOriSequance: ['full_name', 'email', HEARD, XRAY],
  },
};
const submissionOld = { id: 's-old', contactId: 'co2', createdAt: '2026-03-01T09:00:00.000Z', formId: 'fo1', name: 'Sam Lee', email: '' };

const newOutput = {
  id: 's-new',
  formId: 'fo1',
  contactId: 'co1',
  name: 'Jane Doe',
  email: 'jane@example.com',
  createdAt: '2026-03-02T10:00:00.000Z',
  pageUrl: 'https://knightdental.example.com/new-patients',
  pageTitle: 'New patients',
  answers: {
    full_name: 'Jane Doe',
    email: 'jane@example.com',
    how_did_you_hear_about_us: 'Google',
    x_ray: xrayUrl,
    preferred_days: 'Monday, Friday',
  },
  fileUrls: [xrayUrl],
};
const oldOutput = {
  id: 's-old',
  formId: 'fo1',
  contactId: 'co2',
  name: 'Sam Lee',
  email: '',
  createdAt: '2026-03-01T09:00:00.000Z',
  pageUrl: '',
  pageTitle: '',
  answers: {},
  fileUrls: [],
};

const surveySubmission = {
  id: 'sv-1',
  contactId: 'co3',
  createdAt: '2026-03-03T08:00:00.000Z',
  surveyId: 'su1',
  name: 'Ana Ruiz',
  email: 'ana@example.com',
  others: { rating: 9, comments: 'Great visit', eventData: { page: { url: 'https://knightdental.example.com/survey', title: 'Survey' } } },
};

const fileContent = 'PDF-1.7 sample x-ray';
const fileKey = `cfXray00000000015_${createHash('sha1').update(fileContent).digest('hex').slice(0, 24)}`;

export const formCases: OperationCase[] = [
  {
    key: 'list_forms',
    input: {},
    request: { method: 'GET', path: '/forms/', query: { locationId: LOCATION_ID, limit: '50', skip: '0' } },
    reply: { forms: [{ id: 'fo1', name: 'New patient form', locationId: LOCATION_ID }], total: 1 },
    expected: [{ id: 'fo1', name: 'New patient form', locationId: LOCATION_ID }],
  },
  {
    key: 'list_surveys',
    input: {},
    request: { method: 'GET', path: '/surveys/', query: { locationId: LOCATION_ID, limit: '50', skip: '0' } },
    reply: { surveys: [{ id: 'su1', name: 'Patient satisfaction', locationId: LOCATION_ID }], total: 1 },
    expected: [{ id: 'su1', name: 'Patient satisfaction', locationId: LOCATION_ID }],
  },
  {
    key: 'new_form_submission',
    input: { formId: 'fo1' },
    before: [customFieldsLookup],
    request: { method: 'GET', path: '/forms/submissions', query: { locationId: LOCATION_ID, page: '1', limit: '100', formId: 'fo1' } },
    reply: { submissions: [submissionOld, submissionNew], meta: { total: 2, currentPage: 1, nextPage: null, prevPage: null } },
    expected: [newOutput, oldOutput],
    bad: { input: { formId: '..' }, error: /"Form" \(formId\) is not a valid id/ },
  },
  {
    key: 'new_survey_submission',
    input: {},
    before: [customFieldsLookup],
    request: { method: 'GET', path: '/surveys/submissions', query: { locationId: LOCATION_ID, page: '1', limit: '100' } },
    reply: { submissions: [surveySubmission], meta: { total: 1, currentPage: 1 } },
    expected: [
      {
        id: 'sv-1',
        surveyId: 'su1',
        contactId: 'co3',
        name: 'Ana Ruiz',
        email: 'ana@example.com',
        createdAt: '2026-03-03T08:00:00.000Z',
        pageUrl: 'https://knightdental.example.com/survey',
        pageTitle: 'Survey',
        answers: { rating: 9, comments: 'Great visit' },
        fileUrls: [],
      },
    ],
    bad: { input: { surveyId: ['a', 'b'] }, error: /"Survey" \(surveyId\) must be an id/ },
  },
  {
    key: 'find_form_submissions',
    input: { email: 'jane@example.com', q: 'ignored', startAt: '2026-03-01', endAt: '2026-03-31' },
    meta: { timezone: 'America/New_York' },
    before: [customFieldsLookup],
    request: {
      method: 'GET',
      path: '/forms/submissions',
      query: { locationId: LOCATION_ID, page: '1', limit: '100', q: 'jane@example.com', startAt: '2026-03-01', endAt: '2026-03-31' },
    },
    reply: { submissions: [submissionNew], meta: { total: 1 } },
    expected: [newOutput],
    bad: { input: { formId: 'fo1' }, error: /give "Contact Email" \(email\) or "Search Text" \(q\)/ },
  },
  {
    key: 'upload_custom_field_file',
    input: { contactId: 'co1', customFieldId: 'cfXray00000000015', file: 'https://files.example.com/scans/x-ray.pdf' },
    before: [{ request: { host: 'https://files.example.com', method: 'GET', path: '/scans/x-ray.pdf' }, reply: fileContent }],
    request: {
      method: 'POST',
      path: '/forms/upload-custom-files',
      query: { contactId: 'co1', locationId: LOCATION_ID },
      body: { [fileKey]: { filename: 'x-ray.pdf', contentType: 'application/octet-stream', content: fileContent } },
    },
    reply: { contact: { id: 'co1' } },
    expected: {
      id: 'co1',
      contactId: 'co1',
      customFieldId: 'cfXray00000000015',
      fileName: 'x-ray.pdf',
      contentType: 'application/octet-stream',
      size: fileContent.length,
    },
    bad: {
      input: { contactId: 'co1', customFieldId: 'cfXray00000000015', file: 'x-ray.pdf' },
      error: /"File" \(file\) must be a file or a full URL to one/,
    },
  },
];
