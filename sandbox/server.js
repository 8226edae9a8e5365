#!/usr/bin/env node
/**
 * A local, in-memory stand-in for GHL's API (services.leadconnectorhq.com) for development,
 * `npm start` and the end-to-end tests. It answers the endpoints the app uses with the shapes of
 * GHL's OpenAPI specs and behaves like GHL where it matters to an integration: bearer auth, the
 * Version header, each endpoint's paging style, the burst rate limit with its headers, and OAuth
 * tokens whose refresh tokens rotate (each refresh token works once). Unknown routes are a 404.
 *
 *   npm run sandbox -- --port 4010        (or PORT=4010 npm run sandbox)
 *   const { url, close, state } = await startSandbox({ port: 0, rateLimit: { max: 5, intervalMs: 1000 } });
 */
'use strict';

const http = require('node:http');
const crypto = require('node:crypto');
const { seed } = require('./seed');
const { invokeEnv, writeInvokeEnv, stopWithParent } = require('./invoke-env');

const DEFAULT_PORT = 4010;
const SANDBOX_CLIENT_ID = 'sandbox-client-id';
const SANDBOX_CLIENT_SECRET = 'sandbox-client-secret';
const SANDBOX_LOCATION_TOKEN = 'pit-sandbox-location-token';
const DAILY_LIMIT = 200_000;
const VERSIONS = { calendars: '2021-04-15', conversations: '2021-04-15' };
const DEFAULT_VERSION = '2021-07-28';

class HttpError extends Error {
  constructor(status, message, error, extra = {}) {
    super(Array.isArray(message) ? message.join('; ') : message);
    this.status = status;
    this.body = { statusCode: status, message, ...(error ? { error } : {}), ...extra };
  }
}
const badRequest = (message, extra) => new HttpError(400, message, 'Bad Request', extra);
const unprocessable = (messages) => new HttpError(422, [].concat(messages), 'Unprocessable Entity');
const notFound = (message) => new HttpError(404, message, 'Not Found');
const unauthorized = () => new HttpError(401, 'Invalid token: access token is invalid', 'Unauthorized');

const token = (prefix) => `${prefix}-${crypto.randomBytes(18).toString('base64url')}`;
const nowIso = () => new Date().toISOString();
const clone = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
const lower = (v) => String(v ?? '').toLowerCase();
const digits = (v) => String(v ?? '').replace(/[^\d]/g, '');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Validation in the style of GHL's (class-validator) 422 messages. */
const requireFields = (obj, names) => {
  const missing = names.filter((n) => obj?.[n] === undefined || obj[n] === null || obj[n] === '');
  if (missing.length) throw unprocessable(missing.map((n) => `${n} should not be empty`));
};
const intParam = (value, name, { def, min = 0, max } = {}) => {
  if (value === undefined || value === '') return def;
  const n = Number(value);
  if (!Number.isFinite(n) || !Number.isInteger(n)) throw unprocessable(`${name} must be an integer number`);
  if (n < min) throw unprocessable(`${name} must not be less than ${min}`);
  if (max !== undefined && n > max) throw unprocessable(`${name} must not be greater than ${max}`);
  return n;
};

// ---------------------------------------------------------------------------------------------
// Time zones and free slots (no library: Intl gives the wall time in a zone)

const wallParts = (ms, timeZone) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (t) => parts.find((p) => p.type === t)?.value;
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  const time = `${get('hour')}:${get('minute')}:${get('second')}`;
  const offsetMin = Math.round((Date.parse(`${date}T${time}Z`) - ms) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { date, time, offset, weekday, hour: Number(get('hour')), minute: Number(get('minute')), iso: `${date}T${time}${offset}` };
};

const validZone = (tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** Open, unbooked slot starts of a calendar between two instants, keyed by the zone's date. */
const freeSlots = (state, calendar, startMs, endMs, timeZone, userId) => {
  const stepMs = (calendar.slotInterval || 30) * 60_000;
  const durMs = (calendar.slotDuration || 30) * 60_000;
  const booked = state.events.filter(
    (e) => e.calendarId === calendar.id && e.appointmentStatus !== 'cancelled' && (!userId || e.assignedUserId === userId),
  );
  const out = {};
  const first = Math.ceil(Math.max(startMs, Date.now()) / stepMs) * stepMs;
  for (let t = first; t < endMs; t += stepMs) {
    const local = wallParts(t, calendar.timezone);
    const open = calendar.openHours.some(
      (oh) =>
        oh.daysOfTheWeek.includes(local.weekday) &&
        oh.hours.some((h) => {
          const m = local.hour * 60 + local.minute;
          return m >= h.openHour * 60 + h.openMinute && m + durMs / 60_000 <= h.closeHour * 60 + h.closeMinute;
        }),
    );
    if (!open) continue;
    if (booked.some((e) => Date.parse(e.startTime) < t + durMs && Date.parse(e.endTime) > t)) continue;
    const shown = wallParts(t, timeZone);
    (out[shown.date] ??= { slots: [] }).slots.push(shown.iso);
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Records

const CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'name',
  'email',
  'phone',
  'companyName',
  'address1',
  'city',
  'state',
  'postalCode',
  'country',
  'website',
  'timezone',
  'dateOfBirth',
  'gender',
  'source',
  'dnd',
  'dndSettings',
  'assignedTo',
  'tags',
  'customFields',
  'additionalEmails',
];

const applyContactFields = (contact, body) => {
  for (const f of CONTACT_FIELDS) {
    if (body[f] === undefined) continue;
    if (f === 'name') {
      const [first, ...rest] = String(body.name).trim().split(/\s+/);
      if (body.firstName === undefined) contact.firstName = first;
      if (body.lastName === undefined && rest.length) contact.lastName = rest.join(' ');
    } else if (f === 'customFields') {
      contact.customFields = (Array.isArray(body.customFields) ? body.customFields : []).map((cf) => ({
        id: cf.id ?? cf.key,
        value: cf.field_value ?? cf.value,
      }));
    } else if (f === 'tags') {
      if (!Array.isArray(body.tags)) throw unprocessable('tags must be an array');
      contact.tags = [...new Set(body.tags.map((t) => String(t).toLowerCase().trim()).filter(Boolean))];
    } else contact[f] = body[f];
  }
  if (contact.email) contact.email = lower(contact.email);
  contact.contactName = [contact.firstName, contact.lastName].filter(Boolean).join(' ').toLowerCase() || null;
  contact.firstNameRaw = contact.firstName ?? null;
  contact.lastNameRaw = contact.lastName ?? null;
  contact.dateUpdated = nowIso();
};

const checkContactBody = (body) => {
  const problems = [];
  if (body.email !== undefined && body.email !== null && body.email !== '' && !EMAIL.test(String(body.email))) {
    problems.push('email must be an email');
  }
  if (body.tags !== undefined && !Array.isArray(body.tags)) problems.push('tags must be an array');
  if (problems.length) throw unprocessable(problems);
};

const opportunityView = (state, opp) => {
  const c = state.contacts.find((x) => x.id === opp.contactId);
  return {
    ...clone(opp),
    contact: c
      ? {
          id: c.id,
          name: [c.firstName, c.lastName].filter(Boolean).join(' '),
          companyName: c.companyName,
          email: c.email,
          phone: c.phone,
          tags: c.tags,
        }
      : undefined,
  };
};

const sortBy = (items, field, direction = 'desc') => {
  const val = (x) => {
    const v = x[field];
    const t = typeof v === 'string' ? Date.parse(v) : NaN;
    return Number.isNaN(t) ? (v ?? '') : t;
  };
  return [...items].sort((a, b) => {
    const av = val(a);
    const bv = val(b);
    const cmp = typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv));
    return direction === 'asc' ? cmp : -cmp;
  });
};

