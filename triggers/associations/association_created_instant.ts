import { defineInstantTrigger } from '../../src/instant';
import { associationEventSample, associationOutput, associationList } from '../../src/areas/associations';

export default defineInstantTrigger({
  key: 'association_created_instant',
  noun: 'Association',
  label: 'New Association (Instant)',
  description: 'Triggers when an association between two objects is created, instantly.',
  event: 'AssociationCreate',
  scopes: ['associations.readonly'],
  output: associationOutput,
  // Samples: the location's associations, as New Association polls them.
  list: {
    endpoint: 'GET /associations/',
    query: (_input, ctx) => ({ locationId: ctx.locationId() }),
    result: (data) => associationList(data, 'associations').map((a) => associationOutput(a as Record<string, unknown>)),
    paging: { style: 'skip', size: 100 },
  },
  sample: associationEventSample,
});
