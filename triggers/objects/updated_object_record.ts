import { defineTrigger } from '../../src/define';
import { changeId } from '../../src/output';
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
  key: 'updated_object_record',
  noun: 'Record',
  label: 'Updated Record',
  description: 'Triggers when a custom object record is added or changed.',
  endpoint: 'POST /objects/{objectKey}/records/search',
  scopes: ['objects/record.readonly', OBJECT_SCHEMA_SCOPE],
  input: {
    objectKey: objectField(
      'Each check sees the 100 most recently changed records of the object; a record changed twice between checks triggers once, with its latest data.',
    ),
  },
  dynamicOutput: recordOutputFields,
  perform: async (ctx) => {
    const records = await searchRecords(ctx, { sortBy: 'updatedAt' });
    const schema = records.length ? await schemaIfReadable(ctx) : undefined;
    // Each change fires once: the id joins the record id and its update time (recordId keeps the record's).
    return records.map((r) => {
      const out = recordOutput(r, schema);
      return { ...out, id: changeId(out.id, out.updatedAt), recordId: out.id };
    });
  },
  result: (data) => data,
  sample: { ...recordSample, id: '67b0c3e5f1a2b3c4d5e6f701:2026-03-02T09:10:00.000Z', recordId: '67b0c3e5f1a2b3c4d5e6f701' },
});
