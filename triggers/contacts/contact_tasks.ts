import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { taskSample } from '../../src/areas/contacts';

export default defineTrigger({
  key: 'contact_tasks',
  noun: 'Task',
  label: 'Contact Tasks',
  description: "Lists a contact's tasks, latest due date first.",
  endpoint: 'GET /contacts/{contactId}/tasks',
  scopes: ['contacts.readonly'],
  input: { contactId: fields.contact({ required: true }) },
  result: 'tasks',
  // GHL sends the whole list in one answer, unordered, and tasks carry no creation date.
  newestFirst: 'dueDate',
  sample: taskSample,
});