/** POST /contacts/search filters: {field, operator, value} or {group: 'AND'|'OR', filters: [...]}. */
const contactMatches = (contact, filter) => {
  if (filter.group || Array.isArray(filter.filters)) {
    const list = filter.filters ?? [];
    return lower(filter.group) === 'or' ? list.some((f) => contactMatches(contact, f)) : list.every((f) => contactMatches(contact, f));
  }
  const { field, operator, value } = filter;
  if (!field || !operator) throw unprocessable('each filter needs field and operator');
  const actual = contact[field];
  const eq = (a, b) => (field === 'phone' ? digits(a) === digits(b) : lower(a) === lower(b));
  switch (operator) {
    case 'eq':
      return Array.isArray(actual) ? [].concat(value).every((v) => actual.some((a) => eq(a, v))) : eq(actual, value);
    case 'not_eq':
      return Array.isArray(actual) ? ![].concat(value).some((v) => actual.some((a) => eq(a, v))) : !eq(actual, value);
    case 'contains':
      return Array.isArray(actual) ? actual.some((a) => lower(a).includes(lower(value))) : lower(actual).includes(lower(value));
    case 'not_contains':
      return !lower(Array.isArray(actual) ? actual.join(' ') : actual).includes(lower(value));
    case 'exists':
      return actual !== undefined && actual !== null && actual !== '' && !(Array.isArray(actual) && !actual.length);
    case 'not_exists':
      return !contactMatches(contact, { field, operator: 'exists' });
    case 'range': {
      const t = Date.parse(actual);
      const bound = (v) => (typeof v === 'number' ? v : Date.parse(v));
      return (
        (value?.gt === undefined || t > bound(value.gt)) &&
        (value?.gte === undefined || t >= bound(value.gte)) &&
        (value?.lt === undefined || t < bound(value.lt)) &&
        (value?.lte === undefined || t <= bound(value.lte))
      );
    }
    default:
      throw unprocessable(`operator ${operator} is not supported for field ${field}`);
  }
};

const queryMatches = (record, q, keys) =>
  !q || keys.some((k) => lower(record[k]).includes(lower(q)) || (k === 'phone' && digits(q) && digits(record[k]).includes(digits(q))));

// ---------------------------------------------------------------------------------------------
// Routes: [method, '/path/:param', handler({ state, params, query, body, auth, locationId })]

const routes = [];
const route = (method, pattern, handler) => {
  const names = [];
  const rx = new RegExp(
    '^' +
      pattern.replace(/\/+$/, '').replace(/:([A-Za-z_]+)/g, (_m, n) => {
        names.push(n);
        return '([^/]+)';
      }) +
      '/?$',
  );
  routes.push({ method, rx, names, handler });
};

const findContact = (state, id) => {
  const c = state.contacts.find((x) => x.id === id);
  if (!c) throw badRequest('Contact not found');
  return c;
};
const getOr404 = (list, id, what) => {
  const r = list.find((x) => x.id === id);
  if (!r) throw notFound(`${what} with id ${id} not found`);
  return r;
};

const duplicateOf = (state, locationId, { email, phone }, exceptId) =>
  state.contacts.find(
    (c) =>
      c.locationId === locationId &&
      c.id !== exceptId &&
      ((email && lower(c.email) === lower(email)) || (phone && digits(phone).length >= 7 && digits(c.phone) === digits(phone))),
  );

// Locations and companies
route('GET', '/locations/:locationId', ({ state, params, auth }) => {
  const loc = state.locations.find((l) => l.id === params.locationId);
  if (!loc) throw notFound('Location not found');
  if (auth.locationId && auth.locationId !== loc.id)
    throw new HttpError(403, 'The token does not have access to this location', 'Forbidden');
  return { location: clone(loc) };
});
// Custom fields of a location, one list per model (GET /locations/{locationId}/customFields?model=).
const SANDBOX_CUSTOM_FIELDS = [
  { id: 'cfFavColor0000001', name: 'Favorite Color', fieldKey: 'contact.favorite_color', dataType: 'TEXT', model: 'contact' },
  { id: 'cfRenewal00000002', name: 'Renewal Date', fieldKey: 'contact.renewal_date', dataType: 'DATE', model: 'contact' },
  {
    id: 'cfPlan00000000003',
    name: 'Plan',
    fieldKey: 'contact.plan',
    dataType: 'SINGLE_OPTIONS',
    picklistOptions: ['Basic', 'Pro'],
    model: 'contact',
  },
  { id: 'cfBudget000000004', name: 'Budget', fieldKey: 'opportunity.budget', dataType: 'MONETORY', model: 'opportunity' },
  { id: 'cfCloseDate000005', name: 'Close Date', fieldKey: 'opportunity.close_date', dataType: 'DATE', model: 'opportunity' },
];
route('GET', '/locations/:locationId/customFields', ({ state, params, query }) => {
  getOr404(state.locations, params.locationId, 'Location');
  if (query.model && !['contact', 'opportunity', 'all'].includes(query.model))
    throw unprocessable('model must be one of the following values: contact, opportunity, all');
  const fields = SANDBOX_CUSTOM_FIELDS.filter((f) => !query.model || query.model === 'all' || f.model === query.model);
  return { customFields: fields.map((f) => ({ ...f, locationId: params.locationId })) };
});
route('GET', '/companies/:companyId', ({ state, params }) => {
  if (params.companyId !== state.company.id) throw notFound('Company not found');
  return { company: clone(state.company) };
});

