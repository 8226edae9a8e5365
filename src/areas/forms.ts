/**
 * What the Forms and Surveys operations share: the dropdowns, reading a submission into one
 * output field per answer, and the samples.
 *
 * A submission's answers are GHL's `others` map. The spec describes it only by example: answers
 * keyed by the form field's key (standard fields such as `full_name`, `email`, `phone`; custom
 * fields by their id), plus `eventData` (the page, source and session of the visit) and
 * `fieldsOriSequance` (the order of the fields on the form). No public source documents the shape
 * of a file answer; the form builder stores uploads as objects that carry each file's `url`, so
 * every `url` found inside an answer is taken as a file, and anything else that is not plain text
 * is kept as JSON rather than dropped.
 *
 * What the output does with it: `answers` holds one field per answer, in the form's order, keyed
 * by a readable key: a standard field's own key, a custom field's name in snake_case (from the
 * location's contact custom fields, one cached lookup), else the key GHL sent. Lists of values
 * are joined with ", ", files become their URLs (also collected in `fileUrls`), the page of the
 * visit becomes `pageUrl` and `pageTitle`.
 */
import { CUSTOM_FIELDS_SCOPE, loadCustomFields } from '../custom-fields';
import type { OperationContext } from '../define';
import { fields } from '../fields';
import { pick } from '../output';

export type SubmissionKind = 'form' | 'survey';

/** GHL lists at most 50 forms or surveys per page. */
export const FORMS_PAGE_SIZE = 50;
/** GHL answers at most 100 submissions per page. */
export const SUBMISSIONS_PAGE_SIZE = 100;

export const formField = (helpText: string) => fields.id('Form', { dynamic: 'list_forms.id.name', helpText });
export const surveyField = (helpText: string) => fields.id('Survey', { dynamic: 'list_surveys.id.name', helpText });

/** What a submission trigger can see, for the help text of its form or survey dropdown. */
export const submissionReach = (what: string) =>
  `Leave empty for all ${what}s. Each check reads the latest 100 submissions of the past month (GHL's default range; GHL documents no order, so they are sorted newest first here): at more than 100 submissions a month between two checks, some may be missed.`;

const META_KEYS = new Set(['eventData', 'fieldsOriSequance']);
/** An id (letters and digits, with a digit): an answer keyed by one is a custom field, kept as it is when unnamed. */
const ID_KEY = /^(?=.*\d)[A-Za-z0-9]{12,}$/;

const snake = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

/** The URLs of the files inside an answer: every `url` text found in it. */
const urlsIn = (value: unknown, depth = 0): string[] => {
  if (!value || typeof value !== 'object' || depth > 4) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    k === 'url' && typeof v === 'string' && /^https?:\/\//.test(v) ? [v] : urlsIn(v, depth + 1),
  );
};

const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** One answer as an output value, and the files it holds. */
const answerOf = (value: unknown): { value: unknown; files: string[] } => {
  if (isScalar(value)) return { value, files: [] };
  const files = urlsIn(value);
  if (files.length) return { value: files.join(', '), files };
  if (Array.isArray(value) && value.every(isScalar)) return { value: value.join(', '), files: [] };
  return { value: JSON.stringify(value), files: [] };
};

type Row = Record<string, any>;

/** A submission as the output: its facts, the page, one field per answer, the files. */
export const submissionOutput = (s: Row, kind: SubmissionKind, names: Map<string, string>): Row => {
  const others: Row = s.others && typeof s.others === 'object' ? s.others : {};
  const order: string[] = Array.isArray(others.fieldsOriSequance) ? others.fieldsOriSequance.map(String) : [];
  const keys = [...new Set([...order.filter((k) => k in others), ...Object.keys(others)])].filter((k) => !META_KEYS.has(k));
  const answers: Row = {};
  const fileUrls: string[] = [];
  for (const key of keys) {
    const { value, files } = answerOf(others[key]);
    const base = snake(names.get(key) ?? '') || (ID_KEY.test(key) ? key : snake(key)) || key;
    let name = base;
    for (let n = 2; name in answers; n++) name = `${base}_${n}`;
    answers[name] = value;
    fileUrls.push(...files);
  }
  const idKey = kind === 'form' ? 'formId' : 'surveyId';
  return {
    id: s.id,
    [idKey]: s[idKey] ?? others.formId ?? '',
    contactId: s.contactId ?? '',
    name: s.name ?? '',
    email: s.email ?? '',
    createdAt: s.createdAt ?? '',
    pageUrl: pick(others, 'eventData.page.url') ?? '',
    pageTitle: pick(others, 'eventData.page.title') ?? '',
    answers,
    fileUrls,
  };
};

