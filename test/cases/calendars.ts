import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const NY = { timezone: 'America/New_York' };

/**
 * The two window triggers poll "now - 1 day … now + 30 days": their rows accept any epoch-ms
 * window (this table is also run by faults.ts with the real clock); test/calendars.test.ts
 * checks the exact window with a fixed clock.
 */
const EPOCH_MS = /^\d{13}$/ as unknown as string;

const group = { id: 'g1', locationId: LOCATION_ID, name: 'Sales Team', description: 'Sales', slug: 'sales-team', isActive: true };
const calendar = { id: 'cal1', locationId: LOCATION_ID, name: 'Intro Call', groupId: 'g1', slotDuration: 30 };
const event = (id: string, startTime: string) => ({ id, calendarId: 'cal1', title: 'Call', startTime, endTime: startTime });
const appointment = {
  id: 'ev1',
  calendarId: 'cal1',
  locationId: LOCATION_ID,
  contactId: 'c1',
  startTime: '2026-03-02T10:00:00-05:00',
  endTime: '2026-03-02T10:30:00-05:00',
  title: 'Intro Call',
  appointmentStatus: 'confirmed',
};
const note = { id: 'n1', body: 'Bring X-rays', userId: 'u1', dateAdded: '2026-03-01T15:02:11.285Z' };
const notification = { _id: 'nt1', receiverType: 'contact', channel: 'email', notificationType: 'reminder', isActive: true };
const resource = {
  _id: 'r1',
  locationId: LOCATION_ID,
  name: 'Room 1',
  resourceType: 'rooms',
  isActive: true,
  capacity: 2,
  calendarIds: ['cal1'],
};
const blockSlot = {
  id: 'bs1',
  locationId: LOCATION_ID,
  title: 'Lunch',
  startTime: '2026-03-02T12:00:00-05:00',
  endTime: '2026-03-02T13:00:00-05:00',
  calendarId: 'cal1',
};

/** Operations without input: no bad-input row is possible (run by test/calendars.test.ts). */
export const calendarInputlessCases: Array<Omit<OperationCase, 'bad'>> = [
  {
    key: 'list_calendar_groups',
    input: {},
    request: { method: 'GET', path: '/calendars/groups', query: { locationId: LOCATION_ID } },
    reply: { groups: [group] },
    expected: [group],
  },
];

