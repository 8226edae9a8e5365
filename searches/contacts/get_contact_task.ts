import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { taskField, taskSample } from '../../src/areas/contacts';

export default defineSearch({
  key: 'get_contact_task',
  noun: 'Task',
  label: 'Find Contact Task',
  description: "Finds one of a contact's tasks.",
  endpoint: 'GET /contacts/{contactId}/tasks/{taskId}',
  scopes: ['contacts.readonly'],
  input: {
    contactId: fields.contact({ required: true }),
    taskId: taskField({ required: true }),
  },
  result: 'task',
  sample: taskSample,
});
