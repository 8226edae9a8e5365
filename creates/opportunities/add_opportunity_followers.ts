import { defineCreate } from '../../src/define';
import { opportunityField } from '../../src/areas/opportunities';
import { followersField } from '../../src/areas/workflows';

export default defineCreate({
  key: 'add_opportunity_followers',
  noun: 'Follower',
  label: 'Add Followers to Opportunity',
  description: 'Adds users as followers of an opportunity.',
  endpoint: 'POST /opportunities/{opportunityId}/followers',
  scopes: ['opportunities.write'],
  input: { opportunityId: opportunityField({ required: true }), followers: followersField },
  body: ({ followers }) => ({ followers }),
  result: (data, { opportunityId }) => ({
    opportunityId,
    followers: data?.followers ?? [],
    followersAdded: data?.followersAdded ?? [],
  }),
  sample: {
    opportunityId: 'yWQobCRIhRguQtD2llvk',
    followers: ['y0BeYjuRIlDwsDcOHOJo', 'Mx6wyHhbFdRXh302Luer'],
    followersAdded: ['Mx6wyHhbFdRXh302Luer'],
  },
});
