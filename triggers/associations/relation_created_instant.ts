import { defineInstantTrigger } from '../../src/instant';
import { associationField, relationEventSample, relationOutput, sampleRelations } from '../../src/areas/associations';

export default defineInstantTrigger({
  key: 'relation_created_instant',
  noun: 'Relation',
  label: 'New Relation (Instant)',
  description: 'Triggers when two records are linked, instantly.',
  event: 'RelationCreate',
  scopes: ['associations/relation.readonly'],
  input: {
    associationId: associationField({ label: 'Association' }),
  },
  filters: ({ associationId }) => ({ associationId }),
  output: relationOutput,
  // Samples: the relations of the most recently changed contact, as New Relation of Record reads a record's.
  list: {
    endpoint: 'GET /associations/relations/{recordId}',
    perform: sampleRelations,
    result: (data) => (data as Record<string, unknown>[]).map(relationOutput),
    newestFirst: 'createdAt',
  },
  sample: relationEventSample,
});
