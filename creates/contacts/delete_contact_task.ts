import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { succeeded, taskField } from '../../src/areas/contacts';

export default defineCreate({
  key: 'delete_contact_task',
  noun: 'Task',
  label: 'Delete Contact Task',
  description: "Deletes one of a contact's tasks.",
  endpoint: 'DELETE /contacts/{contactId}/tasks/{taskId}',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    taskId: taskField({ required: true }),
  },
  // GHL answers { succeded: true } (sic).
  result: (data, { contactId, taskId }) => ({ id: taskId, contactId, success: succeeded(data) }),
  sample: { id: 'lJpzYrWdpkC2hX6t2yue', contactId: 'ocQHyuzHvysMo5N5VsXc', success: true },
});