export const calendarCases: OperationCase[] = [
  // ---- triggers
  {
    key: 'list_calendars',
    input: { groupId: 'g1', showDrafted: 'no' },
    request: { method: 'GET', path: '/calendars/', query: { locationId: LOCATION_ID, groupId: 'g1', showDrafted: 'false' } },
    reply: { calendars: [calendar] },
    expected: [calendar],
    bad: { input: { showDrafted: 'maybe' }, error: /"Include Drafts" \(showDrafted\) must be yes or no/ },
  },
  {
    key: 'list_calendar_events',
    input: { calendarId: 'cal1' },
    request: {
      method: 'GET',
      path: '/calendars/events',
      query: { locationId: LOCATION_ID, calendarId: 'cal1', startTime: EPOCH_MS, endTime: EPOCH_MS },
    },
    reply: { events: [event('e1', '2026-03-01T10:00:00-05:00'), event('e2', '2026-03-03T10:00:00-05:00')] },
    expected: [event('e2', '2026-03-03T10:00:00-05:00'), event('e1', '2026-03-01T10:00:00-05:00')],
    bad: { input: {}, error: /"Calendar" \(calendarId\), "User" \(userId\) or "Calendar Group" \(groupId\)/ },
  },
  {
    key: 'list_calendar_appointments',
    // A step's own eventCalendarId reaches the dropdown; the window is 60 days back to 120 ahead.
    input: { eventCalendarId: 'cal1', eventId: 'ignored' },
    request: {
      method: 'GET',
      path: '/calendars/events',
      query: { locationId: LOCATION_ID, calendarId: 'cal1', startTime: EPOCH_MS, endTime: EPOCH_MS },
    },
    reply: { events: [event('e1', '2026-03-01T10:00:00-05:00'), { ...event('e2', '2026-03-03T10:00:00-05:00'), title: '' }] },
    expected: [
      { ...event('e2', '2026-03-03T10:00:00-05:00'), title: '', label: 'Untitled · 2026-03-03 10:00' },
      { ...event('e1', '2026-03-01T10:00:00-05:00'), label: 'Call · 2026-03-01 10:00' },
    ],
    bad: { input: {}, error: /"Calendar" \(eventCalendarId\) is required/ },
  },
  {
    key: 'list_calendar_blocked_slots',
    input: { eventCalendarId: 'cal1' },
    request: {
      method: 'GET',
      path: '/calendars/blocked-slots',
      query: { locationId: LOCATION_ID, calendarId: 'cal1', startTime: EPOCH_MS, endTime: EPOCH_MS },
    },
    reply: { events: [blockSlot] },
    expected: [{ ...blockSlot, label: `Lunch · ${blockSlot.startTime.slice(0, 16).replace('T', ' ')}` }],
    bad: { input: { eventCalendarId: '..' }, error: /"Calendar" \(eventCalendarId\) is not a valid id/ },
  },
  {
    key: 'list_blocked_slots',
    input: { userId: 'u1' },
    request: {
      method: 'GET',
      path: '/calendars/blocked-slots',
      query: { locationId: LOCATION_ID, userId: 'u1', startTime: EPOCH_MS, endTime: EPOCH_MS },
    },
    reply: { events: [blockSlot] },
    expected: [blockSlot],
    bad: { input: { groupId: '..' }, error: /"Calendar Group" \(groupId\) is not a valid id/ },
  },
  {
    key: 'list_appointment_notes',
    input: { eventCalendarId: 'cal1', appointmentId: 'ev1' },
    request: { method: 'GET', path: '/calendars/appointments/ev1/notes', query: { limit: '20', offset: '0' } },
    reply: { notes: [note, { ...note, id: 'n2', dateAdded: '2026-03-02T09:00:00.000Z' }], hasMore: false },
    expected: [{ ...note, id: 'n2', dateAdded: '2026-03-02T09:00:00.000Z' }, note],
    bad: { input: {}, error: /"Appointment" \(appointmentId\) is required/ },
  },
  {
    key: 'list_calendar_notifications',
    input: { calendarId: 'cal1', isActive: true },
    request: { method: 'GET', path: '/calendars/cal1/notifications', query: { isActive: 'true', limit: '100', skip: '0' } },
    reply: [notification],
    expected: [{ ...notification, id: 'nt1' }],
    bad: { input: {}, error: /"Calendar" \(calendarId\) is required/ },
  },
  {
    key: 'list_calendar_resources',
    input: { resourceType: 'rooms' },
    request: { method: 'GET', path: '/calendars/resources/rooms', query: { locationId: LOCATION_ID, limit: '100', skip: '0' } },
    reply: [resource, { id: 'r2', name: 'Room 2' }],
    expected: [
      { ...resource, id: 'r1' },
      { id: 'r2', name: 'Room 2' },
    ],
    bad: { input: {}, error: /"Resource Type" \(resourceType\) is required/ },
  },
  // ---- searches
  {
    key: 'get_calendar',
    input: { calendarId: 'cal1' },
    request: { method: 'GET', path: '/calendars/cal1' },
    reply: { calendar },
    expected: [calendar],
    bad: { input: {}, error: /"Calendar" \(calendarId\) is required/ },
  },
  {
    key: 'get_free_slots',
    input: { calendarId: 'cal1', startDate: '2026-03-01', endDate: '2026-03-08', slotMinutes: 30 },
    meta: NY,
    request: {
      method: 'GET',
      path: '/calendars/cal1/free-slots',
      query: { startDate: '1772341200000', endDate: '1772946000000', timezone: 'America/New_York' },
    },
    reply: {
      '2026-03-03': { slots: ['2026-03-03T09:00:00-05:00'] },
      '2026-03-02': { slots: ['2026-03-02T14:30:00-05:00', '2026-03-02T10:00:00-05:00'] },
      traceId: 'trace-1',
    },
    expected: [
      {
        id: '2026-03-02T10:00:00-05:00',
        date: '2026-03-02',
        start: '2026-03-02T10:00:00-05:00',
        startTime: '2026-03-02T10:00:00-05:00',
        end: '2026-03-02T10:30:00-05:00',
      },
      {
        id: '2026-03-02T14:30:00-05:00',
        date: '2026-03-02',
        start: '2026-03-02T14:30:00-05:00',
        startTime: '2026-03-02T14:30:00-05:00',
        end: '2026-03-02T15:00:00-05:00',
      },
      {
        id: '2026-03-03T09:00:00-05:00',
        date: '2026-03-03',
        start: '2026-03-03T09:00:00-05:00',
        startTime: '2026-03-03T09:00:00-05:00',
        end: '2026-03-03T09:30:00-05:00',
      },
    ],
    bad: {
      input: { calendarId: 'cal1', startDate: 'someday', endDate: '2026-03-08' },
      error: /"From" \(startDate\) could not be read as a date/,
    },
  },
  {
    key: 'get_appointment',
    input: { eventCalendarId: 'cal1', eventId: 'ev1' },
    request: { method: 'GET', path: '/calendars/events/appointments/ev1' },
    reply: { event: appointment },
    expected: [appointment],
    bad: { input: {}, error: /"Appointment" \(eventId\) is required/ },
  },
  {
    key: 'get_calendar_notification',
    input: { calendarId: 'cal1', notificationId: 'nt1' },
    request: { method: 'GET', path: '/calendars/cal1/notifications/nt1' },
    reply: notification,
    expected: [{ ...notification, id: 'nt1' }],
    bad: { input: { calendarId: 'cal1' }, error: /"Notification" \(notificationId\) is required/ },
  },
  {
    key: 'get_calendar_resource',
    input: { resourceType: 'rooms', id: 'r1' },
    request: { method: 'GET', path: '/calendars/resources/rooms/r1' },
    reply: resource,
    expected: [{ ...resource, id: 'r1' }],
    bad: { input: { resourceType: 'rooms' }, error: /"Resource" \(id\) is required/ },
  },
  {
    key: 'validate_calendar_group_slug',
    input: { slug: 'sales-team' },
    request: { method: 'POST', path: '/calendars/groups/validate-slug', body: { locationId: LOCATION_ID, slug: 'sales-team' } },
    reply: { available: false },
    expected: [{ slug: 'sales-team', available: false }],
    bad: { input: {}, error: /"Slug" \(slug\) is required/ },
  },
  // ---- groups
  {
    key: 'create_calendar_group',
    input: { name: 'Sales Team', description: 'Sales', slug: 'sales-team' },
    request: {
      method: 'POST',
      path: '/calendars/groups',
      body: { locationId: LOCATION_ID, name: 'Sales Team', description: 'Sales', slug: 'sales-team' },
    },
    status: 201,
    reply: { group },
    expected: group,
    bad: { input: { name: 'Sales Team', description: 'Sales' }, error: /"Slug" \(slug\) is required/ },
  },
  {
    key: 'update_calendar_group',
    input: { groupId: 'g1', name: 'Sales Team', description: 'Sales', slug: 'sales-team' },
    request: { method: 'PUT', path: '/calendars/groups/g1', body: { name: 'Sales Team', description: 'Sales', slug: 'sales-team' } },
    reply: { group },
    expected: group,
    bad: { input: { groupId: 'g1', name: 'Sales Team', slug: 'x' }, error: /"Description" \(description\) is required/ },
  },
  {
    key: 'update_calendar_group_status',
    input: { groupId: 'g1', isActive: 'no' },
    request: { method: 'PUT', path: '/calendars/groups/g1/status', body: { isActive: false } },
    reply: { success: true },
    expected: { id: 'g1', isActive: false, success: true },
    bad: { input: { groupId: 'g1' }, error: /"Active" \(isActive\) is required/ },
  },
  {
    key: 'delete_calendar_group',
    input: { groupId: 'g1' },
    request: { method: 'DELETE', path: '/calendars/groups/g1' },
    reply: { success: true },
    expected: { id: 'g1', success: true },
    bad: { input: {}, error: /"Calendar Group" \(groupId\) is required/ },
  },
  // ---- calendars
  {
    key: 'create_calendar',
    input: {
      name: 'Intro Call',
      groupId: 'g1',
      calendarType: 'Round Robin',
      slotDuration: '30',
      slotDurationUnit: 'mins',
      teamMembers: ['u1', 'u2'],
      autoConfirm: 'yes',
    },
    request: {
      method: 'POST',
      path: '/calendars/',
      body: {
        locationId: LOCATION_ID,
        name: 'Intro Call',
        groupId: 'g1',
        calendarType: 'round_robin',
        slotDuration: 30,
        slotDurationUnit: 'mins',
        teamMembers: [{ userId: 'u1' }, { userId: 'u2' }],
        autoConfirm: true,
      },
    },
    reply: { calendar },
    expected: calendar,
    bad: { input: { name: 'X', calendarType: 'weekly' }, error: /"Calendar Type" \(calendarType\) must be one of: event, round_robin/ },
  },
  {
    key: 'update_calendar',
    input: { calendarId: 'cal1', name: 'Intro Call (new)', isActive: false },
    request: { method: 'PUT', path: '/calendars/cal1', body: { name: 'Intro Call (new)', isActive: false } },
    reply: { calendar: { ...calendar, name: 'Intro Call (new)' } },
    expected: { ...calendar, name: 'Intro Call (new)' },
    bad: { input: { calendarId: 'cal1', slotDuration: 'half an hour' }, error: /"Slot Duration" \(slotDuration\) must be a number/ },
  },
  {
    key: 'delete_calendar',
    input: { calendarId: 'cal1' },
    request: { method: 'DELETE', path: '/calendars/cal1' },
    reply: { success: true },
    expected: { id: 'cal1', success: true },
    bad: { input: {}, error: /"Calendar" \(calendarId\) is required/ },
  },
  // ---- appointments and events
  {
    key: 'create_appointment',
    input: {
      calendarId: 'cal1',
      contactId: 'c1',
      startTime: '2026-03-02 10:00',
      endTime: '2026-03-02T15:30:00Z',
      title: 'Intro Call',
      appointmentStatus: 'Confirmed',
      assignedUserId: 'u1',
      toNotify: 'yes',
    },
    meta: NY,
    request: {
      method: 'POST',
      path: '/calendars/events/appointments',
      body: {
        locationId: LOCATION_ID,
        calendarId: 'cal1',
        contactId: 'c1',
        startTime: '2026-03-02T10:00:00-05:00',
        endTime: '2026-03-02T10:30:00-05:00',
        title: 'Intro Call',
        appointmentStatus: 'confirmed',
        assignedUserId: 'u1',
        toNotify: true,
      },
    },
    reply: appointment,
    expected: appointment,
    bad: { input: { calendarId: 'cal1', contactId: 'c1' }, error: /"Start Time" \(startTime\) is required/ },
  },
  {
    key: 'update_appointment',
    input: { eventCalendarId: 'cal1', eventId: 'ev1', startTime: '2026-03-02T11:00:00-05:00', appointmentStatus: 'noshow' },
    request: {
      method: 'PUT',
      path: '/calendars/events/appointments/ev1',
      body: { startTime: '2026-03-02T11:00:00-05:00', appointmentStatus: 'noshow' },
    },
    meta: NY,
    reply: { ...appointment, appointmentStatus: 'noshow' },
    expected: { ...appointment, appointmentStatus: 'noshow' },
    bad: { input: { eventId: 'ev1', appointmentStatus: 'late' }, error: /"Appointment Status" \(appointmentStatus\) must be one of/ },
  },
  {
    key: 'delete_calendar_event',
    input: { eventCalendarId: 'cal1', eventId: 'ev1' },
    request: { method: 'DELETE', path: '/calendars/events/ev1', body: {} },
    status: 201,
    reply: { succeeded: true },
    expected: { id: 'ev1', succeeded: true },
    bad: { input: {}, error: /"Appointment or Blocked Slot" \(eventId\) is required/ },
  },
  {
    key: 'create_block_slot',
    input: { calendarId: 'cal1', title: 'Lunch', startTime: '2026-03-02 12:00', endTime: '2026-03-02 13:00' },
    meta: NY,
    request: {
      method: 'POST',
      path: '/calendars/events/block-slots',
      body: {
        calendarId: 'cal1',
        locationId: LOCATION_ID,
        title: 'Lunch',
        startTime: '2026-03-02T12:00:00-05:00',
        endTime: '2026-03-02T13:00:00-05:00',
      },
    },
    status: 201,
    reply: blockSlot,
    expected: blockSlot,
    bad: { input: { calendarId: 'cal1', assignedUserId: 'u1' }, error: /"Calendar" \(calendarId\) or "User" \(assignedUserId\), not both/ },
  },
  {
    key: 'update_block_slot',
    input: { eventCalendarId: 'cal1', eventId: 'bs1', assignedUserId: 'u1', title: 'Long lunch' },
    request: {
      method: 'PUT',
      path: '/calendars/events/block-slots/bs1',
      body: { assignedUserId: 'u1', locationId: LOCATION_ID, title: 'Long lunch' },
    },
    status: 201,
    reply: { ...blockSlot, calendarId: undefined, assignedUserId: 'u1', title: 'Long lunch' },
    expected: { ...blockSlot, calendarId: undefined, assignedUserId: 'u1', title: 'Long lunch' },
    bad: { input: { eventId: 'bs1', title: 'x' }, error: /give either "Calendar" \(calendarId\) or "User" \(assignedUserId\)/ },
  },
  // ---- notes
  {
    key: 'create_appointment_note',
    input: { eventCalendarId: 'cal1', appointmentId: 'ev1', body: 'Bring X-rays', userId: 'u1' },
    request: { method: 'POST', path: '/calendars/appointments/ev1/notes', body: { body: 'Bring X-rays', userId: 'u1' } },
    status: 201,
    reply: { note },
    expected: note,
    bad: { input: { eventCalendarId: 'cal1', appointmentId: 'ev1' }, error: /"Note" \(body\) is required/ },
  },
  {
    key: 'update_appointment_note',
    input: { eventCalendarId: 'cal1', appointmentId: 'ev1', noteId: 'n1', body: 'Bring X-rays and insurance card' },
    request: { method: 'PUT', path: '/calendars/appointments/ev1/notes/n1', body: { body: 'Bring X-rays and insurance card' } },
    reply: { note: { ...note, body: 'Bring X-rays and insurance card' } },
    expected: { ...note, body: 'Bring X-rays and insurance card' },
    bad: { input: { eventCalendarId: 'cal1', appointmentId: 'ev1', body: 'x' }, error: /"Note" \(noteId\) is required/ },
  },
  {
    key: 'delete_appointment_note',
    input: { eventCalendarId: 'cal1', appointmentId: 'ev1', noteId: 'n1' },
    request: { method: 'DELETE', path: '/calendars/appointments/ev1/notes/n1' },
    reply: { success: true },
    expected: { id: 'n1', success: true },
    bad: { input: { noteId: 'n1' }, error: /"Appointment" \(appointmentId\) is required/ },
  },
  // ---- notifications
  {
    key: 'create_calendar_notification',
    input: {
      calendarId: 'cal1',
      receiverType: 'contact',
      channel: 'Email',
      notificationType: 'reminder',
      subject: 'See you tomorrow',
      body: 'Your appointment is tomorrow.',
      timeOffset: '1',
      timeOffsetUnit: 'days',
    },
    request: {
      method: 'POST',
      path: '/calendars/cal1/notifications',
      body: [
        {
          receiverType: 'contact',
          channel: 'email',
          notificationType: 'reminder',
          subject: 'See you tomorrow',
          body: 'Your appointment is tomorrow.',
          beforeTime: [{ timeOffset: 1, unit: 'days' }],
        },
      ],
    },
    reply: [{ ...notification, subject: 'See you tomorrow' }],
    expected: { ...notification, subject: 'See you tomorrow', id: 'nt1' },
    bad: {
      input: { calendarId: 'cal1', receiverType: 'contact', channel: 'email' },
      error: /"Notification Type" \(notificationType\) is required/,
    },
  },
  {
    key: 'update_calendar_notification',
    input: { calendarId: 'cal1', notificationId: 'nt1', isActive: 'no', notificationType: 'followup', timeOffset: 2 },
    request: {
      method: 'PUT',
      path: '/calendars/cal1/notifications/nt1',
      body: { notificationType: 'followup', isActive: false, afterTime: [{ timeOffset: 2, unit: 'hours' }] },
    },
    reply: { message: 'Notification updated successfully' },
    expected: { id: 'nt1', calendarId: 'cal1', message: 'Notification updated successfully' },
    bad: { input: { calendarId: 'cal1', notificationId: 'nt1', channel: 'pigeon' }, error: /"Channel" \(channel\) must be one of/ },
  },
  {
    key: 'delete_calendar_notification',
    input: { calendarId: 'cal1', notificationId: 'nt1' },
    request: { method: 'DELETE', path: '/calendars/cal1/notifications/nt1' },
    reply: { message: 'Notification deleted successfully' },
    expected: { id: 'nt1', calendarId: 'cal1', message: 'Notification deleted successfully' },
    bad: { input: { calendarId: 'cal1' }, error: /"Notification" \(notificationId\) is required/ },
  },
  // ---- resources
  {
    key: 'create_calendar_resource',
    input: { resourceType: 'rooms', name: 'Room 1', description: 'Ground floor', capacity: 2, calendarIds: 'cal1' },
    request: {
      method: 'POST',
      path: '/calendars/resources/rooms',
      body: {
        locationId: LOCATION_ID,
        name: 'Room 1',
        description: 'Ground floor',
        quantity: 0,
        outOfService: 0,
        capacity: 2,
        calendarIds: ['cal1'],
      },
    },
    status: 201,
    reply: resource,
    expected: { ...resource, id: 'r1' },
    bad: {
      input: { resourceType: 'rooms', name: 'Room 1', description: 'x', capacity: -1 },
      error: /"Capacity" \(capacity\) must be at least 0/,
    },
  },
  {
    key: 'update_calendar_resource',
    input: { resourceType: 'equipments', id: 'r9', quantity: 3 },
    request: { method: 'PUT', path: '/calendars/resources/equipments/r9', body: { locationId: LOCATION_ID, quantity: 3 } },
    reply: { locationId: LOCATION_ID, name: 'Projector', resourceType: 'equipments', isActive: true, quantity: 3 },
    expected: { id: 'r9', locationId: LOCATION_ID, name: 'Projector', resourceType: 'equipments', isActive: true, quantity: 3 },
    bad: { input: { resourceType: 'equipments' }, error: /"Resource" \(id\) is required/ },
  },
  {
    key: 'delete_calendar_resource',
    input: { resourceType: 'equipments', id: 'r9' },
    request: { method: 'DELETE', path: '/calendars/resources/equipments/r9' },
    reply: { success: true },
    expected: { id: 'r9', success: true },
    bad: { input: { id: 'r9' }, error: /"Resource Type" \(resourceType\) is required/ },
  },
];
