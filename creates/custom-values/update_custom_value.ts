import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { customValueField, customValueSample, customValueValue } from '../../src/areas/custom-values';

export default defineCreate({
  key: 'update_custom_value',
  noun: 'Custom Value',
  label: 'Update Custom Value',
  description: "Changes a custom value's text, and its name if given.",
  endpoint: 'PUT /locations/{locationId}/customValues/{customValueId}',
  scopes: ['locations/customValues.write', 'locations/customValues.readonly'],
  input: {
    customValueId: customValueField(),
    value: customValueValue(true),
    name: fields.string('New Name', { helpText: 'Renames the custom value. Leave empty to keep its name.' }),
  },
  // GHL's update requires the name too: when none is given, the current one is read first.
  perform: async (ctx) => {
    const path = ctx.path('/locations/{locationId}/customValues/{customValueId}');
    let { name } = ctx.input;
    if (!name) {
      const current = await ctx.request<{ customValue?: { name?: string } }>({ method: 'GET', path });
      name = current.data?.customValue?.name;
      if (!name)
        throw new ctx.z.errors.Error('Update Custom Value: GHL did not say the current name; give "New Name" (name).', 'NoName', 400);
    }
    return (await ctx.request({ method: 'PUT', path, body: { name, value: ctx.input.value } })).data;
  },
  result: 'customValue',
  sample: customValueSample,
});
