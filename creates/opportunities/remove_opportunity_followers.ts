import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { opportunityField } from '../../src/areas/opportunities';

export default defineCreate({
  key: 'remove_opportunity_followers',
  noun: 'Follower',
  label: 'Remove Followers from Opportunity',
  description: 'Removes some or all followers from an opportunity.',
  endpoint: 'DELETE /opportunities/{opportunityId}/followers',
  scopes: ['opportunities.write'],
  input: {
    opportunityId: opportunityField({ required: true }),
    followers: fields.users({ label: 'Followers', helpText: 'Users to stop following the opportunity.' }),
    removeAll: fields.boolean('Remove All Followers', { helpText: 'Yes removes every follower; then Followers may be left blank.' }),
  },
  query: ({ removeAll }) => (removeAll ? { isRemoveAllFollowers: true } : {}),
  // The body's followers list is required even when removing all; it is then sent empty.
  body: ({ followers, removeAll }, ctx) => {
    if (!followers && !removeAll) {
      throw new ctx.z.errors.Error(
        'Remove Followers from Opportunity: "Followers" (followers) is required unless "Remove All Followers" is yes.',
        'InvalidInput',
        400,
      );
    }
    return { followers: followers ?? [] };
  },
  result: (data, { opportunityId }) => ({
    opportunityId,
    followers: data?.followers ?? [],
    followersRemoved: data?.followersRemoved ?? [],
  }),
  sample: {
    opportunityId: 'yWQobCRIhRguQtD2llvk',
    followers: ['y0BeYjuRIlDwsDcOHOJo'],
    followersRemoved: ['Mx6wyHhbFdRXh302Luer'],
  },
});
