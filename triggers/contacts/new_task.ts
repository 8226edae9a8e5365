import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { taskSample } from '../../src/areas/contacts';
import { listOf } from '../../src/output';

export default defineTrigger({
  key: 'new_task',
  noun: 'Task',
  label: 'New Task',
  description: 'Triggers when a task is added to the chosen contact.',
  endpoint: 'GET /contacts/{contactId}/tasks',
  scopes: ['contacts.readonly'],
  input: {
    contactId: fields.contact({
      required: true,
      helpText: "The contact whose new tasks trigger the Zap. Tasks are listed per contact, so the trigger sees this contact's tasks only.",
    }),
  },
  result: (data, { contactId }) => listOf(data, 'tasks').map((t) => ({ contactId, ...t })),
  // GHL sends all of the contact's tasks unordered, and tasks have no creation date.
  newestFirst: 'dueDate',
  sample: taskSample,
});
