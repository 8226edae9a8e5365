/** Rooms and equipment that service calendars book. GHL answers bare records and arrays, keyed `_id`. */
import type { Router } from '../../lib/router';
import type { Row, State } from '../../lib/types';
import { assignFields, clone, getOr404, intParam, removeOr404, requireFields, requireOneOf } from '../../lib/util';
import { arraysIn, booleansIn, numbersIn, reject } from './validate';

const TYPES = ['equipments', 'rooms'] as const;
const FIELDS = ['name', 'description', 'quantity', 'outOfService', 'capacity', 'calendarIds', 'isActive'];
const COUNTS = ['quantity', 'outOfService', 'capacity'];

const typeOf = (params: Record<string, string>) => {
  requireOneOf(params, 'resourceType', TYPES);
  return params.resourceType;
};

const check = (state: State, body: Row) => {
  reject(numbersIn(body, COUNTS, { min: 0 }), booleansIn(body, ['isActive']), arraysIn(body, ['calendarIds']));
  for (const id of body.calendarIds ?? []) getOr404(state.calendars, String(id), 'Calendar');
};

const resourceOf = (state: State, params: Record<string, string>) => {
  const type = typeOf(params);
  return getOr404(
    state.calendarResources.filter((x) => x.resourceType === type),
    params.id,
    'Resource',
  );
};

export default (r: Router) => {
  r.get('/calendars/resources/:resourceType', ({ state, params, query }) => {
    const type = typeOf(params);
    requireFields(query, ['locationId', 'limit', 'skip']);
    const list = state.calendarResources.filter((x) => x.resourceType === type && x.locationId === query.locationId);
    const skip = intParam(query.skip, 'skip', { def: 0 });
    return clone(list.slice(skip, skip + intParam(query.limit, 'limit', { def: 100, min: 1 })));
  });
  r.post('/calendars/resources/:resourceType', ({ state, params, body }) => {
    const type = typeOf(params);
    // GHL asks for every count, whatever the type (equipment has no capacity, a room no quantity).
    requireFields(body, ['locationId', 'name', 'description', ...COUNTS, 'calendarIds']);
    check(state, body);
    const resource = assignFields({ _id: state.nextId(), locationId: body.locationId, resourceType: type, isActive: true }, body, FIELDS);
    state.calendarResources.push(resource);
    return [201, clone(resource)];
  });
  r.get('/calendars/resources/:resourceType/:id', ({ state, params }) => clone(resourceOf(state, params)));
  r.put('/calendars/resources/:resourceType/:id', ({ state, params, body }) => {
    const resource = resourceOf(state, params);
    check(state, body);
    assignFields(resource, body, FIELDS);
    return clone(resource);
  });
  r.delete('/calendars/resources/:resourceType/:id', ({ state, params }) => {
    removeOr404(state.calendarResources, resourceOf(state, params)._id, 'Resource');
    return { success: true };
  });
};
