import { defineCreate } from '../../src/define';
import { compact, fields } from '../../src/fields';
import { taskSample } from '../../src/areas/contacts';

export default defineCreate({
  key: 'create_contact_task',
  noun: 'Task',
  label: 'Create Contact Task',
  description: 'Adds a task to a contact.',
  endpoint: 'POST /contacts/{contactId}/tasks',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    title: fields.string('Title', { required: true, helpText: 'What is to be done, e.g. "Call back about the quote".' }),
    dueDate: fields.datetime('Due Date', { as: 'isoUtc', required: true }),
    body: fields.text('Description', { helpText: 'Details of the task.' }),
    assignedTo: fields.user({ label: 'Assigned User' }),
    completed: fields.boolean('Completed', { helpText: 'Yes creates the task already done. Default: No.' }),
  },
  // GHL requires `completed` in the body.
  body: ({ title, body, dueDate, assignedTo, completed }) => compact({ title, body, dueDate, assignedTo, completed: completed ?? false }),
  result: 'task',
  sample: taskSample,
});
