import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { taskSample } from '../../src/areas/contacts';

export default defineTrigger({
  key: 'contact_tasks',
  noun: 'Task',
  label: 'Contact Tasks',
  description: "Lists the chosen contact's tasks, latest due date first, for the task dropdowns.",
  // New Task (new_task) is the visible trigger for the same event; this key stays for existing Zaps.
  hidden: true,
  endpoint: 'GET /contacts/{contactId}/tasks',
  scopes: ['contacts.readonly'],
  input: { contactId: fields.contact({ required: true, helpText: 'The contact whose tasks are listed.' }) },
  result: 'tasks',
  // GHL sends the whole list in one answer, unordered, and tasks carry no creation date.
  newestFirst: 'dueDate',
  sample: taskSample,
});
