import { defineInstantTrigger } from '../../src/instant';
import { taskEventSample, taskFilterFields, taskOutput, sampleContactRecords } from '../../src/areas/contacts';

export default defineInstantTrigger({
  key: 'task_created_instant',
  noun: 'Task',
  label: 'New Task (Instant)',
  description: 'Triggers when a task is added to a contact, instantly.',
  event: 'TaskCreate',
  scopes: ['contacts.readonly'],
  input: taskFilterFields,
  filters: ({ contactId, assignedTo }) => ({ contactId, assignedTo }),
  output: (data) => ({ ...taskOutput(data) }),
  // Samples: the contact's tasks (without a contact, the most recently changed contact's), as New Task reads them.
  list: {
    endpoint: 'GET /contacts/{contactId}/tasks',
    perform: (ctx) => sampleContactRecords(ctx, 'tasks'),
    result: ({ contactId, records }) => records.map((t: Record<string, unknown>) => taskOutput(t, contactId)),
    newestFirst: 'dueDate',
  },
  sample: taskEventSample,
});
