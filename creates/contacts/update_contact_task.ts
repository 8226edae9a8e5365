import { defineCreate } from '../../src/define';
import { compact, fields } from '../../src/fields';
import { taskField, taskSample } from '../../src/areas/contacts';

export default defineCreate({
  key: 'update_contact_task',
  noun: 'Task',
  label: 'Update Contact Task',
  description: "Changes a contact's task. Only the fields you fill in are changed.",
  endpoint: 'PUT /contacts/{contactId}/tasks/{taskId}',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    taskId: taskField({ required: true }),
    title: fields.string('Title'),
    body: fields.text('Description'),
    dueDate: fields.datetime('Due Date', { as: 'isoUtc' }),
    assignedTo: fields.user({ label: 'Assigned User' }),
    completed: fields.boolean('Completed'),
  },
  body: ({ title, body, dueDate, assignedTo, completed }) => compact({ title, body, dueDate, assignedTo, completed }),
  result: 'task',
  sample: taskSample,
});
