/** Calendars with opening hours; appointments are booked by the walk and the tests. */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';

const weekdays = (openHour: number, closeHour: number) =>
  [1, 2, 3, 4, 5].map((d) => ({ daysOfTheWeek: [d], hours: [{ openHour, openMinute: 0, closeHour, closeMinute: 0 }] }));

export const seedCalendars = ({ id }: SeedContext, { L, users }: Accounts) => {
  const calendars: Row[] = [
    {
      id: id(),
      locationId: L,
      name: 'New Patient Consult',
      description: 'A 30-minute first visit with a dentist.',
      slug: 'new-patient-consult',
      calendarType: 'round_robin',
      isActive: true,
      slotDuration: 30,
      slotDurationUnit: 'mins',
      slotInterval: 30,
      slotIntervalUnit: 'mins',
      teamMembers: users.slice(0, 2).map((u) => ({ userId: u.id, priority: 0.5, isPrimary: false })),
      openHours: weekdays(9, 17),
      timezone: 'America/Chicago',
      groupId: null,
    },
    {
      id: id(),
      locationId: L,
      name: 'Hygiene Cleaning',
      description: 'Routine cleaning, 60 minutes.',
      slug: 'hygiene-cleaning',
      calendarType: 'personal',
      isActive: true,
      slotDuration: 60,
      slotDurationUnit: 'mins',
      slotInterval: 60,
      slotIntervalUnit: 'mins',
      teamMembers: [{ userId: users[2].id, priority: 1, isPrimary: true }],
      openHours: weekdays(8, 16),
      timezone: 'America/Chicago',
      groupId: null,
    },
  ];
  const events: Row[] = [];
  return { calendars, events };
};
