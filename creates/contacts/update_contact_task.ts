import { defineCreate } from '../../src/define';
import { compact, fields } from '../../src/fields';
import { taskField, taskSample } from '../../src/areas/contacts';

export default defineCreate({
  key: 'update_contact_task',
  noun: 'Task',
  label: 'Update Contact Task',
  description: "Updates a contact's task; fields left empty keep their value.",
  endpoint: 'PUT /contacts/{contactId}/tasks/{taskId}',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    taskId: taskField({ required: true }),
    title: fields.string('Title', { helpText: 'The new title. Leave empty to keep it.' }),
    body: fields.text('Description', { helpText: 'The new details. Leave empty to keep them.' }),
    dueDate: fields.datetime('Due Date', { as: 'isoUtc' }),
    assignedTo: fields.user({ label: 'Assigned User' }),
    completed: fields.boolean('Completed', { helpText: 'Yes marks the task done, No reopens it. Leave empty to keep it.' }),
  },
  body: ({ title, body, dueDate, assignedTo, completed }) => compact({ title, body, dueDate, assignedTo, completed }),
  result: 'task',
  sample: taskSample,
});
