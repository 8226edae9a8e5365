import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { LOST_REASON_DYNAMIC, LOST_REASON_HELP, opportunityField, statusField } from '../../src/areas/opportunities';

export default defineCreate({
  key: 'update_opportunity_status',
  noun: 'Opportunity Status',
  label: 'Update Opportunity Status',
  description: 'Marks an opportunity as open, won, lost or abandoned.',
  endpoint: 'PUT /opportunities/{opportunityId}/status',
  scopes: ['opportunities.write'],
  input: {
    opportunityId: opportunityField({ required: true }),
    status: statusField({ required: true, helpText: 'The status the opportunity moves to, e.g. Won.' }),
    lostReasonId: fields.id('Lost Reason', { dynamic: LOST_REASON_DYNAMIC, helpText: LOST_REASON_HELP }),
  },
  body: ({ status, lostReasonId }) => ({ status, lostReasonId }),
  // GHL answers only {succeded} (sic): give back what was set, so later steps can use it.
  result: (data, { opportunityId, status, lostReasonId }) => ({
    id: opportunityId,
    status,
    ...(lostReasonId ? { lostReasonId } : {}),
    updated: data?.succeded === true,
  }),
  sample: { id: 'yWQobCRIhRguQtD2llvk', status: 'won', updated: true },
});
