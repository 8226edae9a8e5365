import { defineCreate } from '../../src/define';
import {
  OBJECT_SCHEMA_SCOPE,
  exactMatches,
  objectField,
  objectFieldInputs,
  ownerBody,
  ownerFields,
  propertiesFromInput,
  readSearchInputs,
  recordOutput,
  recordOutputFields,
  recordSample,
  searchFieldInputs,
  searchRecords,
} from '../../src/areas/objects';

const LABEL = 'Create or Update Record';

/**
 * GHL has no upsert for object records. The step searches the object for the Search Value in the
 * Search Field (GHL's `field:value` query of searchable fields) and keeps the records whose field
 * equals it exactly, ignoring case and surrounding spaces: the most recently changed one is
 * updated; with none, a record is created with the given fields and the Search Field set to the
 * value. `new` says which. Two Zaps racing on the same value may still create two records.
 */
export default defineCreate({
  key: 'create_or_update_object_record',
  noun: 'Record',
  label: LABEL,
  description: 'Updates the record whose field matches a value, or creates one.',
  endpoint: 'POST /objects/{objectKey}/records',
  scopes: ['objects/record.write', 'objects/record.readonly', OBJECT_SCHEMA_SCOPE],
  input: { objectKey: objectField(), ...ownerFields },
  dynamicInput: async (z, bundle) => [...(await searchFieldInputs(z, bundle)), ...(await objectFieldInputs(z, bundle))],
  dynamicOutput: recordOutputFields,
  perform: async (ctx) => {
    const { searchField, searchValue } = readSearchInputs(ctx, LABEL);
    // Read and check every value before the search, so a wrong one sends nothing.
    const { properties = {}, schema } = await propertiesFromInput(ctx, LABEL, { field: searchField, value: searchValue });
    const [found] = exactMatches(await searchRecords(ctx, { query: `${searchField}:${searchValue}` }), searchField, searchValue);
    if (found) {
      const res = await ctx.request<{ record?: Record<string, unknown> }>({
        method: 'PUT',
        path: ctx.path('/objects/{objectKey}/records/{recordId}', { recordId: found.id }),
        query: { locationId: ctx.locationId() },
        body: { properties, ...ownerBody(ctx.input) },
      });
      return { ...recordOutput(res.data?.record, schema), new: false };
    }
    const res = await ctx.request<{ record?: Record<string, unknown> }>({
      method: 'POST',
      path: ctx.path('/objects/{objectKey}/records'),
      body: { locationId: ctx.locationId(), properties, ...ownerBody(ctx.input) },
    });
    return { ...recordOutput(res.data?.record, schema), new: true };
  },
  result: (data) => data,
  sample: { ...recordSample, new: true },
});
