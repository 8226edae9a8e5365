import { defineTrigger } from '../../src/define';
import { DEFAULT_PAGE_SIZE } from '../../src/paging';
import {
  OBJECT_SCHEMA_SCOPE,
  objectField,
  recordOutput,
  recordOutputFields,
  recordSample,
  schemaIfReadable,
  searchRecords,
} from '../../src/areas/objects';

export default defineTrigger({
  key: 'new_object_record',
  noun: 'Record',
  label: 'New Record',
  description: 'Triggers when a record is added to a custom object.',
  endpoint: 'POST /objects/{objectKey}/records/search',
  scopes: ['objects/record.readonly', OBJECT_SCHEMA_SCOPE],
  input: {
    objectKey: objectField('Each check sees the 100 most recently added records of the object, newest first.'),
  },
  dynamicOutput: recordOutputFields,
  // Also the record dropdown of the object steps: "load more" asks for the next page of 100.
  paging: { style: 'page', size: DEFAULT_PAGE_SIZE },
  perform: async (ctx) => {
    const page = (Number(ctx.bundle.meta?.page ?? 0) || 0) + 1;
    const records = await searchRecords(ctx, { page, sortBy: 'createdAt' });
    const schema = records.length ? await schemaIfReadable(ctx) : undefined;
    // A record without a name (no primary value) is shown by its id in the dropdown.
    return records.map((r) => {
      const out = recordOutput(r, schema);
      return { ...out, name: out.name ?? out.id };
    });
  },
  result: (data) => data,
  sample: recordSample,
});
