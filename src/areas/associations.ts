/** What the Associations & Relations operations share: dropdowns, list readers and samples. */
import type { OperationContext } from '../define';
import { fields } from '../fields';
import { encodePathParam } from '../http';
import { EVENT_ID_SAMPLE } from '../output';
import { listOf as changesListOf, pollContacts } from './changes';

export const associationField = (opts: { required?: boolean; label?: string } = {}) =>
  fields.id(opts.label ?? 'Association', {
    dynamic: 'list_associations.id.key',
    helpText: 'Choose an association (a link type between two objects), or map its ID.',
    required: opts.required,
  });

/**
 * The list in an association or relation answer. The spec documents ONE association object as the
 * answer of these list endpoints, so the real array key is undocumented: GHL uses `associations`
 * for associations and `relations` for relations, and we also accept `data` or a bare array.
 */
export const listOf = (data: unknown, ...keys: string[]): unknown[] => {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const d = data as Record<string, unknown>;
    for (const key of [...keys, 'data']) if (Array.isArray(d[key])) return d[key] as unknown[];
  }
  return [];
};

export const associationSample = {
  id: '6d6f6e676f5f6576656e7473',
  locationId: 've9EPM428h8vShlRW1KT',
  key: 'student_teacher',
  firstObjectLabel: 'Student',
  firstObjectKey: 'custom_objects.students',
  secondObjectLabel: 'Teacher',
  secondObjectKey: 'contact',
  associationType: 'USER_DEFINED',
};

export const relationSample = {
  id: '67a1b2c3d4e5f60718293a4b',
  locationId: 've9EPM428h8vShlRW1KT',
  associationId: '6d6f6e676f5f6576656e7473',
  firstRecordId: '67a0f1e2d3c4b5a697887766',
  secondRecordId: 'ocQHyuzHvysMo5N5VsXc',
  firstObjectKey: 'custom_objects.students',
  secondObjectKey: 'contact',
  createdAt: '2026-03-01T14:30:00.000Z',
};

/** An association as the instant trigger gives it: its id also as `associationId`. */
export const associationOutput = (a: Record<string, unknown>) => ({ ...a, associationId: a.id });
/** A relation as the instant trigger gives it: its id also as `relationId`. */
export const relationOutput = (r: Record<string, unknown>) => ({ ...r, relationId: r.id });

export const associationEventSample = { ...associationSample, id: EVENT_ID_SAMPLE, associationId: associationSample.id };
export const relationEventSample = { ...relationSample, id: EVENT_ID_SAMPLE, relationId: relationSample.id };

/**
 * Relations for the instant relation trigger's sample: GHL lists relations per record only, so
 * those of the most recently changed contact (one search, then New Relation of Record's request).
 */
export const sampleRelations = async (ctx: OperationContext<{ associationId?: string }>) => {
  const contacts = await pollContacts({ ...ctx, input: {} }, 'dateUpdated');
  const contactId = changesListOf(contacts, 'contacts').find((c) => typeof c.id === 'string')?.id;
  if (!contactId) return [];
  const res = await ctx.request({
    method: 'GET',
    path: `/associations/relations/${encodePathParam(contactId)}`,
    query: {
      locationId: ctx.locationId(),
      associationIds: ctx.input.associationId ? [ctx.input.associationId] : undefined,
      skip: 0,
      limit: 100,
    },
  });
  return listOf(res.data, 'relations');
};