/**
 * The names of the location's contact custom fields, by id: one lookup (cached for an hour), made
 * only when there are answers to name. Names are a convenience: when GHL cannot be asked, answers
 * keep GHL's key.
 */
const customFieldNames = async (ctx: OperationContext<any>, submissions: Row[]): Promise<Map<string, string>> => {
  const needed = submissions.some((s) => Object.keys(s?.others ?? {}).some((k) => !META_KEYS.has(k)));
  if (!needed) return new Map();
  try {
    const list = await loadCustomFields(ctx.z, ctx.bundle, 'contact');
    return new Map(list.map((f) => [f.id, String(f.name ?? '')]));
  } catch (err) {
    if ((err as Error).name === 'ThrottledError') throw err;
    ctx.z.console.log(`Custom field names could not be read; answers keep the field ids: ${(err as Error).message}`);
    return new Map();
  }
};

/** The scopes of an operation that reads submissions (the custom field names included). */
export const submissionScopes = (kind: SubmissionKind) => [kind === 'form' ? 'forms.readonly' : 'surveys.readonly', CUSTOM_FIELDS_SCOPE];

/**
 * Reads one page of submissions (newest first) and maps each. `query` is the spec's query
 * besides locationId, page and limit.
 */
export const readSubmissions = async (ctx: OperationContext<any>, kind: SubmissionKind, query: Row): Promise<Row[]> => {
  const res = await ctx.request<{ submissions?: Row[] }>({
    method: 'GET',
    path: `/${kind}s/submissions`,
    query: { locationId: ctx.locationId(), page: 1, limit: SUBMISSIONS_PAGE_SIZE, ...query },
  });
  const list = (Array.isArray(res.data?.submissions) ? res.data.submissions : []).filter((s) => s && typeof s === 'object');
  const names = await customFieldNames(ctx, list);
  const time = (s: Row) => Date.parse(String(s.createdAt ?? '')) || 0;
  return list.map((s) => submissionOutput(s, kind, names)).sort((a, b) => time(b) - time(a));
};

const submissionSample = (kind: SubmissionKind) => ({
  id: '38303ec7-629a-49e2-888a-cf8bf0b1f97e',
  [kind === 'form' ? 'formId' : 'surveyId']: 'YSWdvS4Is98wtIDGnpmI',
  contactId: 'DWQ45t2IPVxi9LDu1wBl',
  name: 'Jane Doe',
  email: 'jane@example.com',
  createdAt: '2026-03-01T14:30:00.000Z',
  pageUrl: 'https://knightdental.example.com/new-patients',
  pageTitle: 'New patients',
  answers: {
    full_name: 'Jane Doe',
    email: 'jane@example.com',
    phone: '+14155550123',
    how_did_you_hear_about_us: 'Google',
    x_ray: 'https://storage.example.com/forms/x-ray.pdf',
  },
  fileUrls: ['https://storage.example.com/forms/x-ray.pdf'],
});

export const formSubmissionSample = submissionSample('form');
export const surveySubmissionSample = submissionSample('survey');

export const formSample = { id: 'YSWdvS4Is98wtIDGnpmI', name: 'New patient form', locationId: 've9EPM428h8vShlRW1KT' };
export const surveySample = { id: 'I5GFa3d3cKjojpe4VVUx', name: 'Patient satisfaction', locationId: 've9EPM428h8vShlRW1KT' };
