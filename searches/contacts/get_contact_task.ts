import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { taskField, taskSample } from '../../src/areas/contacts';

export default defineSearch({
  key: 'get_contact_task',
  noun: 'Task',
  label: 'Get Contact Task by ID',
  description: "Gets one of a contact's tasks by its ID.",
  endpoint: 'GET /contacts/{contactId}/tasks/{taskId}',
  scopes: ['contacts.readonly'],
  input: {
    contactId: fields.contact({ required: true }),
    taskId: taskField({ required: true }),
  },
  result: 'task',
  sample: taskSample,
});
