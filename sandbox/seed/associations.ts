/** Associations: contact ↔ contact (a referral) and a custom object of patients' family plans. */
import { FAMILY_PLANS } from './objects';
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
      firstObjectKey: FAMILY_PLANS,
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
  return { associations, relations };
};
