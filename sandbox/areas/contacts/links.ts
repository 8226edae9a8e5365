/**
 * What links a contact to others: tags (one contact or many), followers, workflows, campaigns,
 * and a business (the contacts of a business, many contacts moved to one).
 */
import { unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row } from '../../lib/types';
import { clone, getOr404, lower, nowIso, queryMatches, requireFields, requireOneOf, skipLimit, sortBy } from '../../lib/util';

/** A non-empty list of strings in the body, class-validator's messages otherwise. */
const listOf = (body: Row, name: string, { allowEmpty = false } = {}): string[] => {
  const v = body?.[name];
  if (v === undefined || v === null) throw unprocessable([`${name} should not be empty`, `${name} must be an array`]);
  if (!Array.isArray(v)) throw unprocessable(`${name} must be an array`);
  if (!allowEmpty && !v.length) throw unprocessable(`${name} should not be empty`);
  if (v.some((x) => typeof x !== 'string')) throw unprocessable(`each value in ${name} must be a string`);
  return v;
};

const tagsOf = (body: Row): string[] => {
  if (!Array.isArray(body?.tags) || !body.tags.length) throw unprocessable('tags must be an array with at least one tag');
  return body.tags.map((t: unknown) => lower(t).trim()).filter(Boolean);
};

export default (r: Router) => {
  r.post('/contacts/:contactId/tags', ({ state, params, body, emit }) => {
    const c = getOr404(state.contacts, params.contactId, 'Contact');
    c.tags = [...new Set([...c.tags, ...tagsOf(body)])];
    c.dateUpdated = nowIso();
    emit('ContactTagUpdate', c);
    return [201, { tags: [...c.tags] }];
  });
  r.delete('/contacts/:contactId/tags', ({ state, params, body, emit }) => {
    const c = getOr404(state.contacts, params.contactId, 'Contact');
    const drop = tagsOf(body);
    c.tags = c.tags.filter((t: string) => !drop.includes(t));
    c.dateUpdated = nowIso();
    emit('ContactTagUpdate', c);
    return { tags: [...c.tags] };
  });
  // Workflows and campaigns of a contact
  for (const [kind, list] of [
    ['workflow', 'workflows'],
    ['campaigns', 'campaigns'],
  ] as const) {
    const param = kind === 'workflow' ? 'workflowId' : 'campaignId';
    r.post(`/contacts/:contactId/${kind}/:${param}`, ({ state, params }) => {
      const c = getOr404(state.contacts, params.contactId, 'Contact');
      getOr404(state[list], params[param], kind === 'workflow' ? 'Workflow' : 'Campaign');
      c[list] ??= [];
      if (!c[list].includes(params[param])) c[list].push(params[param]);
      return [201, { succeded: true }];
    });
    r.delete(`/contacts/:contactId/${kind}/:${param}`, ({ state, params }) => {
      const c = getOr404(state.contacts, params.contactId, 'Contact');
      c[list] = (c[list] ?? []).filter((x: string) => x !== params[param]);
      return { succeded: true };
    });
  }
  r.delete('/contacts/:contactId/campaigns/removeAll', ({ state, params }) => {
    const c = getOr404(state.contacts, params.contactId, 'Contact');
    c.campaigns = [];
    return { succeded: true };
  });

  // Followers: users who get notified about the contact.
  r.post('/contacts/:contactId/followers', ({ state, params, body }) => {
    const c = getOr404(state.contacts, params.contactId, 'Contact');
    const added = [...new Set(listOf(body, 'followers'))].filter((u) => !c.followers.includes(u));
    c.followers = [...c.followers, ...added];
    c.dateUpdated = nowIso();
    return [201, { followers: [...c.followers], followersAdded: added }];
  });
  r.delete('/contacts/:contactId/followers', ({ state, params, body }) => {
    const c = getOr404(state.contacts, params.contactId, 'Contact');
    const drop = listOf(body, 'followers');
    const removed = c.followers.filter((u: string) => drop.includes(u));
    c.followers = c.followers.filter((u: string) => !drop.includes(u));
    c.dateUpdated = nowIso();
    return { followers: [...c.followers], followersRemoved: removed };
  });

  // Tags of many contacts: each contact that cannot be changed is one error in `responses`.
  r.post('/contacts/bulk/tags/update/:type', ({ state, params, body, emit }) => {
    requireOneOf(params, 'type', ['add', 'remove']);
    requireFields(body, ['locationId']);
    const ids = listOf(body, 'contacts');
    const removeAll = params.type === 'remove' && body.removeAllTags === true;
    const tags = removeAll ? listOf(body, 'tags', { allowEmpty: true }).map((t) => lower(t).trim()) : tagsOf(body);
    const responses: Row[] = [];
    for (const id of ids) {
      const c = state.contacts.find((x) => x.id === id && x.locationId === body.locationId);
      if (!c) {
        responses.push({ contactId: id, message: 'contact not found', type: 'error' });
        continue;
      }
      if (params.type === 'add') c.tags = [...new Set([...c.tags, ...tags])];
      else c.tags = removeAll ? [] : c.tags.filter((t: string) => !tags.includes(t));
      c.dateUpdated = nowIso();
      emit('ContactTagUpdate', c);
    }
    return [201, { succeded: true, errorCount: responses.length, responses }];
  });

  // Business of many contacts: a business id sets it, null takes the contacts out of theirs.
  r.post('/contacts/bulk/business', ({ state, body }) => {
    requireFields(body, ['locationId']);
    const ids = listOf(body, 'ids');
    if (ids.some((id) => id.length > 50)) throw unprocessable('each value in ids must be shorter than or equal to 50 characters');
    if (body.businessId !== null && typeof body.businessId !== 'string') throw unprocessable('businessId must be a string');
    const changed = state.contacts.filter((c) => c.locationId === body.locationId && ids.includes(c.id));
    for (const c of changed) Object.assign(c, { businessId: body.businessId || null, dateUpdated: nowIso() });
    return { success: true, ids: changed.map((c) => c.id) };
  });
  r.get('/contacts/business/:businessId', ({ state, params, query }) => {
    requireFields(query, ['locationId']);
    const found = sortBy(
      state.contacts.filter(
        (c) =>
          c.locationId === query.locationId &&
          c.businessId === params.businessId &&
          queryMatches(c, query.query, ['firstName', 'lastName', 'contactName', 'email', 'phone']),
      ),
      'dateAdded',
    );
    return { contacts: clone(skipLimit(found, query, { def: 25, max: 100 })), count: found.length };
  });
};