// Contacts
route('POST', '/contacts/search', ({ state, body }) => {
  requireFields(body, ['locationId']);
  const page = intParam(body.page, 'page', { def: 1, min: 1 });
  const pageLimit = intParam(body.pageLimit, 'pageLimit', { def: 20, min: 1, max: 500 });
  let list = state.contacts.filter((c) => c.locationId === body.locationId);
  if (body.query)
    list = list.filter((c) => queryMatches(c, body.query, ['firstName', 'lastName', 'email', 'phone', 'companyName', 'contactName']));
  for (const f of body.filters ?? []) list = list.filter((c) => contactMatches(c, f));
  const sort = Array.isArray(body.sort) && body.sort.length ? body.sort[0] : { field: 'dateAdded', direction: 'desc' };
  if (!sort.field) throw unprocessable('sort field should not be empty');
  list = sortBy(list, sort.field, sort.direction === 'asc' ? 'asc' : 'desc');
  const start = (page - 1) * pageLimit;
  return { contacts: clone(list.slice(start, start + pageLimit)), total: list.length };
});
route('GET', '/contacts/search/duplicate', ({ state, query }) => {
  requireFields(query, ['locationId']);
  if (!query.email && !query.number) throw badRequest('email or number is required');
  const found = duplicateOf(state, query.locationId, { email: query.email, phone: query.number });
  return { contact: found ? clone(found) : null };
});
route('POST', '/contacts/upsert', ({ state, body }) => {
  requireFields(body, ['locationId']);
  checkContactBody(body);
  const existing = duplicateOf(state, body.locationId, body);
  if (existing) {
    const { tags, ...rest } = body;
    applyContactFields(existing, rest);
    if (Array.isArray(tags)) existing.tags = [...new Set([...existing.tags, ...tags.map((t) => lower(t).trim())])];
    return { new: false, contact: clone(existing) };
  }
  const contact = newContact(state, body);
  return { new: true, contact: clone(contact) };
});
const newContact = (state, body) => {
  const contact = {
    id: state.nextId(),
    locationId: body.locationId,
    tags: [],
    customFields: [],
    additionalEmails: [],
    followers: [],
    dnd: false,
    type: 'lead',
    dateAdded: nowIso(),
  };
  applyContactFields(contact, body);
  state.contacts.unshift(contact);
  return contact;
};
route('GET', '/contacts', ({ state, query }) => {
  requireFields(query, ['locationId']);
  const limit = intParam(query.limit, 'limit', { def: 20, min: 1, max: 100 });
  let list = sortBy(
    state.contacts.filter((c) => c.locationId === query.locationId),
    'dateAdded',
    'asc',
  );
  if (query.query) list = list.filter((c) => queryMatches(c, query.query, ['firstName', 'lastName', 'email', 'phone', 'companyName']));
  if (query.startAfterId) {
    const i = list.findIndex((c) => c.id === query.startAfterId);
    list = i >= 0 ? list.slice(i + 1) : list;
  } else if (query.startAfter) list = list.filter((c) => Date.parse(c.dateAdded) > Number(query.startAfter));
  const page = list.slice(0, limit);
  const last = page[page.length - 1];
  return {
    contacts: clone(page),
    count: list.length,
    meta: { total: list.length, startAfterId: last?.id ?? null, startAfter: last ? Date.parse(last.dateAdded) : null },
  };
});
route('POST', '/contacts', ({ state, body }) => {
  requireFields(body, ['locationId']);
  checkContactBody(body);
  const settings = state.locations.find((l) => l.id === body.locationId)?.settings ?? {};
  const dup = !settings.allowDuplicateContact && duplicateOf(state, body.locationId, body);
  if (dup) {
    throw badRequest('This location does not allow duplicated contacts.', {
      meta: {
        contactName: [dup.firstName, dup.lastName].filter(Boolean).join(' '),
        contactId: dup.id,
        matchingField: lower(dup.email) === lower(body.email) ? 'email' : 'phone',
      },
    });
  }
  return [201, { contact: clone(newContact(state, body)) }];
});
route('GET', '/contacts/:contactId', ({ state, params }) => ({ contact: clone(getOr404(state.contacts, params.contactId, 'Contact')) }));
route('PUT', '/contacts/:contactId', ({ state, params, body }) => {
  const c = getOr404(state.contacts, params.contactId, 'Contact');
  if (body.locationId !== undefined) throw unprocessable('property locationId should not exist');
  checkContactBody(body);
  const dup = duplicateOf(state, c.locationId, body, c.id);
  if (dup) throw badRequest('This location does not allow duplicated contacts.', { meta: { contactId: dup.id } });
  applyContactFields(c, body);
  return { succeded: true, contact: clone(c) };
});
route('DELETE', '/contacts/:contactId', ({ state, params }) => {
  getOr404(state.contacts, params.contactId, 'Contact');
  state.contacts = state.contacts.filter((c) => c.id !== params.contactId);
  return { succeded: true };
});
const tagsOf = (body) => {
  if (!Array.isArray(body?.tags) || !body.tags.length) throw unprocessable('tags must be an array with at least one tag');
  return body.tags.map((t) => lower(t).trim()).filter(Boolean);
};
route('POST', '/contacts/:contactId/tags', ({ state, params, body }) => {
  const c = getOr404(state.contacts, params.contactId, 'Contact');
  c.tags = [...new Set([...c.tags, ...tagsOf(body)])];
  c.dateUpdated = nowIso();
  return [201, { tags: [...c.tags] }];
});
route('DELETE', '/contacts/:contactId/tags', ({ state, params, body }) => {
  const c = getOr404(state.contacts, params.contactId, 'Contact');
  const drop = tagsOf(body);
  c.tags = c.tags.filter((t) => !drop.includes(t));
  c.dateUpdated = nowIso();
  return { tags: [...c.tags] };
});
// Notes
route('GET', '/contacts/:contactId/notes', ({ state, params }) => {
  findContact(state, params.contactId);
  return {
    notes: clone(
      sortBy(
        state.notes.filter((n) => n.contactId === params.contactId),
        'dateAdded',
      ),
    ),
  };
});
route('POST', '/contacts/:contactId/notes', ({ state, params, body }) => {
  findContact(state, params.contactId);
  requireFields(body, ['body']);
  const note = {
    id: state.nextId(),
    body: String(body.body),
    userId: body.userId ?? null,
    dateAdded: nowIso(),
    contactId: params.contactId,
  };
  state.notes.push(note);
  return [201, { note: clone(note) }];
});
route('GET', '/contacts/:contactId/notes/:id', ({ state, params }) => ({
  note: clone(
    getOr404(
      state.notes.filter((n) => n.contactId === params.contactId),
      params.id,
      'Note',
    ),
  ),
}));
route('PUT', '/contacts/:contactId/notes/:id', ({ state, params, body }) => {
  const note = getOr404(
    state.notes.filter((n) => n.contactId === params.contactId),
    params.id,
    'Note',
  );
  requireFields(body, ['body']);
  Object.assign(note, { body: String(body.body), ...(body.userId ? { userId: body.userId } : {}) });
  return { note: clone(note) };
});
route('DELETE', '/contacts/:contactId/notes/:id', ({ state, params }) => {
  getOr404(
    state.notes.filter((n) => n.contactId === params.contactId),
    params.id,
    'Note',
  );
  state.notes = state.notes.filter((n) => n.id !== params.id);
  return { succeded: true };
});
// Tasks
route('GET', '/contacts/:contactId/appointments', ({ state, params }) => {
  findContact(state, params.contactId);
  return { events: clone(state.events.filter((e) => e.contactId === params.contactId && !e.isBlockSlot)) };
});
route('GET', '/contacts/:contactId/tasks', ({ state, params }) => {
  findContact(state, params.contactId);
  return { tasks: clone(state.tasks.filter((t) => t.contactId === params.contactId)) };
});
route('POST', '/contacts/:contactId/tasks', ({ state, params, body }) => {
  findContact(state, params.contactId);
  requireFields(body, ['title', 'dueDate']);
  if (Number.isNaN(Date.parse(body.dueDate))) throw unprocessable('dueDate must be a valid ISO 8601 date string');
  const task = {
    id: state.nextId(),
    title: String(body.title),
    body: body.body ?? '',
    assignedTo: body.assignedTo ?? null,
    dueDate: new Date(body.dueDate).toISOString(),
    completed: Boolean(body.completed),
    contactId: params.contactId,
  };
  state.tasks.push(task);
  return [201, { task: clone(task) }];
});
const taskOf = (state, params) =>
  getOr404(
    state.tasks.filter((t) => t.contactId === params.contactId),
    params.taskId,
    'Task',
  );
