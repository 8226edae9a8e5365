import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { associationSample, associationList } from '../../src/areas/associations';

export default defineSearch({
  key: 'get_association_by_object_key',
  noun: 'Association',
  label: 'Find Associations by Object',
  description: 'Finds the associations of an object, e.g. contact or custom_objects.students.',
  endpoint: 'GET /associations/objectKey/{objectKey}',
  scopes: ['associations.readonly'],
  input: {
    objectKey: fields.id('Object Key', { required: true, helpText: 'contact, or a custom object key like custom_objects.students.' }),
  },
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  // Documented as one association; an object can have several, so a list is read too.
  result: (data) => {
    const list = associationList(data, 'associations');
    return list.length || Array.isArray(data) ? list : data;
  },
  sample: associationSample,
});
