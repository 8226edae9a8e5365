/**
 * Contacts (newest first), with a note, an open and a completed task, and a follower on the newest;
 * two contacts work at a business (Lakeside Orthodontics).
 */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';

const PEOPLE = [
  ['Olivia', 'Bennett', 'Bennett Dental Studio'],
  ['Liam', 'Carter', 'Carter Roofing'],
  ['Emma', 'Nguyen', 'Nguyen Physio'],
  ['Noah', 'Patel', 'Patel & Sons Plumbing'],
  ['Ava', 'Rossi', 'Rossi Bakery'],
  ['Elijah', 'Kim', 'Kim Law Group'],
  ['Sophia', 'Garcia', 'Garcia Landscaping'],
  ['James', "O'Connor", "O'Connor Fitness"],
  ['Isabella', 'Schmidt', 'Schmidt Auto Repair'],
  ['Lucas', 'Dubois', 'Dubois Interiors'],
  ['Mia', 'Haddad', 'Haddad Realty'],
  ['Mason', 'Okafor', 'Okafor Consulting'],
  ['Hannah', 'Brooks', 'Lakeside Orthodontics'],
  ['Ethan', 'Silva', 'Lakeside Orthodontics'],
  ['Harper', 'Walsh', 'Walsh Veterinary'],
  ['Logan', 'Tanaka', 'Tanaka Sushi Bar'],
  ['Evelyn', 'Moreau', 'Moreau Wedding Photo'],
  ['Jackson', 'Brown', 'Brown HVAC'],
  ['Abigail', 'Kowalski', 'Kowalski Cleaning'],
  ['Aiden', 'Lopez', 'Lopez Tax Services'],
  ['Ella', 'Fischer', 'Fischer Chiropractic'],
  ['Sebastian', 'Ivanov', 'Ivanov Tutoring'],
  ['Scarlett', 'Murphy', 'Murphy Florist'],
  ['Henry', 'Costa', 'Costa Med Spa'],
  ['Grace', 'Adeyemi', 'Adeyemi Pediatrics'],
];

/**
 * The business the two Lakeside Orthodontics contacts belong to (GET /contacts/business/:id). The
 * businesses seed (seed/businesses.ts) should give its first business this id and name, so the
 * business dropdown (list_businesses) leads to them.
 */
export const SEED_BUSINESS_ID = 'LksdOrtho7Qm2Vx9Pb4T';
const BUSINESS_CONTACTS = ['Hannah', 'Ethan'];

const TAG_SETS = [['lead'], ['lead', 'webinar'], ['customer'], ['customer', 'vip'], ['newsletter'], []];
const SOURCES = ['Website Form', 'Facebook Ad', 'Referral', 'Zapier', 'Webinar'];

export const seedContacts = ({ now, iso, id }: SeedContext, { L, users }: Accounts) => {
  const contacts: Row[] = PEOPLE.map(([firstName, lastName, companyName], i) => {
    const added = now - (i + 1) * 0.9 * DAY; // index 0 is the newest
    const email = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com';
    return {
      id: id(),
      locationId: L,
      contactName: `${firstName} ${lastName}`.toLowerCase(),
      firstName,
      lastName,
      firstNameRaw: firstName,
      lastNameRaw: lastName,
      companyName,
      email,
      phone: `+1512555${String(1000 + i * 37).padStart(4, '0')}`,
      dnd: false,
      dndSettings: {},
      type: i % 5 === 0 ? 'customer' : 'lead',
      source: SOURCES[i % SOURCES.length],
      assignedTo: users[i % users.length].id,
      address1: `${100 + i * 11} Main St`,
      city: 'Austin',
      state: 'TX',
      postalCode: '78701',
      country: 'US',
      website: null,
      timezone: 'America/Chicago',
      tags: [...TAG_SETS[i % TAG_SETS.length]],
      customFields: [],
      additionalEmails: [],
      attributions: [],
      followers: i === 0 ? [users[0].id] : [],
      businessId: BUSINESS_CONTACTS.includes(firstName) ? SEED_BUSINESS_ID : null,
      dateOfBirth: null,
      dateAdded: iso(added),
      dateUpdated: iso(added + 3_600_000),
    };
  });
  return { contacts };
};

/** Notes and tasks come after the other areas' ids, as they always have. */
export const seedNotesAndTasks = ({ now, iso, id }: SeedContext, { users }: Accounts, contacts: Row[]) => {
  const notes: Row[] = [
    { id: id(), contactId: contacts[0].id, body: 'Prefers morning appointments.', userId: users[0].id, dateAdded: iso(now - DAY) },
  ];
  const tasks: Row[] = [
    {
      id: id(),
      contactId: contacts[0].id,
      title: 'Call back about insurance',
      body: 'Check Delta Dental coverage.',
      assignedTo: users[1].id,
      dueDate: iso(now + 2 * DAY),
      completed: false,
    },
    {
      id: id(),
      contactId: contacts[0].id,
      title: 'Send new patient forms',
      body: 'Emailed the intake and medical history forms.',
      assignedTo: users[0].id,
      dueDate: iso(now - DAY / 2),
      completed: true,
    },
  ];
  return { notes, tasks };
};
