import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { taskSample } from '../../src/areas/contacts';
import { listOf } from '../../src/areas/changes';

export default defineTrigger({
  key: 'new_task',
  noun: 'Task',
  label: 'New Task',
  description:
    "Triggers when a task is added to the chosen contact. GHL lists tasks only per contact, so this trigger sees one contact's tasks, not the whole location's.",
  endpoint: 'GET /contacts/{contactId}/tasks',
  scopes: ['contacts.readonly'],
  input: {
    contactId: fields.contact({ required: true, helpText: 'The contact whose new tasks trigger the Zap.' }),
  },
  result: (data, { contactId }) => listOf(data, 'tasks').map((t) => ({ contactId, ...t })),
  // GHL sends all of the contact's tasks unordered, and tasks have no creation date.
  newestFirst: 'dueDate',
  sample: taskSample,
});
