import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const assoc = {
  id: 'as1',
  locationId: LOCATION_ID,
  key: 'student_teacher',
  firstObjectLabel: 'Student',
  firstObjectKey: 'custom_objects.students',
  secondObjectLabel: 'Teacher',
  secondObjectKey: 'contact',
  associationType: 'USER_DEFINED',
};
const relOld = { id: 'r1', associationId: 'as1', firstRecordId: 'rec1', secondRecordId: 'c1', createdAt: '2026-03-01T10:00:00.000Z' };
const relNew = { id: 'r2', associationId: 'as1', firstRecordId: 'rec1', secondRecordId: 'c2', createdAt: '2026-03-02T10:00:00.000Z' };

/** Operations without input: no bad-input row is possible (run by test/associations.test.ts). */
export const associationInputlessCases: Array<Omit<OperationCase, 'bad'>> = [
  {
    key: 'list_associations',
    input: {},
    request: { method: 'GET', path: '/associations/', query: { locationId: LOCATION_ID, limit: '100', skip: '0' } },
    reply: { associations: [assoc], total: 1 },
    expected: [assoc],
  },
  {
    key: 'list_associations',
    title: 'a bare array',
    input: {},
    request: { method: 'GET', path: '/associations/', query: { locationId: LOCATION_ID, limit: '100', skip: '0' } },
    reply: [assoc],
    expected: [assoc],
  },
];

