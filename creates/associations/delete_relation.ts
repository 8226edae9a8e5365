import { defineCreate } from '../../src/define';
import { associationField, recordField, relationField } from '../../src/areas/associations';

export default defineCreate({
  key: 'delete_relation',
  noun: 'Relation',
  label: 'Unlink Two Records',
  description: 'Deletes a relation between two records; the records themselves stay.',
  endpoint: 'DELETE /associations/relations/{relationId}',
  scopes: ['associations/relation.write'],
  input: {
    associationId: associationField({
      helpText: 'Choose an association to list the records of its objects below. Only used for the lists.',
    }),
    recordId: recordField('Record', {
      helpText: 'Choose a record to list its relations below. Only used for that list.',
    }),
    relationId: relationField(),
  },
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  // The spec documents an association object as the answer; we report what was deleted.
  result: (data, { relationId }) => ({ ...(data && typeof data === 'object' ? data : {}), id: relationId, deleted: true }),
  sample: { id: '67a1b2c3d4e5f60718293a4b', deleted: true },
});
