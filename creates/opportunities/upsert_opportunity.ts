import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { mergeCustomFields } from '../../src/custom-fields';
import { monetaryValueField, opportunitySample, pipelineField, stageField, statusField } from '../../src/areas/opportunities';

/**
 * Nothing public documents how POST /opportunities/upsert matches a record when no id is given
 * (field-notes: "matching unknown"), and its spec takes no contact, while an opportunity needs
 * one. So: with an opportunity chosen, the upsert updates it (GHL decides should the id be
 * unknown to it); with none, POST /opportunities/ creates one for the contact, as its spec
 * requires. Both bodies hold only what their spec accepts.
 */
export default defineCreate({
  key: 'upsert_opportunity',
  noun: 'Opportunity',
  label: 'Create or Update Opportunity',
  description: 'Updates the chosen opportunity, or creates one for a contact.',
  endpoint: 'POST /opportunities/upsert',
  scopes: ['opportunities.write'],
  customFieldsModel: 'opportunity',
  input: {
    pipelineId: pipelineField({ required: true }),
    id: fields.id('Opportunity', {
      dynamic: 'search_opportunities.id.name',
      search: 'find_opportunity.id',
      helpText:
        'The opportunity to update. Leave empty to create a new opportunity for the contact below; GHL decides how an unknown ID is handled.',
    }),
    contactId: fields.contact({
      helpText: 'The contact a new opportunity belongs to. Required when no opportunity is chosen; ignored when updating.',
    }),
    name: fields.string('Opportunity Name', { helpText: 'Required when creating.' }),
    pipelineStageId: stageField(),
    status: statusField({ helpText: 'Open when left empty on a new opportunity.' }),
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
  perform: async (ctx) => {
    const { id, contactId, followers, followersAction, lostReasonId, ...rest } = ctx.input;
    const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    if (!id) {
      const missing = [!contactId && '"Contact" (contactId)', !rest.name && '"Opportunity Name" (name)'].filter(Boolean);
      if (missing.length) {
        throw new ctx.z.errors.Error(
          `Create or Update Opportunity: to create an opportunity give ${missing.join(' and ')}, or choose the "Opportunity" (id) to update.`,
          'InvalidInput',
          400,
        );
      }
      // POST /opportunities/ takes neither followers nor a lost reason: those need an update.
      const body = mergeCustomFields(
        { locationId: ctx.locationId(), ...given, status: rest.status ?? 'open', contactId },
        ctx.customFieldValues,
      );
      const res = await ctx.request<{ opportunity?: Record<string, unknown> }>({ method: 'POST', path: '/opportunities/', body });
      return { ...(res.data?.opportunity ?? {}), new: true };
    }
    const body: Record<string, unknown> = { id, locationId: ctx.locationId(), ...given, ...(lostReasonId ? { lostReasonId } : {}) };
    // The spec marks followers, isRemoveAllFollowers and followersActionType as required, which
    // would touch the followers on every upsert. They are sent only when the user gives
    // followers (with isRemoveAllFollowers false), so an upsert without them leaves them alone.
    if (followers) {
      body.followers = followers;
      body.isRemoveAllFollowers = false;
      body.followersActionType = followersAction ?? 'add';
    }
    const res = await ctx.request<{ opportunity?: Record<string, unknown>; new?: boolean }>({
      method: 'POST',
      path: '/opportunities/upsert',
      body: mergeCustomFields(body, ctx.customFieldValues),
    });
    // GHL answers {opportunity, new}: the record, plus whether it was created.
    return { ...(res.data?.opportunity ?? {}), new: res.data?.new === true };
  },
  sample: { ...opportunitySample, new: true },
});