export const associationCases: OperationCase[] = [
  {
    key: 'list_relations_by_record',
    input: { recordId: 'rec 1', associationIds: 'as1, as2' },
    request: {
      method: 'GET',
      path: '/associations/relations/rec%201',
      query: { locationId: LOCATION_ID, associationIds: ['as1', 'as2'], limit: '100', skip: '0' },
    },
    reply: { relations: [relOld, relNew], total: 2 },
    // Each relation gets a dropdown label (Unlink Two Records lists them).
    expected: [
      { ...relNew, label: 'rec1 → c2' },
      { ...relOld, label: 'rec1 → c1' },
    ],
    bad: { input: {}, error: /"Record" \(recordId\) is required/ },
  },
  {
    key: 'list_relations_by_record',
    title: 'list under data',
    // The association only fills the Record dropdown: it does not filter the relations.
    input: { associationId: 'as1', recordId: 'rec1' },
    request: { method: 'GET', path: '/associations/relations/rec1', query: { locationId: LOCATION_ID, limit: '100', skip: '0' } },
    reply: { data: [relOld] },
    expected: [{ ...relOld, label: 'rec1 → c1' }],
    bad: { input: { recordId: 'rec1', associationIds: '..' }, error: /"Associations" \(associationIds\)/ },
  },
  {
    key: 'list_association_records',
    // The records of both objects the association links, each labelled with its object's label.
    input: { associationId: 'as1', firstRecordId: 'ignored' },
    request: { method: 'GET', path: '/associations/as1' },
    before: [
      {
        request: {
          method: 'POST',
          path: '/objects/custom_objects.students/records/search',
          body: { locationId: LOCATION_ID, page: 1, pageLimit: 100, query: '', searchAfter: [] },
        },
        reply: {
          records: [
            { id: 'rec1', properties: { name: 'Ada Lovelace', grade: 7 } },
            { id: 'rec2', properties: { grade: 8 } },
          ],
          total: 2,
        },
      },
      {
        request: { method: 'POST', path: '/contacts/search', body: { locationId: LOCATION_ID, pageLimit: 100, page: 1 } },
        reply: { contacts: [{ id: 'c1', firstName: 'Rosie', lastName: 'Knight' }], total: 1 },
      },
    ],
    reply: assoc,
    expected: [
      { id: 'rec1', objectKey: 'custom_objects.students', label: 'Student: Ada Lovelace' },
      { id: 'rec2', objectKey: 'custom_objects.students', label: 'Student: rec2' },
      { id: 'c1', objectKey: 'contact', label: 'Teacher: Rosie Knight' },
    ],
    bad: { input: {}, error: /"Association" \(associationId\) is required/ },
  },
  {
    key: 'get_association',
    input: { associationId: 'as1' },
    request: { method: 'GET', path: '/associations/as1' },
    reply: assoc,
    expected: [assoc],
    bad: { input: {}, error: /"Association" \(associationId\) is required/ },
  },
  {
    key: 'get_association_by_key',
    input: { keyName: 'student_teacher' },
    request: { method: 'GET', path: '/associations/key/student_teacher', query: { locationId: LOCATION_ID } },
    reply: assoc,
    expected: [assoc],
    bad: { input: {}, error: /"Association Key" \(keyName\) is required/ },
  },
  {
    key: 'get_association_by_object_key',
    input: { objectKey: 'custom_objects.students' },
    request: { method: 'GET', path: '/associations/objectKey/custom_objects.students', query: { locationId: LOCATION_ID } },
    reply: assoc,
    expected: [assoc],
    bad: { input: {}, error: /"Object Key" \(objectKey\) is required/ },
  },
  {
    key: 'get_association_by_object_key',
    title: 'several associations',
    input: { objectKey: 'contact' },
    request: { method: 'GET', path: '/associations/objectKey/contact', query: { locationId: LOCATION_ID } },
    reply: { associations: [assoc, { ...assoc, id: 'as2', key: 'parent_child' }] },
    expected: [assoc, { ...assoc, id: 'as2', key: 'parent_child' }],
    bad: { input: { objectKey: '..' }, error: /"Object Key" \(objectKey\) is not a valid id/ },
  },
  {
    key: 'create_association',
    input: {
      key: 'student_teacher',
      firstObjectKey: 'custom_objects.students',
      firstObjectLabel: 'Student',
      secondObjectKey: 'contact',
      secondObjectLabel: 'Teacher',
    },
    request: {
      method: 'POST',
      path: '/associations/',
      body: {
        locationId: LOCATION_ID,
        key: 'student_teacher',
        firstObjectKey: 'custom_objects.students',
        firstObjectLabel: 'Student',
        secondObjectKey: 'contact',
        secondObjectLabel: 'Teacher',
      },
    },
    status: 201,
    reply: assoc,
    expected: assoc,
    bad: { input: { key: 'student_teacher' }, error: /"First Object" \(firstObjectKey\) is required/ },
  },
  {
    key: 'update_association',
    input: { associationId: 'as1', firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' },
    request: { method: 'PUT', path: '/associations/as1', body: { firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' } },
    reply: { ...assoc, firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' },
    expected: { ...assoc, firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' },
    bad: { input: { associationId: 'as1', firstObjectLabel: 'Pupil' }, error: /"Second Object Label" \(secondObjectLabel\) is required/ },
  },
  {
    key: 'delete_association',
    input: { associationId: 'as1' },
    request: { method: 'DELETE', path: '/associations/as1' },
    reply: { deleted: true, id: 'as1', message: 'Association deleted successfully' },
    expected: { id: 'as1', deleted: true, message: 'Association deleted successfully' },
    bad: { input: {}, error: /"Association" \(associationId\) is required/ },
  },
  {
    key: 'create_relation',
    input: { associationId: 'as1', firstRecordId: 'rec1', secondRecordId: 'c1' },
    request: {
      method: 'POST',
      path: '/associations/relations',
      body: { locationId: LOCATION_ID, associationId: 'as1', firstRecordId: 'rec1', secondRecordId: 'c1' },
    },
    status: 201,
    reply: relOld,
    expected: relOld,
    bad: { input: { associationId: 'as1', firstRecordId: 'rec1' }, error: /"Second Record" \(secondRecordId\) is required/ },
  },
  {
    key: 'delete_relation',
    input: { associationId: 'as1', recordId: 'rec1', relationId: 'r1' },
    request: { method: 'DELETE', path: '/associations/relations/r1', query: { locationId: LOCATION_ID } },
    reply: { id: 'r1', associationId: 'as1' },
    expected: { id: 'r1', associationId: 'as1', deleted: true },
    bad: { input: {}, error: /"Relation" \(relationId\) is required/ },
  },
];
