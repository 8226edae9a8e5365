import { defineCreate } from '../../src/define';
import {
  OBJECT_SCHEMA_SCOPE,
  objectField,
  objectFieldInputs,
  ownerBody,
  ownerFields,
  propertiesFromInput,
  recordField,
  recordOutput,
  recordOutputFields,
  recordSample,
} from '../../src/areas/objects';

export default defineCreate({
  key: 'update_object_record',
  noun: 'Record',
  label: 'Update Record',
  description: 'Updates a custom object record.',
  endpoint: 'PUT /objects/{objectKey}/records/{recordId}',
  scopes: ['objects/record.write', OBJECT_SCHEMA_SCOPE],
  input: {
    objectKey: objectField(),
    recordId: recordField('Choose a record of the object, or map a record ID from an earlier step.'),
    ...ownerFields,
  },
  // The object's own fields as typed inputs; only the fields given are sent, the others keep their values.
  dynamicInput: objectFieldInputs,
  dynamicOutput: recordOutputFields,
  perform: async (ctx) => {
    const { properties, schema } = await propertiesFromInput(ctx, 'Update Record');
    const res = await ctx.request<{ record?: Record<string, unknown> }>({
      method: 'PUT',
      path: ctx.path('/objects/{objectKey}/records/{recordId}'),
      query: { locationId: ctx.locationId() },
      body: { ...(properties ? { properties } : {}), ...ownerBody(ctx.input) },
    });
    return recordOutput(res.data?.record, schema);
  },
  result: (data) => data,
  sample: recordSample,
});
