/** Contacts: search, duplicates, upsert, create, read, update, delete. */
import { badRequest, unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row, State } from '../../lib/types';
import { EMAIL, clone, digits, fullName, getOr404, intParam, lower, nowIso, queryMatches, requireFields, sortBy } from '../../lib/util';

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

const STANDARD_FIELDS = [
  'firstName',
  'lastName',
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
  'source',
  'assignedTo',
  'businessId',
];

const applyContactFields = (contact: Row, body: Row) => {
  for (const f of CONTACT_FIELDS) {
    if (body[f] === undefined) continue;
    if (f === 'name') {
      const [first, ...rest] = String(body.name).trim().split(/\s+/);
      if (body.firstName === undefined) contact.firstName = first;
      if (body.lastName === undefined && rest.length) contact.lastName = rest.join(' ');
    } else if (f === 'customFields') {
      contact.customFields = (Array.isArray(body.customFields) ? body.customFields : []).map((cf: Row) => ({
        id: cf.id ?? cf.key,
        value: cf.field_value ?? cf.value,
      }));
    } else if (f === 'tags') {
      if (!Array.isArray(body.tags)) throw unprocessable('tags must be an array');
      contact.tags = [...new Set(body.tags.map((t: unknown) => String(t).toLowerCase().trim()).filter(Boolean))];
    } else contact[f] = body[f];
  }
  if (contact.email) contact.email = lower(contact.email);
  contact.contactName = fullName(contact).toLowerCase() || null;
  contact.firstNameRaw = contact.firstName ?? null;
  contact.lastNameRaw = contact.lastName ?? null;
  contact.dateUpdated = nowIso();
};

const checkContactBody = (body: Row) => {
  const problems = [];
  if (body.email !== undefined && body.email !== null && body.email !== '' && !EMAIL.test(String(body.email))) {
    problems.push('email must be an email');
  }
  if (body.tags !== undefined && !Array.isArray(body.tags)) problems.push('tags must be an array');
  if (problems.length) throw unprocessable(problems);
};

/** POST /contacts/search filters: {field, operator, value} or {group: 'AND'|'OR', filters: [...]}. */
const contactMatches = (contact: Row, filter: Row): boolean => {
  if (filter.group || Array.isArray(filter.filters)) {
    const list = filter.filters ?? [];
    return lower(filter.group) === 'or'
      ? list.some((f: Row) => contactMatches(contact, f))
      : list.every((f: Row) => contactMatches(contact, f));
  }
  const { field, operator, value } = filter;
  if (!field || !operator) throw unprocessable('each filter needs field and operator');
  const actual = contact[field];
  const eq = (a: unknown, b: unknown) => (field === 'phone' ? digits(a) === digits(b) : lower(a) === lower(b));
  switch (operator) {
    case 'eq':
      return Array.isArray(actual) ? ([] as unknown[]).concat(value).every((v) => actual.some((a) => eq(a, v))) : eq(actual, value);
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
      const bound = (v: unknown) => (typeof v === 'number' ? v : Date.parse(String(v)));
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

/** A contact for its notes and tasks: GHL answers 400 (not 404) when it is not there. */
export const findContact = (state: State, id: string) => {
  const c = state.contacts.find((x) => x.id === id);
  if (!c) throw badRequest('Contact not found');
  return c;
};
const duplicateOf = (state: State, locationId: string, { email, phone }: Row, exceptId?: string) =>
  state.contacts.find(
    (c) =>
      c.locationId === locationId &&
      c.id !== exceptId &&
      ((email && lower(c.email) === lower(email)) || (phone && digits(phone).length >= 7 && digits(c.phone) === digits(phone))),
  );

/** GHL's webhook events for a contact update: ContactUpdate, plus the tag and DND events when those changed. */
export const contactChanges = (before: Row, after: Row): string[] => [
  'ContactUpdate',
  ...(JSON.stringify(before.tags ?? []) !== JSON.stringify(after.tags ?? []) ? ['ContactTagUpdate'] : []),
  ...(before.dnd !== after.dnd || JSON.stringify(before.dndSettings) !== JSON.stringify(after.dndSettings) ? ['ContactDndUpdate'] : []),
];

export default (r: Router) => {
  // Contacts
  r.post('/contacts/search', ({ state, body }) => {
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
  r.get('/contacts/search/duplicate', ({ state, query }) => {
    requireFields(query, ['locationId']);
    if (!query.email && !query.number) throw badRequest('email or number is required');
    const found = duplicateOf(state, query.locationId, { email: query.email, phone: query.number });
    return { contact: found ? clone(found) : null };
  });
  r.post('/contacts/upsert', ({ state, body, emit }) => {
    requireFields(body, ['locationId']);
    checkContactBody(body);
    const existing = duplicateOf(state, body.locationId, body);
    if (existing) {
      const before = clone(existing);
      const { tags, ...rest } = body;
      applyContactFields(existing, rest);
      if (Array.isArray(tags)) existing.tags = [...new Set([...existing.tags, ...tags.map((t) => lower(t).trim())])];
      contactChanges(before, existing).forEach((type) => emit(type, existing));
      return { new: false, contact: clone(existing) };
    }
    const contact = newContact(state, body);
    emit('ContactCreate', contact);
    return { new: true, contact: clone(contact) };
  });
  const newContact = (state: State, body: Row) => {
    const contact: Row = {
      id: state.nextId(),
      locationId: body.locationId,
      // The standard fields a new contact carries, empty until given (like the seeded contacts).
      ...Object.fromEntries(STANDARD_FIELDS.map((f) => [f, null])),
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
  r.get('/contacts', ({ state, query }) => {
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
  r.post('/contacts', ({ state, body, emit }) => {
    requireFields(body, ['locationId']);
    checkContactBody(body);
    const settings = state.locations.find((l) => l.id === body.locationId)?.settings ?? {};
    const dup = !settings.allowDuplicateContact && duplicateOf(state, body.locationId, body);
    if (dup) {
      throw badRequest('This location does not allow duplicated contacts.', {
        meta: {
          contactName: fullName(dup),
          contactId: dup.id,
          matchingField: lower(dup.email) === lower(body.email) ? 'email' : 'phone',
        },
      });
    }
    const contact = newContact(state, body);
    emit('ContactCreate', contact);
    return [201, { contact: clone(contact) }];
  });
  r.get('/contacts/:contactId', ({ state, params }) => ({ contact: clone(getOr404(state.contacts, params.contactId, 'Contact')) }));
  r.put('/contacts/:contactId', ({ state, params, body, emit }) => {
    const c = getOr404(state.contacts, params.contactId, 'Contact');
    const before = clone(c);
    if (body.locationId !== undefined) throw unprocessable('property locationId should not exist');
    checkContactBody(body);
    const dup = duplicateOf(state, c.locationId, body, c.id);
    if (dup) throw badRequest('This location does not allow duplicated contacts.', { meta: { contactId: dup.id } });
    applyContactFields(c, body);
    contactChanges(before, c).forEach((type) => emit(type, c));
    return { succeded: true, contact: clone(c) };
  });
  r.delete('/contacts/:contactId', ({ state, params, emit }) => {
    emit('ContactDelete', getOr404(state.contacts, params.contactId, 'Contact'));
    state.contacts = state.contacts.filter((c) => c.id !== params.contactId);
    return { succeded: true };
  });
};