route('GET', '/contacts/:contactId/tasks/:taskId', ({ state, params }) => ({ task: clone(taskOf(state, params)) }));
route('PUT', '/contacts/:contactId/tasks/:taskId', ({ state, params, body }) => {
  const task = taskOf(state, params);
  for (const k of ['title', 'body', 'dueDate', 'completed', 'assignedTo']) if (body[k] !== undefined) task[k] = body[k];
  return { task: clone(task) };
});
route('PUT', '/contacts/:contactId/tasks/:taskId/completed', ({ state, params, body }) => {
  const task = taskOf(state, params);
  if (typeof body.completed !== 'boolean') throw unprocessable('completed must be a boolean value');
  task.completed = body.completed;
  return { task: clone(task) };
});
route('DELETE', '/contacts/:contactId/tasks/:taskId', ({ state, params }) => {
  taskOf(state, params);
  state.tasks = state.tasks.filter((t) => t.id !== params.taskId);
  return { succeded: true };
});
// Workflows and campaigns of a contact
for (const [kind, list] of [
  ['workflow', 'workflows'],
  ['campaigns', 'campaigns'],
]) {
  const param = kind === 'workflow' ? 'workflowId' : 'campaignId';
  route('POST', `/contacts/:contactId/${kind}/:${param}`, ({ state, params }) => {
    const c = getOr404(state.contacts, params.contactId, 'Contact');
    getOr404(state[list], params[param], kind === 'workflow' ? 'Workflow' : 'Campaign');
    (c[list] ??= []).includes(params[param]) || c[list].push(params[param]);
    return [201, { succeded: true }];
  });
  route('DELETE', `/contacts/:contactId/${kind}/:${param}`, ({ state, params }) => {
    const c = getOr404(state.contacts, params.contactId, 'Contact');
    c[list] = (c[list] ?? []).filter((x) => x !== params[param]);
    return { succeded: true };
  });
}

// Opportunities
const OPP_STATUS = ['open', 'won', 'lost', 'abandoned'];
route('GET', '/opportunities/search', ({ state, query }) => {
  const camel = ['locationId', 'pipelineId', 'pipelineStageId', 'contactId', 'assignedTo'].filter((k) => query[k] !== undefined);
  if (camel.length) throw unprocessable(camel.map((k) => `property ${k} should not exist`));
  requireFields(query, ['location_id']);
  if (query.status && ![...OPP_STATUS, 'all'].includes(query.status))
    throw unprocessable('status must be one of the following values: open, won, lost, abandoned, all');
  const page = intParam(query.page, 'page', { def: 1, min: 1 });
  const limit = intParam(query.limit, 'limit', { def: 20, min: 1, max: 100 });
  let list = state.opportunities.filter((o) => o.locationId === query.location_id);
  const eq = {
    pipeline_id: 'pipelineId',
    pipeline_stage_id: 'pipelineStageId',
    contact_id: 'contactId',
    assigned_to: 'assignedTo',
    id: 'id',
  };
  for (const [q, f] of Object.entries(eq)) if (query[q]) list = list.filter((o) => o[f] === query[q]);
  if (query.status && query.status !== 'all') list = list.filter((o) => o.status === query.status);
  if (query.q) list = list.filter((o) => lower(o.name).includes(lower(query.q)));
  list = sortBy(list, 'createdAt', query.order === 'added_asc' ? 'asc' : 'desc');
  let start = (page - 1) * limit;
  if (query.startAfterId) {
    const i = list.findIndex((o) => o.id === query.startAfterId);
    if (i >= 0) start = i + 1;
  }
  const items = list.slice(start, start + limit);
  const last = items[items.length - 1];
  const more = start + limit < list.length;
  return {
    opportunities: items.map((o) => opportunityView(state, o)),
    meta: {
      total: list.length,
      currentPage: page,
      nextPage: more ? page + 1 : null,
      prevPage: page > 1 ? page - 1 : null,
      startAfterId: last?.id ?? null,
      startAfter: last ? Date.parse(last.createdAt) : null,
      nextPageUrl: more ? `/opportunities/search?location_id=${query.location_id}&page=${page + 1}&limit=${limit}` : null,
    },
    aggregations: {},
  };
});
// The search GHL's opportunity-search guide documents: filters and sort in a JSON body.
const OPP_SORT_FIELDS = {
  date_added: 'createdAt',
  date_updated: 'updatedAt',
  last_status_change_date: 'lastStatusChangeAt',
  last_stage_change_date: 'lastStageChangeAt',
};
const OPP_FILTER_FIELDS = {
  pipeline_id: 'pipelineId',
  pipeline_stage_id: 'pipelineStageId',
  status: 'status',
  contact_id: 'contactId',
  assigned_to: 'assignedTo',
};
route('POST', '/opportunities/search', ({ state, body }) => {
  requireFields(body, ['locationId']);
  const page = intParam(body.page, 'page', { def: 1, min: 1 });
  const limit = intParam(body.limit, 'limit', { def: 20, min: 1, max: 500 });
  let list = state.opportunities.filter((o) => o.locationId === body.locationId);
  for (const f of Array.isArray(body.filters) ? body.filters : []) {
    const key = OPP_FILTER_FIELDS[f?.field];
    if (!key || f.operator !== 'eq')
      throw unprocessable(`filter ${JSON.stringify(f?.field)} with operator ${JSON.stringify(f?.operator)} is not supported`);
    list = list.filter((o) => o[key] === f.value);
  }
  const [sort] = Array.isArray(body.sort) ? body.sort : [];
  const sortField = sort ? OPP_SORT_FIELDS[sort.field] : 'createdAt';
  if (!sortField) throw unprocessable(`sort field must be one of: ${Object.keys(OPP_SORT_FIELDS).join(', ')}`);
  list = sortBy(list, sortField, sort?.direction === 'asc' ? 'asc' : 'desc');
  const items = list.slice((page - 1) * limit, page * limit);
  return { opportunities: items.map((o) => opportunityView(state, o)), total: list.length, aggregations: {} };
});
route('GET', '/opportunities/lost-reason', ({ state, query }) => {
  requireFields(query, ['locationId']);
  const reasons = ['Chose a competitor', 'No budget', 'No response'].map((name, i) => ({
    id: `lostreason${i + 1}`,
    name,
    locationId: query.locationId,
  }));
  const skip = intParam(query.skip, 'skip', { def: 0 });
  const limit = intParam(query.limit, 'limit', { def: 100, min: 1 });
  return { lostReasons: reasons.slice(skip, skip + limit), total: reasons.length };
});
route('GET', '/opportunities/pipelines', ({ state, query }) => {
  requireFields(query, ['locationId']);
  return { pipelines: clone(state.pipelines.filter((p) => p.locationId === query.locationId)) };
});
const checkOpportunity = (state, body, current = {}) => {
  const merged = { ...current, ...body };
  if (body.status !== undefined && !OPP_STATUS.includes(body.status))
    throw unprocessable('status must be one of the following values: open, won, lost, abandoned');
  if (body.monetaryValue !== undefined && typeof body.monetaryValue !== 'number') throw unprocessable('monetaryValue must be a number');
  const pipeline = state.pipelines.find((p) => p.id === merged.pipelineId);
  if (!pipeline) throw badRequest('Pipeline not found');
  if (merged.pipelineStageId && !pipeline.stages.some((s) => s.id === merged.pipelineStageId)) {
    throw badRequest('Pipeline stage does not belong to the pipeline');
  }
  if (merged.contactId && !state.contacts.some((c) => c.id === merged.contactId)) throw badRequest('Contact not found');
  return pipeline;
};
const OPP_FIELDS = [
  'name',
  'pipelineId',
  'pipelineStageId',
  'status',
  'contactId',
  'monetaryValue',
  'assignedTo',
  'source',
  'lostReasonId',
  'customFields',
];
const createOpportunity = (state, body, pipeline) => {
  const dup = state.opportunities.find((o) => o.contactId === body.contactId && o.pipelineId === body.pipelineId && o.status === 'open');
  if (dup) throw badRequest('Can not create duplicate opportunity for the contact.', { meta: { opportunityId: dup.id } });
  const at = nowIso();
  const opp = {
    id: state.nextId(),
    locationId: body.locationId,
    monetaryValue: 0,
    assignedTo: null,
    source: null,
    lostReasonId: null,
    customFields: [],
    followers: [],
    indexVersion: 1,
    createdAt: at,
    updatedAt: at,
    lastStatusChangeAt: at,
    lastStageChangeAt: at,
    lastActionDate: at,
  };
  for (const f of OPP_FIELDS) if (body[f] !== undefined) opp[f] = body[f];
  opp.pipelineStageId ??= pipeline.stages[0]?.id;
  state.opportunities.unshift(opp);
  return opp;
};
route('POST', '/opportunities', ({ state, body }) => {
  requireFields(body, ['pipelineId', 'locationId', 'name', 'status', 'contactId']);
  const pipeline = checkOpportunity(state, body);
  return [201, { opportunity: opportunityView(state, createOpportunity(state, body, pipeline)) }];
});
const updateOpportunity = (state, opp, body) => {
  checkOpportunity(state, body, opp);
  const at = nowIso();
  if (body.status !== undefined && body.status !== opp.status) opp.lastStatusChangeAt = at;
  if (body.pipelineStageId !== undefined && body.pipelineStageId !== opp.pipelineStageId) opp.lastStageChangeAt = at;
  for (const f of OPP_FIELDS) if (body[f] !== undefined) opp[f] = body[f];
  opp.updatedAt = at;
  opp.lastActionDate = at;
};
route('POST', '/opportunities/upsert', ({ state, body }) => {
  requireFields(body, ['pipelineId', 'locationId']);
  const existing = body.id
    ? state.opportunities.find((o) => o.id === body.id)
    : state.opportunities.find((o) => o.pipelineId === body.pipelineId && body.contactId && o.contactId === body.contactId);
  if (existing) {
    updateOpportunity(state, existing, body);
    return { opportunity: opportunityView(state, existing), new: false };
  }
  requireFields(body, ['name', 'contactId']);
  const pipeline = checkOpportunity(state, body);
  return { opportunity: opportunityView(state, createOpportunity(state, { status: 'open', ...body }, pipeline)), new: true };
});
route('GET', '/opportunities/:id', ({ state, params }) => ({
  opportunity: opportunityView(state, getOr404(state.opportunities, params.id, 'Opportunity')),
}));
route('PUT', '/opportunities/:id', ({ state, params, body }) => {
  const opp = getOr404(state.opportunities, params.id, 'Opportunity');
  updateOpportunity(state, opp, body);
  return { opportunity: opportunityView(state, opp) };
});
route('PUT', '/opportunities/:id/status', ({ state, params, body }) => {
  const opp = getOr404(state.opportunities, params.id, 'Opportunity');
  requireFields(body, ['status']);
  updateOpportunity(state, opp, { status: body.status, ...(body.lostReasonId ? { lostReasonId: body.lostReasonId } : {}) });
  return { succeded: true };
});
route('DELETE', '/opportunities/:id', ({ state, params }) => {
  getOr404(state.opportunities, params.id, 'Opportunity');
  state.opportunities = state.opportunities.filter((o) => o.id !== params.id);
  return { succeded: true };
});
route('POST', '/opportunities/:id/followers', ({ state, params, body }) => {
  const opp = getOr404(state.opportunities, params.id, 'Opportunity');
  if (!Array.isArray(body.followers)) throw unprocessable('followers must be an array');
  const added = body.followers.filter((f) => !opp.followers.includes(f));
  opp.followers.push(...added);
  return [201, { id: opp.id, followers: [...opp.followers], followersAdded: added }];
});
route('DELETE', '/opportunities/:id/followers', ({ state, params, body }) => {
  const opp = getOr404(state.opportunities, params.id, 'Opportunity');
  if (!Array.isArray(body.followers)) throw unprocessable('followers must be an array');
  const removed = opp.followers.filter((f) => body.followers.includes(f));
  opp.followers = opp.followers.filter((f) => !body.followers.includes(f));
  return { followers: [...opp.followers], followersRemoved: removed };
});

