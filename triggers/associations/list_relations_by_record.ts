import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { listOf, relationSample } from '../../src/areas/associations';

export default defineTrigger({
  key: 'list_relations_by_record',
  noun: 'Relation',
  label: 'New Relation of Record',
  description: 'Triggers when a record is linked to another record.',
  endpoint: 'GET /associations/relations/{recordId}',
  scopes: ['associations/relation.readonly'],
  input: {
    recordId: fields.id('Record ID', {
      required: true,
      helpText: 'The ID of a contact or a custom object record: map it from the step that found or created the record.',
    }),
    associationIds: fields.ids('Associations', {
      dynamic: 'list_associations.id.key',
      helpText: 'Only relations of these associations. Leave empty for all.',
    }),
  },
  query: ({ associationIds }, ctx) => ({ locationId: ctx.locationId(), associationIds }),
  // Undocumented answer (the spec shows an association): read `relations`, `data` or a bare array.
  result: (data) => listOf(data, 'relations'),
  newestFirst: 'createdAt',
  paging: { style: 'skip', size: 100 },
  sample: relationSample,
});
