/** Associations between object types (contact, custom objects), and relations between records. */
import { badRequest, notFound } from '../lib/errors';
import type { Router } from '../lib/router';
import type { Row } from '../lib/types';
import { clone, getOr404, nowIso, removeOr404, requireFields, skipLimit } from '../lib/util';

export default (r: Router) => {
  r.get('/associations', ({ state, query }) => {
    requireFields(query, ['locationId']);
    const list = state.associations.filter((a) => a.locationId === query.locationId);
    return { associations: clone(skipLimit(list, query, { def: 100, max: 500 })), total: list.length };
  });
  r.post('/associations', ({ state, body, emit }) => {
    requireFields(body, ['locationId', 'key', 'firstObjectLabel', 'firstObjectKey', 'secondObjectLabel', 'secondObjectKey']);
    if (state.associations.some((a) => a.locationId === body.locationId && a.key === body.key))
      throw badRequest(`Association with key ${body.key} already exists`);
    const association: Row = {
      id: state.nextId(),
      locationId: body.locationId,
      key: body.key,
      firstObjectLabel: body.firstObjectLabel,
      firstObjectKey: body.firstObjectKey,
      secondObjectLabel: body.secondObjectLabel,
      secondObjectKey: body.secondObjectKey,
      associationType: 'USER_DEFINED',
    };
    state.associations.push(association);
    emit('AssociationCreate', association);
    return [201, clone(association)];
  });
  r.get('/associations/key/:keyName', ({ state, params, query }) => {
    requireFields(query, ['locationId']);
    const found = state.associations.find((a) => a.locationId === query.locationId && a.key === params.keyName);
    if (!found) throw notFound(`Association with key ${params.keyName} not found`);
    return clone(found);
  });
  // One association answers as the record, several as a list (the app reads both).
  r.get('/associations/objectKey/:objectKey', ({ state, params, query }) => {
    requireFields(query, ['locationId']);
    const found = state.associations.filter(
      (a) => a.locationId === query.locationId && (a.firstObjectKey === params.objectKey || a.secondObjectKey === params.objectKey),
    );
    if (!found.length) throw notFound(`No association found for object key ${params.objectKey}`);
    return found.length === 1 ? clone(found[0]) : { associations: clone(found) };
  });
  r.post('/associations/relations', ({ state, body, emit }) => {
    requireFields(body, ['locationId', 'associationId', 'firstRecordId', 'secondRecordId']);
    getOr404(state.associations, body.associationId, 'Association');
    const same = state.relations.find(
      (x) => x.associationId === body.associationId && x.firstRecordId === body.firstRecordId && x.secondRecordId === body.secondRecordId,
    );
    if (same) throw badRequest('Relation already exists');
    const relation: Row = {
      id: state.nextId(),
      locationId: body.locationId,
      associationId: body.associationId,
      firstRecordId: body.firstRecordId,
      secondRecordId: body.secondRecordId,
      createdAt: nowIso(),
    };
    state.relations.push(relation);
    emit('RelationCreate', relation);
    return [201, clone(relation)];
  });
  r.get('/associations/relations/:recordId', ({ state, params, query }) => {
    requireFields(query, ['locationId']);
    const ids = query.associationIds === undefined ? undefined : ([] as string[]).concat(query.associationIds);
    const list = state.relations.filter(
      (x) =>
        x.locationId === query.locationId &&
        (x.firstRecordId === params.recordId || x.secondRecordId === params.recordId) &&
        (!ids || ids.includes(x.associationId)),
    );
    return { relations: clone(skipLimit(list, query, { def: 100, max: 500 })), total: list.length };
  });
  r.delete('/associations/relations/:relationId', ({ state, params, query }) => {
    requireFields(query, ['locationId']);
    const gone = removeOr404(state.relations, params.relationId, 'Relation');
    return { id: gone.id, associationId: gone.associationId };
  });
  r.get('/associations/:associationId', ({ state, params }) => clone(getOr404(state.associations, params.associationId, 'Association')));
  r.put('/associations/:associationId', ({ state, params, body }) => {
    const association = getOr404(state.associations, params.associationId, 'Association');
    requireFields(body, ['firstObjectLabel', 'secondObjectLabel']);
    Object.assign(association, { firstObjectLabel: body.firstObjectLabel, secondObjectLabel: body.secondObjectLabel });
    return clone(association);
  });
  r.delete('/associations/:associationId', ({ state, params }) => {
    removeOr404(state.associations, params.associationId, 'Association');
    state.relations = state.relations.filter((x) => x.associationId !== params.associationId);
    return { deleted: true, id: params.associationId, message: 'Association deleted successfully' };
  });
};