// Calendars
route('GET', '/calendars', ({ state, query }) => {
  requireFields(query, ['locationId']);
  return {
    calendars: clone(state.calendars.filter((c) => c.locationId === query.locationId && (!query.groupId || c.groupId === query.groupId))),
  };
});
route('GET', '/calendars/events', ({ state, query }) => {
  requireFields(query, ['locationId', 'startTime', 'endTime']);
  if (!query.calendarId && !query.userId && !query.groupId) throw unprocessable('Either of calendarId, userId or groupId is required');
  const from = Number(query.startTime);
  const to = Number(query.endTime);
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw unprocessable('startTime and endTime must be epoch milliseconds');
  const events = state.events.filter(
    (e) =>
      e.locationId === query.locationId &&
      (!query.calendarId || e.calendarId === query.calendarId) &&
      (!query.userId || e.assignedUserId === query.userId) &&
      (!query.groupId || state.calendars.find((c) => c.id === e.calendarId)?.groupId === query.groupId) &&
      Date.parse(e.startTime) < to &&
      Date.parse(e.endTime) > from,
  );
  return { events: clone(sortBy(events, 'startTime', 'asc')) };
});
route('GET', '/calendars/events/appointments/:eventId', ({ state, params }) => ({
  event: clone(getOr404(state.events, params.eventId, 'Event')),
}));
const APPT_FIELDS = [
  'title',
  'appointmentStatus',
  'assignedUserId',
  'description',
  'address',
  'meetingLocationType',
  'meetingLocationId',
  'rrule',
  'contactId',
  'calendarId',
];
const appointmentTimes = (state, calendar, body, exceptId) => {
  const start = Date.parse(body.startTime);
  if (Number.isNaN(start)) throw unprocessable('startTime must be a valid ISO 8601 date string');
  const end = body.endTime ? Date.parse(body.endTime) : start + (calendar.slotDuration || 30) * 60_000;
  if (Number.isNaN(end) || end <= start) throw unprocessable('endTime must be a valid ISO 8601 date string after startTime');
  if (!body.ignoreFreeSlotValidation) {
    const others = { ...state, events: state.events.filter((e) => e.id !== exceptId) };
    const day = freeSlots(others, calendar, start, start + 1, 'UTC', undefined);
    const ok = Object.values(day).some((d) => d.slots.some((s) => Date.parse(s) === start));
    if (!ok) throw badRequest('The slot you have selected is no longer available.');
  }
  return { startTime: new Date(start).toISOString(), endTime: new Date(end).toISOString() };
};
route('POST', '/calendars/events/appointments', ({ state, body }) => {
  requireFields(body, ['calendarId', 'locationId', 'contactId', 'startTime']);
  const calendar = state.calendars.find((c) => c.id === body.calendarId);
  if (!calendar) throw badRequest('Calendar not found');
  const contact = state.contacts.find((c) => c.id === body.contactId);
  if (!contact) throw badRequest('Contact not found');
  const times = appointmentTimes(state, calendar, body);
  const at = nowIso();
  const event = {
    id: state.nextId(),
    locationId: body.locationId,
    title: body.title ?? `${calendar.name} - ${[contact.firstName, contact.lastName].filter(Boolean).join(' ')}`,
    appointmentStatus: body.appointmentStatus ?? 'confirmed',
    assignedUserId: body.assignedUserId ?? calendar.teamMembers[0]?.userId ?? null,
    address: body.address ?? '',
    meetingLocationType: body.meetingLocationType ?? 'default',
    isRecurring: Boolean(body.rrule),
    rrule: body.rrule ?? undefined,
    users: [],
    notes: '',
    dateAdded: at,
    dateUpdated: at,
  };
  for (const f of APPT_FIELDS) if (body[f] !== undefined) event[f] = body[f];
  Object.assign(event, times);
  state.events.push(event);
  const { users: _u, notes: _n, dateAdded: _a, dateUpdated: _d, ...response } = event;
  return clone(response);
});
route('PUT', '/calendars/events/appointments/:eventId', ({ state, params, body }) => {
  const event = getOr404(state.events, params.eventId, 'Event');
  const calendar = state.calendars.find((c) => c.id === (body.calendarId ?? event.calendarId));
  if (!calendar) throw badRequest('Calendar not found');
  if (body.startTime) Object.assign(event, appointmentTimes(state, calendar, body, event.id));
  for (const f of APPT_FIELDS) if (body[f] !== undefined) event[f] = body[f];
  event.dateUpdated = nowIso();
  return clone(event);
});
route('DELETE', '/calendars/events/:eventId', ({ state, params }) => {
  getOr404(state.events, params.eventId, 'Event');
  state.events = state.events.filter((e) => e.id !== params.eventId);
  return { succeeded: true };
});
route('GET', '/calendars/:calendarId/free-slots', ({ state, params, query }) => {
  const calendar = getOr404(state.calendars, params.calendarId, 'Calendar');
  requireFields(query, ['startDate', 'endDate']);
  const start = Number(query.startDate);
  const end = Number(query.endDate);
  if (!Number.isFinite(start) || !Number.isFinite(end)) throw unprocessable('startDate and endDate must be epoch milliseconds');
  if (end < start) throw unprocessable('endDate must be after startDate');
  if (end - start > 31 * 86_400_000) throw unprocessable('Date range cannot be more than 31 days');
  const tz = query.timezone || calendar.timezone;
  if (!validZone(tz)) throw unprocessable('timezone must be a valid IANA time zone');
  return { ...freeSlots(state, calendar, start, end, tz, query.userId), traceId: crypto.randomUUID() };
});
route('GET', '/calendars/:calendarId', ({ state, params }) => ({
  calendar: clone(getOr404(state.calendars, params.calendarId, 'Calendar')),
}));

