import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { monetaryValueField, opportunitySample, pipelineField, stageField, statusField } from '../../src/areas/opportunities';

export default defineCreate({
  key: 'upsert_opportunity',
  noun: 'Opportunity',
  label: 'Create or Update Opportunity',
  description: 'Updates the opportunity with the given ID (or the same name in the pipeline), or creates it when there is none.',
  endpoint: 'POST /opportunities/upsert',
  scopes: ['opportunities.write'],
  customFieldsModel: 'opportunity',
  input: {
    pipelineId: pipelineField({ required: true }),
    id: fields.id('Opportunity ID', {
      dynamic: 'search_opportunities.id.name',
      helpText: 'The opportunity to update. Leave blank to match on name within the pipeline, or create a new one.',
    }),
    name: fields.string('Opportunity Name'),
    pipelineStageId: stageField(),
    status: statusField(),
    monetaryValue: monetaryValueField,
    assignedTo: fields.user({ label: 'Assigned User' }),
    lostReasonId: fields.id('Lost Reason ID', { helpText: 'Only for lost: the id of one of the lost reasons set up in GHL.' }),
    followers: fields.users({ label: 'Followers', helpText: 'Users to add to (or remove from) the followers.' }),
    followersAction: fields.choice(
      'Followers Action',
      { add: 'Add these followers', remove: 'Remove these followers' },
      { default: 'add' },
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
