import { defineSearch } from '../../src/define';
import { fields } from '../../src/fields';
import { opportunitySample, pipelineField, statusField } from '../../src/areas/opportunities';
import { listOf } from '../../src/output';

const sameName = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

export default defineSearch({
  key: 'find_opportunity',
  noun: 'Opportunity',
  label: 'Find Opportunity',
  description: 'Finds the newest opportunity matching a contact, pipeline or name.',
  endpoint: 'GET /opportunities/search',
  scopes: ['opportunities.readonly'],
  customFieldsModel: 'opportunity',
  input: {
    contactId: fields.contact({ helpText: "Only this contact's opportunities." }),
    pipelineId: pipelineField({ helpText: 'Only opportunities in this pipeline.' }),
    name: fields.string('Opportunity Name', {
      helpText: 'The name to look for; matched whole and ignoring case unless you allow partial matches.',
    }),
    partialName: fields.boolean('Allow Partial Name Matches', {
      helpText: 'Yes also returns opportunities whose name merely contains the text (GHL search). Default: exact names only.',
    }),
    status: statusField({ helpText: 'Only opportunities with this status.' }),
  },
  query: ({ contactId, pipelineId, name, status }, ctx) => {
    if (!contactId && !pipelineId && !name) {
      throw new ctx.z.errors.Error(
        'Find Opportunity: give a "Contact" (contactId), a "Pipeline" (pipelineId) or an "Opportunity Name" (name).',
        'InvalidInput',
        400,
      );
    }
    // This endpoint's query names are snake_case; `q` is GHL's free-text search.
    return {
      location_id: ctx.locationId(),
      contact_id: contactId,
      pipeline_id: pipelineId,
      q: name,
      status,
      order: 'added_desc',
      limit: 100,
    };
  },
  result: (data, { name, partialName }) => listOf(data, 'opportunities').filter((o) => !name || partialName || sameName(o.name, name)),
  sample: opportunitySample,
});
