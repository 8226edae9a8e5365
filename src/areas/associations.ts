/** What the Associations & Relations operations share: dropdowns, list readers and samples. */
import type { OperationContext } from '../define';
import { fields } from '../fields';
import { encodePathParam } from '../http';
import { EVENT_ID_SAMPLE, listOf } from '../output';
import { pollContacts } from './contacts';

export const associationField = (opts: { required?: boolean; label?: string; helpText?: string } = {}) =>
  fields.id(opts.label ?? 'Association', {
    dynamic: 'list_associations.id.key',
    helpText: opts.helpText ?? 'Choose an association (a link type between two objects), or map its ID.',
    required: opts.required,
    // The record dropdowns list the records of its two objects.
    altersDynamicFields: true,
  });

/** A record (contact or custom object record) of one of the objects the chosen association links. */
export const recordField = (label: string, opts: { required?: boolean; helpText: string }) =>
  fields.id(label, { dynamic: 'list_association_records.id.label', dependsOn: ['associationId'], ...opts });

/** A relation of the record chosen above it (New Relation of Record lists them). */
export const relationField = () =>
  fields.id('Relation', {
    required: true,
    dynamic: 'list_relations_by_record.id.label',
    dependsOn: ['recordId'],
    helpText: 'Choose one of the relations of the record above, or map a relation ID from New Relation of Record.',
  });

/** "First → Second record ids": how a relation dropdown names a relation. */
export const relationLabel = (r: Record<string, unknown>) => `${String(r.firstRecordId ?? '?')} → ${String(r.secondRecordId ?? '?')}`;

/** A record's name for a dropdown: a contact's name, or a custom object record's first text property. */
export const recordName = (record: Record<string, any>): string => {
  const parts = [record.firstName, record.lastName].filter((p) => typeof p === 'string' && p.trim());
  if (record.name || record.contactName || parts.length) return String(record.name || record.contactName || parts.join(' '));
  const props = record.properties && typeof record.properties === 'object' ? (record.properties as Record<string, unknown>) : {};
  const text = props.name ?? Object.values(props).find((v) => typeof v === 'string' && v.trim());
  return String(text || record.email || record.id);
};

/**
 * The list in an association or relation answer. The spec documents ONE association object as the
 * answer of these list endpoints, so the real array key is undocumented: GHL uses `associations`
 * for associations and `relations` for relations, and we also accept `data` or a bare array.
 */
export const associationList = (data: unknown, ...keys: string[]): unknown[] => {
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
  const contactId = listOf(contacts, 'contacts').find((c) => typeof c.id === 'string')?.id;
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
  return associationList(res.data, 'relations');
};
