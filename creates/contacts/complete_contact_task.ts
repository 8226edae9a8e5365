import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { taskField, taskSample } from '../../src/areas/contacts';

export default defineCreate({
  key: 'complete_contact_task',
  noun: 'Task',
  label: 'Complete Contact Task',
  description: "Marks a contact's task as completed (or as not completed again).",
  endpoint: 'PUT /contacts/{contactId}/tasks/{taskId}/completed',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    taskId: taskField({ required: true }),
    completed: fields.boolean('Completed', { default: 'true', helpText: 'No reopens the task. Default: Yes.' }),
  },
  // GHL requires { completed } in the body.
  body: ({ completed }) => ({ completed: completed ?? true }),
  result: 'task',
  sample: { ...taskSample, completed: true },
});
