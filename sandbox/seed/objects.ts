/**
 * Objects of the location: the standard ones GHL lists (contact, opportunity, business) and one
 * custom object, Family Plans (the object the associations seed links to contacts), with a field
 * of every data type GHL's object fields have and records that use them. Field ids are fixed so a
 * Zap's `cf_<field id>` inputs (and the tests') name the same fields on every run.
 */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';

export const FAMILY_PLANS = 'custom_objects.family_plans';

const field = (id: string, name: string, key: string, dataType: string, options?: string[]): Row => ({
  id,
  name,
  fieldKey: `${FAMILY_PLANS}.${key}`,
  objectKey: FAMILY_PLANS,
  dataType,
  ...(options
    ? {
        options: options.map((o) => {
          const [k, label] = o.split(':');
          return { key: k, label };
        }),
      }
    : {}),
  showInForms: true,
  parentId: 'fpFolder000000000000',
});

export const seedObjects = ({ id, now, iso }: SeedContext, { L, users }: Accounts) => {
  const at = iso(now - 120 * DAY);
  const standard = (key: string, singular: string, plural: string, primary: string): Row => ({
    id: id(),
    standard: true,
    key,
    labels: { singular, plural },
    locationId: L,
    primaryDisplayProperty: primary,
    type: 'SYSTEM_DEFINED',
    dateAdded: at,
    dateUpdated: at,
  });
  const familyPlans: Row = {
    id: id(),
    standard: false,
    key: FAMILY_PLANS,
    labels: { singular: 'Family Plan', plural: 'Family Plans' },
    description: 'Dental plans that cover a whole family.',
    locationId: L,
    primaryDisplayProperty: `${FAMILY_PLANS}.plan_name`,
    searchableProperties: [`${FAMILY_PLANS}.plan_name`, `${FAMILY_PLANS}.billing_phone`],
    type: 'USER_DEFINED',
    dateAdded: at,
    dateUpdated: at,
  };
  const objectSchemas = [
    standard('contact', 'Contact', 'Contacts', 'contact.name'),
    standard('opportunity', 'Opportunity', 'Opportunities', 'opportunity.name'),
    standard('business', 'Company', 'Companies', 'business.name'),
    familyPlans,
  ];
  const objectFields: Row[] = [
    field('fpPlanName0000000001', 'Plan Name', 'plan_name', 'TEXT'),
    field('fpNotes000000000002', 'Notes', 'notes', 'LARGE_TEXT'),
    field('fpMembers0000000003', 'Members', 'members', 'NUMERICAL'),
    field('fpPhone000000000004', 'Billing Phone', 'billing_phone', 'PHONE'),
    field('fpFee00000000000005', 'Monthly Fee', 'monthly_fee', 'MONETORY'),
    field('fpServices000000006', 'Covered Services', 'covered_services', 'CHECKBOX', [
      'cleaning:Cleaning',
      'whitening:Whitening',
      'xray:X-ray',
    ]),
    field('fpTier0000000000007', 'Tier', 'tier', 'SINGLE_OPTIONS', ['silver:Silver', 'gold:Gold']),
    field('fpDays0000000000008', 'Preferred Days', 'preferred_days', 'MULTIPLE_OPTIONS', ['mon:Monday', 'wed:Wednesday', 'sat:Saturday']),
    field('fpRenewal0000000009', 'Renewal Date', 'renewal_date', 'DATE'),
    field('fpContacts000000010', 'Emergency Contacts', 'emergency_contacts', 'TEXTBOX_LIST', ['primary:Primary', 'secondary:Secondary']),
    field('fpAgreement00000011', 'Signed Agreement', 'signed_agreement', 'FILE_UPLOAD'),
    field('fpCycle000000000012', 'Billing Cycle', 'billing_cycle', 'RADIO', ['monthly:Monthly', 'yearly:Yearly']),
  ].map((f) => ({ ...f, locationId: L, dateAdded: at, dateUpdated: at }));
  const record = (properties: Row, addedDaysAgo: number, updatedDaysAgo: number): Row => ({
    id: id(),
    locationId: L,
    objectId: familyPlans.id,
    objectKey: FAMILY_PLANS,
    owner: [users[0].id],
    followers: [users[1]?.id ?? users[0].id],
    properties,
    createdAt: iso(now - addedDaysAgo * DAY),
    updatedAt: iso(now - updatedDaysAgo * DAY),
  });
  const objectRecords: Row[] = [
    record(
      {
        plan_name: 'Smith Family',
        notes: 'Two adults, two kids; one in braces.',
        members: 4,
        billing_phone: '+15125550111',
        monthly_fee: { currency: 'default', value: 89 },
        covered_services: ['cleaning', 'xray'],
        tier: 'gold',
        preferred_days: ['mon', 'sat'],
        renewal_date: iso(now + 200 * DAY).slice(0, 10),
        'emergency_contacts.primary': '+15125550112',
        'emergency_contacts.secondary': '+15125550113',
        signed_agreement: [{ url: 'https://files.example.com/agreements/smith.pdf' }],
        billing_cycle: 'monthly',
      },
      60,
      2,
    ),
    record(
      {
        plan_name: 'Nguyen Family',
        members: 3,
        monthly_fee: { currency: 'default', value: 69 },
        covered_services: ['cleaning'],
        tier: 'silver',
        renewal_date: iso(now + 90 * DAY).slice(0, 10),
        billing_cycle: 'yearly',
      },
      20,
      20,
    ),
  ];
  return { objectSchemas, objectFields, objectRecords };
};