// Users
route('GET', '/users', ({ state, query }) => {
  requireFields(query, ['locationId']);
  return { users: clone(state.users.filter((u) => u.roles.locationIds.includes(query.locationId))) };
});
route('GET', '/users/search', ({ state, query }) => {
  requireFields(query, ['companyId']);
  if (query.companyId !== state.company.id) throw new HttpError(403, 'The token does not have access to this company', 'Forbidden');
  const skip = intParam(query.skip, 'skip', { def: 0 });
  const limit = intParam(query.limit, 'limit', { def: 25, min: 1, max: 100 });
  let list = state.users.filter((u) => !query.locationId || u.roles.locationIds.includes(query.locationId));
  if (query.query) list = list.filter((u) => queryMatches(u, query.query, ['name', 'email', 'phone']));
  if (query.role) list = list.filter((u) => u.roles.role === query.role);
  list = sortBy(list, query.sort || 'name', query.sortDirection === 'desc' ? 'desc' : 'asc');
  return { users: clone(list.slice(skip, skip + limit)), count: list.length };
});
route('GET', '/users/:userId', ({ state, params }) => clone(getOr404(state.users, params.userId, 'User')));

// Workflows and campaigns
route('GET', '/workflows', ({ state, query }) => {
  requireFields(query, ['locationId']);
  return { workflows: clone(state.workflows.filter((w) => w.locationId === query.locationId)) };
});
route('GET', '/campaigns', ({ state, query }) => {
  requireFields(query, ['locationId']);
  return {
    campaigns: clone(state.campaigns.filter((c) => c.locationId === query.locationId && (!query.status || c.status === query.status))),
  };
});

