import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { businessField } from '../../src/areas/businesses';

export default defineCreate({
  key: 'bulk_update_contacts_business',
  noun: 'Contact',
  label: 'Add or Remove Contacts from Business',
  description: 'Adds contacts to a business, or removes them from theirs.',
  endpoint: 'POST /contacts/bulk/business',
  // The spec declares no security for this endpoint; it changes contacts, so contacts.write.
  scopes: ['contacts.write'],
  input: {
    action: fields.choice(
      'Action',
      { add: 'Add to business', remove: 'Remove from their business' },
      { required: true, default: 'add', helpText: 'Add the contacts to the business, or remove them from theirs.' },
    ),
    contactIds: fields.ids('Contacts', {
      required: true,
      dynamic: 'search_contacts.id.name',
      helpText: 'Contacts to change, one per line.',
    }),
    businessId: businessField({ helpText: 'The business to add the contacts to. Not used when removing.' }),
  },
  body: ({ action, contactIds, businessId }, ctx) => {
    if (action === 'add' && !businessId) {
      throw new ctx.z.errors.Error(
        'Add or Remove Contacts from Business: "Business" (businessId) is required to add contacts.',
        'InvalidInput',
        400,
      );
    }
    // businessId is required in the body; null (sent explicitly) removes the contacts from theirs.
    return { locationId: ctx.locationId(), ids: contactIds, businessId: action === 'remove' ? null : businessId };
  },
  result: (data, { action, businessId }) => ({
    success: data?.success === true,
    action,
    businessId: action === 'remove' ? null : businessId,
    ids: data?.ids ?? [],
  }),
  sample: { success: true, action: 'add', businessId: '63771dcac1116f0e21de8e12', ids: ['ocQHyuzHvysMo5N5VsXc'] },
});
