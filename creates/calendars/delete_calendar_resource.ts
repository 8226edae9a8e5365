import { defineCreate } from '../../src/define';
import { resourceIdFields } from '../../src/areas/calendars';

export default defineCreate({
  key: 'delete_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Delete Calendar Resource',
  description: 'Deletes a piece of equipment or a room.',
  endpoint: 'DELETE /calendars/resources/{resourceType}/{id}',
  scopes: ['calendars/resources.write'],
  input: {
    ...resourceIdFields('The room or equipment to delete.'),
  },
  result: (data, { id }) => ({ id, success: data.success ?? true }),
  sample: { id: 'r5Tq8LmN2xWcV7bKjH3p', success: true },
});