// Conversations
route('GET', '/conversations/search', ({ state, query }) => {
  requireFields(query, ['locationId']);
  const limit = intParam(query.limit, 'limit', { def: 20, min: 1, max: 100 });
  const field = query.sortBy === 'last_manual_message_date' || !query.sortBy ? 'lastMessageDate' : 'lastMessageDate';
  const dir = query.sort === 'asc' ? 'asc' : 'desc';
  let list = state.conversations.filter((c) => c.locationId === query.locationId);
  if (query.contactId) list = list.filter((c) => c.contactId === query.contactId);
  if (query.id) list = list.filter((c) => c.id === query.id);
  if (query.query) list = list.filter((c) => queryMatches(c, query.query, ['fullName', 'email', 'phone', 'lastMessageBody']));
  if (query.status === 'unread') list = list.filter((c) => c.unreadCount > 0);
  if (query.status === 'read') list = list.filter((c) => !c.unreadCount);
  list = sortBy(list, field, dir);
  const total = list.length;
  if (query.startAfterDate) {
    const after = Number(query.startAfterDate);
    list = list.filter((c) => (dir === 'desc' ? c[field] < after : c[field] > after));
  }
  return {
    conversations: clone(list.slice(0, limit)).map((c) => ({ ...c, sort: [c[field]] })),
    total,
  };
});
route('POST', '/conversations/messages', ({ state, body }) => {
  requireFields(body, ['type', 'contactId']);
  const types = ['SMS', 'RCS', 'Email', 'WhatsApp', 'IG', 'FB', 'Custom', 'Live_Chat', 'TIKTOK'];
  if (!types.includes(body.type)) throw unprocessable(`type must be one of the following values: ${types.join(', ')}`);
  const contact = state.contacts.find((c) => c.id === body.contactId);
  if (!contact) throw badRequest('Contact not found');
  if (body.type === 'Email' && !contact.email && !body.emailTo) throw badRequest('Contact does not have an email address');
  if (body.type === 'SMS' && !contact.phone && !body.toNumber) throw badRequest('Contact does not have a phone number');
  if (body.type === 'Email' ? !body.html && !body.message && !body.templateId : !body.message && !body.attachments?.length) {
    throw badRequest(body.type === 'Email' ? 'html or message is required for an email' : 'message should not be empty');
  }
  let conv = state.conversations.find((c) => c.contactId === contact.id);
  const at = Date.now();
  if (!conv) {
    conv = {
      id: state.nextId(),
      locationId: contact.locationId,
      contactId: contact.id,
      fullName: [contact.firstName, contact.lastName].filter(Boolean).join(' '),
      contactName: [contact.firstName, contact.lastName].filter(Boolean).join(' '),
      email: contact.email,
      phone: contact.phone,
      type: 'TYPE_PHONE',
      unreadCount: 0,
      inbox: true,
      starred: false,
      deleted: false,
      assignedTo: contact.assignedTo ?? null,
      tags: contact.tags,
      dateAdded: at,
    };
    state.conversations.push(conv);
  }
  const messageType =
    {
      SMS: 'TYPE_SMS',
      Email: 'TYPE_EMAIL',
      WhatsApp: 'TYPE_WHATSAPP',
      IG: 'TYPE_INSTAGRAM',
      FB: 'TYPE_FACEBOOK',
      Live_Chat: 'TYPE_LIVE_CHAT',
    }[body.type] ?? 'TYPE_CUSTOM_SMS';
  const message = {
    id: state.nextId(),
    type: 2,
    messageType,
    locationId: contact.locationId,
    contactId: contact.id,
    conversationId: conv.id,
    dateAdded: new Date(at).toISOString(),
    body: body.message ?? body.html ?? '',
    ...(body.subject ? { meta: { email: { subject: body.subject } } } : {}),
    direction: 'outbound',
    status: 'pending',
    contentType: body.html ? 'text/html' : 'text/plain',
    source: 'api',
  };
  state.messages.push(message);
  Object.assign(conv, {
    lastMessageBody: message.body,
    lastMessageType: messageType,
    lastMessageDirection: 'outbound',
    lastMessageDate: at,
    dateUpdated: at,
  });
  const emailId = body.type === 'Email' ? { emailMessageId: message.id } : {};
  return { conversationId: conv.id, messageId: message.id, ...emailId, msg: 'Message queued successfully.' };
});
// The location's messages (newest first), paged by an opaque cursor; without a channel, no emails.
route('GET', '/conversations/messages/export', ({ state, query }) => {
  requireFields(query, ['locationId']);
  const limit = intParam(query.limit, 'limit', { def: 100, min: 10, max: 500 });
  const type = query.channel ? `TYPE_${String(query.channel).toUpperCase()}` : undefined;
  const list = sortBy(
    state.messages.filter((m) => m.locationId === query.locationId && (type ? m.messageType === type : m.messageType !== 'TYPE_EMAIL')),
    query.sortBy === 'updatedAt' ? 'dateUpdated' : 'dateAdded',
    query.sortOrder === 'asc' ? 'asc' : 'desc',
  );
  const start = query.cursor ? Number(Buffer.from(String(query.cursor), 'base64').toString()) || 0 : 0;
  const end = start + limit;
  return {
    messages: clone(list.slice(start, end)),
    nextCursor: end < list.length ? Buffer.from(String(end)).toString('base64') : null,
    total: list.length,
  };
});
route('GET', '/conversations/messages/:id', ({ state, params }) => clone(getOr404(state.messages, params.id, 'Message')));
route('GET', '/conversations/:conversationId/messages', ({ state, params, query }) => {
  getOr404(state.conversations, params.conversationId, 'Conversation');
  const limit = intParam(query.limit, 'limit', { def: 20, min: 1, max: 100 });
  let list = sortBy(
    state.messages.filter((m) => m.conversationId === params.conversationId),
    'dateAdded',
    'desc',
  );
  if (query.type) {
    const types = String(query.type).split(',');
    list = list.filter((m) => types.includes(m.messageType));
  }
  if (query.lastMessageId) {
    const i = list.findIndex((m) => m.id === query.lastMessageId);
    list = i >= 0 ? list.slice(i + 1) : [];
  }
  const page = list.slice(0, limit);
  return { lastMessageId: page[page.length - 1]?.id ?? null, nextPage: list.length > limit, messages: clone(page) };
});
route('GET', '/conversations/:conversationId', ({ state, params }) =>
  clone(getOr404(state.conversations, params.conversationId, 'Conversation')),
);

// ---------------------------------------------------------------------------------------------
// OAuth: POST /oauth/token (form-urlencoded, no Version header)

const issueTokens = (state, grant) => {
  const access = token('sandbox-at');
  const refresh = token('sandbox-rt');
  state.auth.accessTokens.set(access, { ...grant, expiresAt: Date.now() + state.auth.accessTokenTtlSeconds * 1000 });
  state.auth.refreshTokens.set(refresh, { ...grant, used: false });
  return {
    access_token: access,
    token_type: 'Bearer',
    expires_in: state.auth.accessTokenTtlSeconds,
    refresh_token: refresh,
    scope: grant.scope,
    userType: grant.userType,
    ...(grant.userType === 'Location' ? { locationId: grant.locationId } : {}),
    companyId: grant.companyId,
    userId: grant.userId,
    isBulkInstallation: false,
  };
};

const oauthToken = (state, req, raw) => {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.includes('application/x-www-form-urlencoded')) {
    throw new HttpError(415, 'Send the token request as application/x-www-form-urlencoded', 'Unsupported Media Type');
  }
  const form = Object.fromEntries(new URLSearchParams(raw));
  const invalid = (description, status = 400, error = 'invalid_grant') =>
    new HttpError(status, description, error, { error_description: description });
  if (form.client_id !== state.auth.clientId || form.client_secret !== state.auth.clientSecret)
    throw invalid('Invalid client credentials', 401, 'invalid_client');
  const userType = form.user_type === 'Company' ? 'Company' : 'Location';
  if (form.grant_type === 'authorization_code') {
    const code = state.auth.codes.get(form.code);
    if (!form.code || !code) throw invalid('Invalid grant: authorization code is invalid or already used');
    state.auth.codes.delete(form.code);
    return issueTokens(state, { ...code, userType });
  }
  if (form.grant_type === 'refresh_token') {
    const grant = state.auth.refreshTokens.get(form.refresh_token);
    if (!form.refresh_token || !grant || grant.used) throw invalid('Invalid grant: refresh token is invalid, expired or already used', 401);
    grant.used = true; // GHL rotates refresh tokens: this one is spent.
    const { used: _used, ...rest } = grant;
    return issueTokens(state, rest);
  }
  throw unprocessable('grant_type must be one of the following values: authorization_code, refresh_token');
};

// ---------------------------------------------------------------------------------------------
// The server

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const parseQuery = (search) => {
  const out = {};
  for (const [k, v] of new URLSearchParams(search)) {
    if (out[k] === undefined) out[k] = v;
    else out[k] = [].concat(out[k], v);
  }
  return out;
};

const expectedVersion = (path) => VERSIONS[path.split('/')[1]] ?? DEFAULT_VERSION;

/** Burst window per location (or company): timestamps of the requests in the current window. */
const takeRateLimit = (state, key) => {
  const { max, intervalMs } = state.rateLimit;
  const now = Date.now();
  const hits = (state.rateWindows.get(key) ?? []).filter((t) => t > now - intervalMs);
  const daily = (state.dailyCounts.get(key) ?? 0) + 1;
  let allowed = hits.length < max;
  if (allowed) {
    hits.push(now);
    state.dailyCounts.set(key, daily);
  }
  state.rateWindows.set(key, hits);
  const headers = {
    'X-RateLimit-Limit-Daily': String(DAILY_LIMIT),
    'X-RateLimit-Daily-Remaining': String(Math.max(0, DAILY_LIMIT - (state.dailyCounts.get(key) ?? 0))),
    'X-RateLimit-Interval-Milliseconds': String(intervalMs),
    'X-RateLimit-Max': String(max),
    'X-RateLimit-Remaining': String(Math.max(0, max - hits.length)),
  };
  if (!allowed) headers['Retry-After'] = String(Math.max(1, Math.ceil((hits[0] + intervalMs - now) / 1000)));
  return { allowed, headers };
};

