/** Associations: contact ↔ contact (a referral) and a custom object of patients' family plans. */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';

export const seedAssociations = ({ id, now, iso }: SeedContext, { L }: Accounts, contacts: Row[]) => {
  const associations: Row[] = [
    {
      id: id(),
      locationId: L,
      key: 'referrer_referred',
      firstObjectLabel: 'Referrer',
      firstObjectKey: 'contact',
      secondObjectLabel: 'Referred',
      secondObjectKey: 'contact',
      associationType: 'USER_DEFINED',
    },
    {
      id: id(),
      locationId: L,
      key: 'family_plan_member',
      firstObjectLabel: 'Family Plan',
      firstObjectKey: 'custom_objects.family_plans',
      secondObjectLabel: 'Member',
      secondObjectKey: 'contact',
      associationType: 'USER_DEFINED',
    },
  ];
  const relations: Row[] = [
    {
      id: id(),
      locationId: L,
      associationId: associations[0].id,
      firstRecordId: contacts[0].id,
      secondRecordId: contacts[1].id,
      createdAt: iso(now - 10 * DAY),
    },
  ];
  // Records of the custom object of the second association (custom_objects.family_plans).
  const objectRecords: Row[] = ['Knight Family Plan', 'Baker Family Plan'].map((name, i) => ({
    id: id(),
    locationId: L,
    objectKey: 'custom_objects.family_plans',
    properties: { name, members: 3 + i },
    owner: [],
    followers: [],
    createdAt: iso(now - (20 - i) * DAY),
  }));
  return { associations, relations, objectRecords };
};
