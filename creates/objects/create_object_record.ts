import { defineCreate } from '../../src/define';
import {
  OBJECT_SCHEMA_SCOPE,
  objectField,
  objectFieldInputs,
  ownerBody,
  ownerFields,
  propertiesFromInput,
  recordOutput,
  recordOutputFields,
  recordSample,
} from '../../src/areas/objects';

export default defineCreate({
  key: 'create_object_record',
  noun: 'Record',
  label: 'Create Record',
  description: 'Creates a record in a custom object.',
  endpoint: 'POST /objects/{objectKey}/records',
  scopes: ['objects/record.write', OBJECT_SCHEMA_SCOPE],
  input: { objectKey: objectField(), ...ownerFields },
  // The object's own fields as typed inputs (cf_<field id>), from its schema.
  dynamicInput: objectFieldInputs,
  dynamicOutput: recordOutputFields,
  perform: async (ctx) => {
    const { properties = {}, schema } = await propertiesFromInput(ctx, 'Create Record');
    const res = await ctx.request<{ record?: Record<string, unknown> }>({
      method: 'POST',
      path: ctx.path('/objects/{objectKey}/records'),
      body: { locationId: ctx.locationId(), properties, ...ownerBody(ctx.input) },
    });
    return recordOutput(res.data?.record, schema);
  },
  result: (data) => data,
  sample: recordSample,
});
