/** Businesses of the location. The newest is the one two seeded contacts work for (dropdowns list it first). */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';
import { SEED_BUSINESS_ID } from './contacts';

export const seedBusinesses = ({ id, now, iso }: SeedContext, { L }: Accounts) => {
  const businesses: Row[] = [
    {
      id: SEED_BUSINESS_ID,
      name: 'Lakeside Orthodontics',
      email: 'office@lakeside-ortho.example',
      phone: '+15125550301',
      website: 'https://lakeside-ortho.example',
      address: '88 Lakeline Blvd',
      city: 'Cedar Park',
      state: 'TX',
      postalCode: '78613',
      country: 'US',
      description: 'Referral partner for braces and aligners.',
      locationId: L,
      createdAt: iso(now - 100 * DAY),
      updatedAt: iso(now - 20 * DAY),
    },
    {
      id: id(),
      name: 'Capital Dental Supply',
      email: 'orders@capitaldentalsupply.example',
      phone: '+15125550302',
      website: 'https://capitaldentalsupply.example',
      city: 'Austin',
      state: 'TX',
      country: 'US',
      description: 'Consumables supplier.',
      locationId: L,
      createdAt: iso(now - 250 * DAY),
      updatedAt: iso(now - 250 * DAY),
    },
  ];
  return { businesses };
};
