/** Forms and surveys: the lists, their submissions, and files uploaded into contacts' file custom fields. */
import { unprocessable } from '../lib/errors';
import type { UploadedFile } from '../lib/multipart';
import type { Router } from '../lib/router';
import type { Row } from '../lib/types';
import { clone, getOr404, intParam, nowIso, queryMatches, requireFields, skipLimit } from '../lib/util';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;

const ofLocation = (list: Row[], query: Row) => {
  requireFields(query, ['locationId']);
  return list.filter((x) => x.locationId === query.locationId);
};

/** GET /forms/submissions and /surveys/submissions: page/limit, a filter by id, q, and a date range (default: the past month). */
const submissions = (list: Row[], query: Row, idKey: string) => {
  for (const k of ['startAt', 'endAt'])
    if (query[k] !== undefined && !DATE.test(String(query[k]))) throw unprocessable(`${k} must be a date (YYYY-MM-DD)`);
  const page = intParam(query.page, 'page', { def: 1, min: 1 });
  const limit = intParam(query.limit, 'limit', { def: 20, min: 1, max: 100 });
  const end = query.endAt ? Date.parse(`${query.endAt}T23:59:59.999Z`) : Date.now();
  const start = query.startAt ? Date.parse(`${query.startAt}T00:00:00.000Z`) : end - 30 * DAY;
  const found = ofLocation(list, query).filter((s) => {
    const at = Date.parse(s.createdAt);
    return (
      (!query[idKey] || s[idKey] === query[idKey]) &&
      at >= start &&
      at <= end &&
      (!query.q || s.contactId === query.q || queryMatches({ ...s, phone: s.others?.phone }, query.q, ['name', 'email', 'phone']))
    );
  });
  const rows = found.slice((page - 1) * limit, page * limit).map(({ locationId: _l, ...s }) => s);
  const last = Math.max(1, Math.ceil(found.length / limit));
  return {
    submissions: clone(rows),
    meta: { total: found.length, currentPage: page, nextPage: page < last ? page + 1 : null, prevPage: page > 1 ? page - 1 : null },
  };
};

export default (r: Router) => {
  r.get('/forms', ({ state, query }) => {
    const list = ofLocation(state.forms, query);
    return { forms: clone(skipLimit(list, query, { def: 10, max: 50 })), total: list.length };
  });
  r.get('/surveys', ({ state, query }) => {
    const list = ofLocation(state.surveys, query);
    return { surveys: clone(skipLimit(list, query, { def: 10, max: 50 })), total: list.length };
  });
  r.get('/forms/submissions', ({ state, query }) => submissions(state.formSubmissions, query, 'formId'));
  r.get('/surveys/submissions', ({ state, query }) => submissions(state.surveySubmissions, query, 'surveyId'));
  // Parts named "<custom field id>_<file id>", each a file, into the contact's File Upload fields.
  r.post('/forms/upload-custom-files', ({ state, query, body }) => {
    requireFields(query, ['contactId', 'locationId']);
    const contact = getOr404(state.contacts, query.contactId, 'Contact');
    const files = Object.entries(body as Row).filter(([, v]) => v && typeof v === 'object') as Array<[string, UploadedFile]>;
    if (!files.length) throw unprocessable('No files were uploaded: send each file as a part named <custom field id>_<file id>');
    for (const [name, file] of files) {
      const at = name.lastIndexOf('_');
      const fieldId = at > 0 ? name.slice(0, at) : name;
      const field = state.customFields.find((f) => f.id === fieldId && f.model === 'contact');
      if (!field) throw unprocessable(`${fieldId} is not a custom field of this location`);
      if (field.dataType !== 'FILE_UPLOAD') throw unprocessable(`${field.name} is not a file upload field`);
      const fileId = name.slice(at + 1);
      const value = {
        [fileId]: {
          meta: { originalname: file.filename, mimetype: file.contentType, size: file.size },
          url: `https://storage.googleapis.com/sandbox-forms/${contact.locationId}/${fileId}/${encodeURIComponent(file.filename)}`,
        },
      };
      const existing = contact.customFields.find((f: Row) => f.id === fieldId);
      if (existing) existing.value = { ...(existing.value ?? {}), ...value };
      else contact.customFields.push({ id: fieldId, value });
    }
    contact.dateUpdated = nowIso();
    return clone(contact);
  });
};
