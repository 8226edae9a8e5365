import { defineInstantTrigger } from '../../src/instant';
import { taskEventSample, taskFilterFields, taskOutput, sampleContactRecords } from '../../src/areas/contacts';

export default defineInstantTrigger({
  key: 'task_completed_instant',
  noun: 'Task',
  label: 'Task Completed (Instant)',
  description: 'Triggers when a task is marked completed, instantly.',
  event: 'TaskComplete',
  scopes: ['contacts.readonly'],
  input: taskFilterFields,
  filters: ({ contactId, assignedTo }) => ({ contactId, assignedTo }),
  output: (data) => ({ ...taskOutput(data), completed: true }),
  // Samples: the contact's tasks (without a contact, the most recently changed contact's), as Task Completed reads them.
  list: {
    endpoint: 'GET /contacts/{contactId}/tasks',
    perform: (ctx) => sampleContactRecords(ctx, 'tasks'),
    result: ({ contactId, records }) =>
      records.filter((t: Record<string, unknown>) => t.completed === true).map((t: Record<string, unknown>) => taskOutput(t, contactId)),
    newestFirst: 'dueDate',
  },
  sample: { ...taskEventSample, completed: true },
});
