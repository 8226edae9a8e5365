/** Opportunities: both searches, pipelines, lost reasons, create/upsert/update/status/delete, followers. */
import { badRequest, unprocessable } from '../lib/errors';
import type { Router } from '../lib/router';
import type { Ctx, Row, State } from '../lib/types';
import { clone, fullName, getOr404, intParam, lower, nowIso, requireFields, sortBy } from '../lib/util';

const opportunityView = (state: State, opp: Row) => {
  const c = state.contacts.find((x) => x.id === opp.contactId);
  return {
    ...clone(opp),
    contact: c
      ? {
          id: c.id,
          name: fullName(c),
          companyName: c.companyName,
          email: c.email,
          phone: c.phone,
          tags: c.tags,
        }
      : undefined,
  };
};

export default (r: Router) => {
  // Opportunities
  const OPP_STATUS = ['open', 'won', 'lost', 'abandoned'];
  r.get('/opportunities/search', ({ state, query }) => {
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
  const OPP_SORT_FIELDS: Record<string, string> = {
    date_added: 'createdAt',
    date_updated: 'updatedAt',
    last_status_change_date: 'lastStatusChangeAt',
    last_stage_change_date: 'lastStageChangeAt',
  };
  const OPP_FILTER_FIELDS: Record<string, string> = {
    pipeline_id: 'pipelineId',
    pipeline_stage_id: 'pipelineStageId',
    status: 'status',
    contact_id: 'contactId',
    assigned_to: 'assignedTo',
  };
  r.post('/opportunities/search', ({ state, body }) => {
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
  r.get('/opportunities/lost-reason', ({ query }) => {
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
  r.get('/opportunities/pipelines', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return { pipelines: clone(state.pipelines.filter((p) => p.locationId === query.locationId)) };
  });
  const checkOpportunity = (state: State, body: Row, current: Row = {}) => {
    const merged = { ...current, ...body };
    if (body.status !== undefined && !OPP_STATUS.includes(body.status))
      throw unprocessable('status must be one of the following values: open, won, lost, abandoned');
    if (body.monetaryValue !== undefined && typeof body.monetaryValue !== 'number') throw unprocessable('monetaryValue must be a number');
    const pipeline = state.pipelines.find((p) => p.id === merged.pipelineId);
    if (!pipeline) throw badRequest('Pipeline not found');
    if (merged.pipelineStageId && !pipeline.stages.some((s: Row) => s.id === merged.pipelineStageId)) {
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
  const createOpportunity = (state: State, body: Row, pipeline: Row) => {
    const dup = state.opportunities.find((o) => o.contactId === body.contactId && o.pipelineId === body.pipelineId && o.status === 'open');
    if (dup) throw badRequest('Can not create duplicate opportunity for the contact.', { meta: { opportunityId: dup.id } });
    const at = nowIso();
    const opp: Row = {
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
  r.post('/opportunities', ({ state, body, emit }) => {
    requireFields(body, ['pipelineId', 'locationId', 'name', 'status', 'contactId']);
    const pipeline = checkOpportunity(state, body);
    const opp = createOpportunity(state, body, pipeline);
    emit('OpportunityCreate', opp);
    return [201, { opportunity: opportunityView(state, opp) }];
  });
  /** Applies an update; reports GHL's webhook events for it (OpportunityUpdate, and one per changed status, stage, value, owner). */
  const updateOpportunity = (state: State, opp: Row, body: Row, emit: Ctx['emit']) => {
    checkOpportunity(state, body, opp);
    const before = { ...opp };
    const at = nowIso();
    if (body.status !== undefined && body.status !== opp.status) opp.lastStatusChangeAt = at;
    if (body.pipelineStageId !== undefined && body.pipelineStageId !== opp.pipelineStageId) opp.lastStageChangeAt = at;
    for (const f of OPP_FIELDS) if (body[f] !== undefined) opp[f] = body[f];
    opp.updatedAt = at;
    opp.lastActionDate = at;
    const changed = (f: string, type: string) => (before[f] !== opp[f] ? [type] : []);
    for (const type of [
      'OpportunityUpdate',
      ...changed('status', 'OpportunityStatusUpdate'),
      ...changed('pipelineStageId', 'OpportunityStageUpdate'),
      ...changed('monetaryValue', 'OpportunityMonetaryValueUpdate'),
      ...changed('assignedTo', 'OpportunityAssignedToUpdate'),
    ])
      emit(type, opp);
  };
  r.post('/opportunities/upsert', ({ state, body, emit }) => {
    requireFields(body, ['pipelineId', 'locationId']);
    const existing = body.id
      ? state.opportunities.find((o) => o.id === body.id)
      : state.opportunities.find((o) => o.pipelineId === body.pipelineId && body.contactId && o.contactId === body.contactId);
    if (existing) {
      updateOpportunity(state, existing, body, emit);
      return { opportunity: opportunityView(state, existing), new: false };
    }
    requireFields(body, ['name', 'contactId']);
    const pipeline = checkOpportunity(state, body);
    const opp = createOpportunity(state, { status: 'open', ...body }, pipeline);
    emit('OpportunityCreate', opp);
    return { opportunity: opportunityView(state, opp), new: true };
  });
  r.get('/opportunities/:id', ({ state, params }) => ({
    opportunity: opportunityView(state, getOr404(state.opportunities, params.id, 'Opportunity')),
  }));
  r.put('/opportunities/:id', ({ state, params, body, emit }) => {
    const opp = getOr404(state.opportunities, params.id, 'Opportunity');
    updateOpportunity(state, opp, body, emit);
    return { opportunity: opportunityView(state, opp) };
  });
  r.put('/opportunities/:id/status', ({ state, params, body, emit }) => {
    const opp = getOr404(state.opportunities, params.id, 'Opportunity');
    requireFields(body, ['status']);
    updateOpportunity(state, opp, { status: body.status, ...(body.lostReasonId ? { lostReasonId: body.lostReasonId } : {}) }, emit);
    return { succeded: true };
  });
  r.delete('/opportunities/:id', ({ state, params, emit }) => {
    emit('OpportunityDelete', getOr404(state.opportunities, params.id, 'Opportunity'));
    state.opportunities = state.opportunities.filter((o) => o.id !== params.id);
    return { succeded: true };
  });
  r.post('/opportunities/:id/followers', ({ state, params, body }) => {
    const opp = getOr404(state.opportunities, params.id, 'Opportunity');
    if (!Array.isArray(body.followers)) throw unprocessable('followers must be an array');
    const added = body.followers.filter((f: string) => !opp.followers.includes(f));
    opp.followers.push(...added);
    return [201, { id: opp.id, followers: [...opp.followers], followersAdded: added }];
  });
  r.delete('/opportunities/:id/followers', ({ state, params, body }) => {
    const opp = getOr404(state.opportunities, params.id, 'Opportunity');
    if (!Array.isArray(body.followers)) throw unprocessable('followers must be an array');
    const removed = opp.followers.filter((f: string) => body.followers.includes(f));
    opp.followers = opp.followers.filter((f: string) => !body.followers.includes(f));
    return { followers: [...opp.followers], followersRemoved: removed };
  });
};
