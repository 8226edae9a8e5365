import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { taskOutput, taskSample } from '../../src/areas/contacts';
import { changeId, listOf } from '../../src/output';

export default defineTrigger({
  key: 'completed_task',
  noun: 'Task',
  label: 'Task Completed',
  description: 'Triggers when a task of the chosen contact is marked completed.',
  endpoint: 'GET /contacts/{contactId}/tasks',
  scopes: ['contacts.readonly'],
  input: {
    contactId: fields.contact({
      required: true,
      helpText:
        "The contact whose completed tasks trigger the Zap. Tasks are listed per contact, so the trigger sees this contact's tasks only; a task reopened and completed again triggers once.",
    }),
  },
  // GHL has no "completed" filter: the whole list comes back and open tasks are dropped here.
  // The id marks the completion, so a task seen open earlier still fires once it is completed.
  result: (data, { contactId }) =>
    listOf(data, 'tasks')
      .filter((t) => t.completed === true)
      .map((t) => ({ ...taskOutput(t, contactId), id: changeId(t.id, 'completed') })),
  newestFirst: 'dueDate',
  sample: { ...taskSample, id: 'lJpzYrWdpkC2hX6t2yue:completed', taskId: 'lJpzYrWdpkC2hX6t2yue', completed: true },
});
