import { defineSearch } from '../../src/define';
import {
  OBJECT_SCHEMA_SCOPE,
  exactMatches,
  objectField,
  readSearchInputs,
  recordOutput,
  recordOutputFields,
  recordSample,
  schemaIfReadable,
  searchFieldInputs,
  searchRecords,
} from '../../src/areas/objects';

export default defineSearch({
  key: 'find_object_record',
  noun: 'Record',
  label: 'Find Record',
  description: 'Finds a custom object record by the value of a field.',
  endpoint: 'POST /objects/{objectKey}/records/search',
  scopes: ['objects/record.readonly', OBJECT_SCHEMA_SCOPE],
  input: { objectKey: objectField() },
  // Search Field (the object's searchable fields) and Search Value, from the object's schema.
  dynamicInput: searchFieldInputs,
  dynamicOutput: recordOutputFields,
  perform: async (ctx) => {
    const { searchField, searchValue } = readSearchInputs(ctx, 'Find Record');
    // GHL's query is a text search of the searchable fields (`field:value`); exact matches only, newest change first.
    const records = exactMatches(
      await searchRecords(ctx, { query: `${searchField}:${searchValue}`, notFoundIsEmpty: true }),
      searchField,
      searchValue,
    );
    const schema = records.length ? await schemaIfReadable(ctx) : undefined;
    return records.map((r) => recordOutput(r, schema));
  },
  result: (data) => data,
  sample: recordSample,
});
