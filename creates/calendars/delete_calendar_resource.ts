import { defineCreate } from '../../src/define';
import { resourceTypeField } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'delete_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Delete Calendar Resource',
  description: 'Deletes a piece of equipment or a room.',
  endpoint: 'DELETE /calendars/resources/{resourceType}/{id}',
  scopes: ['calendars/resources.write'],
  input: {
    resourceType: resourceTypeField({ required: true }),
    id: fields.id('Resource', { required: true, dynamic: 'list_calendar_resources.id.name', helpText: 'The room or equipment to delete.' }),
  },
  result: (data, { id }) => ({ id, success: data.success ?? true }),
  sample: { id: 'r5Tq8LmN2xWcV7bKjH3p', success: true },
});
