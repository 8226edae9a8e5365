import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { associationField, associationList, recordField, relationLabel, relationSample } from '../../src/areas/associations';

export default defineTrigger({
  key: 'list_relations_by_record',
  noun: 'Relation',
  label: 'New Relation of Record',
  description: 'Triggers when a record is linked to another record.',
  endpoint: 'GET /associations/relations/{recordId}',
  scopes: ['associations/relation.readonly'],
  input: {
    associationId: associationField({
      helpText: 'Choose an association to list the records of its objects below. Only used for that list.',
    }),
    recordId: recordField('Record', {
      required: true,
      helpText:
        'A contact or custom object record: choose one of the association above, or map its ID from the step that found or created it.',
    }),
    associationIds: fields.ids('Associations', {
      dynamic: 'list_associations.id.key',
      helpText: 'Only relations of these associations. Leave empty for all.',
    }),
  },
  query: ({ associationIds }, ctx) => ({ locationId: ctx.locationId(), associationIds }),
  // Undocumented answer (the spec shows an association): read `relations`, `data` or a bare array.
  result: (data) => associationList(data, 'relations').map((r: any) => ({ ...r, label: relationLabel(r) })),
  newestFirst: 'createdAt',
  paging: { style: 'skip', size: 100 },
  sample: { ...relationSample, label: relationLabel(relationSample) },
});
