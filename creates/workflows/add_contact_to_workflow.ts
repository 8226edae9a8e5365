import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { eventStartTimeField } from '../../src/areas/workflows';

export default defineCreate({
  key: 'add_contact_to_workflow',
  noun: 'Workflow Enrollment',
  label: 'Add Contact to Workflow',
  description: 'Enrolls a contact in a workflow, which then runs its steps.',
  endpoint: 'POST /contacts/{contactId}/workflow/{workflowId}',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    workflowId: fields.workflow({ required: true, helpText: 'Only published workflows run.' }),
    eventStartTime: eventStartTimeField,
  },
  body: ({ eventStartTime }) => ({ eventStartTime }),
  // GHL answers only {succeded} (sic).
  result: (data, { contactId, workflowId }) => ({ contactId, workflowId, added: data?.succeded === true }),
  sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9', added: true },
});