const send = (res, status, body, headers = {}) => {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
};

const handle = async (state, req, res) => {
  const url = new URL(req.url, 'http://sandbox.local');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const method = req.method.toUpperCase();
  const traceId = crypto.randomUUID();
  const raw = await readBody(req);
  const entry = { at: new Date().toISOString(), method, path, query: url.search, status: 0 };
  state.log.push(entry);
  const reply = (status, body, headers) => {
    entry.status = status;
    const withTrace = body && typeof body === 'object' && !Array.isArray(body) && !('traceId' in body) ? { ...body, traceId } : body;
    send(res, status, withTrace, headers);
  };
  try {
    if (method === 'POST' && path === '/oauth/token') return reply(200, oauthToken(state, req, raw));

    let match;
    const found = routes.find((r) => r.method === method && (match = r.rx.exec(path)));
    if (!found) throw new HttpError(404, `Cannot ${method} ${path}`, 'Not Found');

    const bearer = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1]?.trim();
    const auth = bearer && state.auth.accessTokens.get(bearer);
    if (!auth || (auth.expiresAt && auth.expiresAt < Date.now())) throw unauthorized();

    const version = req.headers.version;
    if (!version) throw badRequest('version header was not found');
    if (version !== expectedVersion(path)) {
      throw unprocessable(
        `Version ${version} is not supported here: ${path.split('/')[1]} endpoints take Version ${expectedVersion(path)}`,
      );
    }

    const limit = takeRateLimit(state, auth.locationId || auth.companyId);
    if (!limit.allowed) {
      entry.status = 429;
      return send(
        res,
        429,
        { statusCode: 429, message: 'Too many requests, please try again later.', error: 'Too Many Requests', traceId },
        limit.headers,
      );
    }

    let body = {};
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch (err) {
        throw badRequest(`Unexpected body: ${err.message}`);
      }
    }
    const query = parseQuery(url.search);
    const claimed = query.locationId ?? query.location_id ?? body?.locationId;
    if (auth.locationId && typeof claimed === 'string' && claimed !== auth.locationId) {
      throw new HttpError(403, 'The token does not have access to this location', 'Forbidden');
    }
    let params;
    try {
      params = Object.fromEntries(found.names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
    } catch {
      throw badRequest('Malformed path parameter');
    }
    const out = await found.handler({ state, params, query, body: body ?? {}, auth });
    const [status, payload] = Array.isArray(out) && typeof out[0] === 'number' ? out : [200, out];
    reply(status, payload, limit.headers);
  } catch (err) {
    if (err instanceof HttpError) return reply(err.status, err.body);
    console.error('[sandbox]', err);
    reply(500, { statusCode: 500, message: 'Internal Server Error' });
  }
};

/** A fresh state: seeded records plus auth and rate-limit bookkeeping. */
const createState = ({ rateLimit, clientId, clientSecret, accessTokenTtlSeconds } = {}) => {
  const data = seed();
  const location = data.locations[0];
  const grant = {
    locationId: location.id,
    companyId: location.companyId,
    userId: data.users[0].id,
    userType: 'Location',
    scope: 'sandbox',
  };
  const state = {
    ...data,
    rateLimit: { max: 100, intervalMs: 10_000, ...(rateLimit ?? {}) },
    rateWindows: new Map(),
    dailyCounts: new Map(),
    log: [],
    auth: {
      clientId: clientId ?? SANDBOX_CLIENT_ID,
      clientSecret: clientSecret ?? SANDBOX_CLIENT_SECRET,
      accessTokenTtlSeconds: accessTokenTtlSeconds ?? 86_399,
      accessTokens: new Map([[SANDBOX_LOCATION_TOKEN, { ...grant, kind: 'pit' }]]),
      refreshTokens: new Map(),
      codes: new Map(),
    },
    locationId: location.id,
    companyId: location.companyId,
  };
  /** A one-time authorization code, as GHL's consent screen would hand back. */
  state.issueAuthCode = () => {
    const code = token('sandbox-code');
    state.auth.codes.set(code, grant);
    return code;
  };
  /** Tokens as a finished OAuth exchange would give them. */
  state.issueTokens = () => issueTokens(state, grant);
  return state;
};

/** Starts the sandbox. `port: 0` picks a free port. Resolves to { url, close, state }. */
const startSandbox = ({ port = 0, host = '127.0.0.1', ...options } = {}) =>
  new Promise((resolve, reject) => {
    const state = createState(options);
    const server = http.createServer((req, res) => {
      handle(state, req, res).catch((err) => {
        console.error('[sandbox]', err);
        if (!res.headersSent) send(res, 500, { statusCode: 500, message: 'Internal Server Error' });
      });
    });
    server.keepAliveTimeout = 1000;
    server.on('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const url = `http://${host}:${addr.port}`;
      const close = () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections?.();
        });
      resolve({ url, close, state, server });
    });
  });

const argValue = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.split('=')[1] : undefined;
};

if (require.main === module) {
  const port = Number(argValue('port') ?? process.env.PORT ?? DEFAULT_PORT);
  const max = argValue('rate-limit');
  startSandbox({ port, host: argValue('host') ?? '127.0.0.1', ...(max ? { rateLimit: { max: Number(max) } } : {}) })
    .then(({ url, state, close }) => {
      const code = state.issueAuthCode();
      console.log(`GHL sandbox listening on ${url}`);
      console.log(`  location:            ${state.locationId} (${state.locations[0].name})`);
      console.log(`  bearer token:        ${SANDBOX_LOCATION_TOKEN}  (a location Private Integration Token)`);
      console.log(`  OAuth client:        CLIENT_ID=${SANDBOX_CLIENT_ID} CLIENT_SECRET=${SANDBOX_CLIENT_SECRET}`);
      console.log(`  one-time OAuth code: ${code}`);
      console.log(`  rate limit:          ${state.rateLimit.max} requests per ${state.rateLimit.intervalMs / 1000} s per location`);
      console.log(`Point the app at it: GHL_API_BASE_URL=${url}`);
      console.log(
        `Try: curl -H "Authorization: Bearer ${SANDBOX_LOCATION_TOKEN}" -H "Version: 2021-07-28" ${url}/locations/${state.locationId}`,
      );
      const envOf = (connection) =>
        invokeEnv(connection, {
          url,
          state,
          clientId: SANDBOX_CLIENT_ID,
          clientSecret: SANDBOX_CLIENT_SECRET,
          locationToken: SANDBOX_LOCATION_TOKEN,
        });
      const write = process.argv.find((a) => a === '--write-env' || a.startsWith('--write-env='));
      for (const connection of ['oauth', 'token']) {
        console.log(`\n.env for \`zapier-platform invoke\` (${connection} connection):\n${envOf(connection)}`);
      }
      if (write) {
        const connection = write.endsWith('=token') ? 'token' : 'oauth';
        console.log(`Wrote ${writeInvokeEnv(envOf(connection))} for the ${connection} connection (any earlier one kept as .env.bak).`);
      }
      console.log('Stop with Ctrl-C.');
      const stop = () => close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      stopWithParent(stop);
    })
    .catch((err) => {
      console.error(`Could not start the sandbox: ${err.message}`);
      process.exit(1);
    });
}

module.exports = { startSandbox, createState, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, SANDBOX_LOCATION_TOKEN, DEFAULT_PORT };
