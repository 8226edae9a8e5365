import { defineCreate } from '../../src/define';
import { associationField, recordField, relationSample } from '../../src/areas/associations';

export default defineCreate({
  key: 'create_relation',
  noun: 'Relation',
  label: 'Link Two Records',
  description: 'Links two records (contacts or custom object records) with an association.',
  endpoint: 'POST /associations/relations',
  scopes: ['associations/relation.write'],
  input: {
    associationId: associationField({ required: true }),
    firstRecordId: recordField('First Record', {
      required: true,
      helpText: "A record of the association's first object: choose it, or map its ID from the step that found or created it.",
    }),
    secondRecordId: recordField('Second Record', {
      required: true,
      helpText: "A record of the association's second object: choose it, or map its ID from the step that found or created it.",
    }),
  },
  body: (input, ctx) => ({ locationId: ctx.locationId(), ...input }),
  // The spec documents an association object here; GHL returns the new relation (at the top level).
  result: (data) => data,
  sample: relationSample,
});
