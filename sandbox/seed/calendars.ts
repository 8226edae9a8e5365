/**
 * Calendars with opening hours, a group, a room and a piece of equipment, reminders, and a few
 * appointments (with a note) and a block slot around today; the walk and the tests book more.
 */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';

const weekdays = (openHour: number, closeHour: number) =>
  [1, 2, 3, 4, 5].map((d) => ({ daysOfTheWeek: [d], hours: [{ openHour, openMinute: 0, closeHour, closeMinute: 0 }] }));

export const seedCalendars = ({ id, now, iso }: SeedContext, { L, users }: Accounts, contacts: Row[]) => {
  const group: Row = {
    id: id(),
    locationId: L,
    name: 'Front Desk',
    description: 'Bookings the front desk manages.',
    slug: 'front-desk',
    isActive: true,
  };
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
      groupId: group.id,
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
  // 15:00 UTC is 9:00 or 10:00 in Austin (the same day), within every calendar's opening hours;
  // the calendars open Monday to Friday, so a day that falls on a weekend moves to a weekday.
  const weekday = (days: number, step: 1 | -1, minutes = 0) => {
    const d = new Date(now + days * DAY);
    d.setUTCHours(15, minutes, 0, 0);
    while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + step);
    return d.getTime();
  };
  // The latest weekday slot that is over (today's if it has ended), for the recent past.
  const past = (minutes: number) => {
    const today = weekday(0, -1, minutes);
    return today + 60 * 60_000 <= now ? today : weekday(-1, -1, minutes);
  };
  const appointment = (contact: Row, calendar: Row, start: number, status: string): Row => ({
    id: id(),
    locationId: L,
    calendarId: calendar.id,
    groupId: calendar.groupId ?? '',
    contactId: contact.id,
    title: `${calendar.name} - ${contact.firstName} ${contact.lastName}`,
    appointmentStatus: status,
    assignedUserId: calendar.teamMembers[0].userId,
    users: [calendar.teamMembers[0].userId],
    address: '',
    notes: '',
    meetingLocationType: 'default',
    isRecurring: false,
    startTime: iso(start),
    endTime: iso(start + calendar.slotDuration * 60_000),
    dateAdded: iso(Math.min(start, now) - 2 * DAY),
    dateUpdated: iso(Math.min(start, now) - DAY),
  });
  const events: Row[] = [
    appointment(contacts[0], calendars[0], weekday(1, 1), 'confirmed'),
    appointment(contacts[1], calendars[0], past(60), 'showed'),
    appointment(contacts[2], calendars[1], weekday(3, 1), 'new'),
    {
      id: id(),
      locationId: L,
      calendarId: calendars[0].id,
      title: 'Staff training',
      isBlockSlot: true,
      startTime: iso(weekday(2, 1, 180)),
      endTime: iso(weekday(2, 1, 240)),
      dateAdded: iso(now - 5 * DAY),
    },
    // A block slot is a calendar's or a user's, never both: this one blocks a dentist's time.
    {
      id: id(),
      locationId: L,
      title: 'Continuing education course',
      assignedUserId: users[0].id,
      isBlockSlot: true,
      startTime: iso(weekday(4, 1, 240)),
      endTime: iso(weekday(4, 1, 360)),
      dateAdded: iso(now - 3 * DAY),
    },
  ];
  const appointmentNotes: Row[] = [
    {
      id: id(),
      appointmentId: events[0].id,
      body: 'Wants to talk about whitening options.',
      userId: users[0].id,
      contactId: events[0].contactId,
      createdBy: { id: users[0].id, name: users[0].name },
      dateAdded: iso(now - DAY),
    },
  ];
  const calendarResources: Row[] = [
    {
      _id: id(),
      locationId: L,
      name: 'Operatory 1',
      resourceType: 'rooms',
      description: 'Front room',
      isActive: true,
      quantity: 1,
      outOfService: 0,
      capacity: 1,
      calendarIds: [calendars[0].id],
    },
    {
      _id: id(),
      locationId: L,
      name: 'Intraoral scanner',
      resourceType: 'equipments',
      description: 'For aligner scans',
      isActive: true,
      quantity: 2,
      outOfService: 0,
      capacity: 1,
      calendarIds: [calendars[1].id],
    },
  ];
  const calendarNotifications: Row[] = [
    {
      _id: id(),
      calendarId: calendars[0].id,
      receiverType: 'contact',
      channel: 'email',
      notificationType: 'reminder',
      isActive: true,
      deleted: false,
      subject: 'See you tomorrow',
      body: 'Your appointment at Austin Smiles Dental is tomorrow.',
      beforeTime: [{ timeOffset: 1, unit: 'days' }],
    },
  ];
  return { calendars, calendarGroups: [group], events, appointmentNotes, calendarResources, calendarNotifications };
};
