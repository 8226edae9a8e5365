import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'remove_contact_from_workflow',
  noun: 'Workflow Enrollment',
  label: 'Remove Contact from Workflow',
  description: 'Stops a workflow for a contact; its remaining steps are skipped.',
  endpoint: 'DELETE /contacts/{contactId}/workflow/{workflowId}',
  scopes: ['contacts.write'],
  input: {
    contactId: fields.contact({ required: true }),
    workflowId: fields.workflow({ required: true }),
  },
  // The spec requires a JSON body here even on DELETE; its only field does not apply, so it is empty.
  body: () => ({}),
  result: (data, { contactId, workflowId }) => ({ contactId, workflowId, removed: data?.succeded === true }),
  sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9', removed: true },
});
