import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { monetaryValueField, opportunitySample, pipelineField, stageField, statusField } from '../../src/areas/opportunities';

export default defineCreate({
  key: 'upsert_opportunity',
  noun: 'Opportunity',
  label: 'Create or Update Opportunity',
  description: 'Updates the opportunity with an ID or name, or creates one.',
  endpoint: 'POST /opportunities/upsert',
  scopes: ['opportunities.write'],
  customFieldsModel: 'opportunity',
  input: {
    pipelineId: pipelineField({ required: true }),
    id: fields.id('Opportunity', {
      dynamic: 'search_opportunities.id.name',
      search: 'find_opportunity.id',
      helpText: 'The opportunity to update. Leave blank to match on name within the pipeline, or create a new one.',
    }),
    name: fields.string('Opportunity Name', {
      helpText: 'Matched within the pipeline when no opportunity is chosen; the name of a new one.',
    }),
    pipelineStageId: stageField(),
    status: statusField({ helpText: 'Open, won, lost or abandoned. Leave empty to keep the current one.' }),
    monetaryValue: monetaryValueField,
    assignedTo: fields.user({ label: 'Assigned User' }),
    lostReasonId: fields.id('Lost Reason', {
      dynamic: 'list_lost_reasons.id.name',
      helpText: 'Only for the status Lost: choose one of the lost reasons set up in the location, or map its ID.',
    }),
    followers: fields.users({ label: 'Followers', helpText: 'Users to add to (or remove from) the followers.' }),
    followersAction: fields.choice(
      'Followers Action',
      { add: 'Add these followers', remove: 'Remove these followers' },
      { default: 'add', helpText: 'Whether the users above are added to or removed from the followers. Default: add.' },
    ),
  },
  body: ({ followers, followersAction, ...input }, ctx) => {
    const body: Record<string, unknown> = { locationId: ctx.locationId() };
    for (const [k, v] of Object.entries(input)) if (v !== undefined) body[k] = v;
    // The spec marks followers, isRemoveAllFollowers and followersActionType as required, which
    // would touch the followers on every upsert. They are sent only when the user gives
    // followers (with isRemoveAllFollowers false), so an upsert without them leaves them alone.
    if (followers) {
      body.followers = followers;
      body.isRemoveAllFollowers = false;
      body.followersActionType = followersAction ?? 'add';
    }
    return body;
  },
  // GHL answers {opportunity, new}: the record, plus whether it was created.
  result: (data) => ({ ...(data?.opportunity ?? {}), new: data?.new === true }),
  sample: { ...opportunitySample, new: true },
});
