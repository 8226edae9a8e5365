import nock from 'nock';
import { calendarCases, calendarInputlessCases } from './cases/calendars';
import { describeOperations, errorOf, findOperation, expectRequest, LOCATION_ID, runOperation } from './helpers';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

// The window triggers read the clock: fix it so their requests are exact.
beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterEach(() => {
  jest.restoreAllMocks();
});

describeOperations('Calendars & Appointments', calendarCases);

// Operations without input fields: their request and output (no bad input to refuse).
describeOperations('Calendars & Appointments (no input)', calendarInputlessCases);

describe('Calendars & Appointments: details', () => {
  const window = { startTime: String(NOW - DAY), endTime: String(NOW + 30 * DAY) };

  it.each(['list_calendar_events', 'list_blocked_slots'])('%s polls from a day ago to 30 days ahead', async (key) => {
    const path = key === 'list_calendar_events' ? '/calendars/events' : '/calendars/blocked-slots';
    const scope = expectRequest(
      { method: 'GET', path, query: { locationId: LOCATION_ID, groupId: 'g1', ...window } },
      { body: { events: [{ id: 'e1', startTime: '2026-03-02T10:00:00-05:00' }] } },
    );
    const result = await runOperation(key, { groupId: 'g1' });
    expect(result).toEqual([{ id: 'e1', startTime: '2026-03-02T10:00:00-05:00' }]);
    expect(scope.isDone()).toBe(true);
  });

  it.each(['list_calendar_appointments', 'list_calendar_blocked_slots'])(
    '%s lists the chosen calendar from 60 days back to 120 ahead',
    async (key) => {
      const path = key === 'list_calendar_appointments' ? '/calendars/events' : '/calendars/blocked-slots';
      const scope = expectRequest(
        {
          method: 'GET',
          path,
          query: { locationId: LOCATION_ID, calendarId: 'cal1', startTime: String(NOW - 60 * DAY), endTime: String(NOW + 120 * DAY) },
        },
        { body: { events: [{ id: 'e1', title: 'Call', startTime: '2026-03-02T10:00:00-05:00' }] } },
      );
      const result = await runOperation(key, { eventCalendarId: 'cal1' }, { meta: { isFillingDynamicDropdown: true } });
      expect(result).toEqual([{ id: 'e1', title: 'Call', startTime: '2026-03-02T10:00:00-05:00', label: 'Call · 2026-03-02 10:00' }]);
      expect(scope.isDone()).toBe(true);
    },
  );

  it.each([
    ['get_appointment', 'eventId', 'list_calendar_appointments'],
    ['update_appointment', 'eventId', 'list_calendar_appointments'],
    ['delete_calendar_event', 'eventId', 'list_calendar_appointments'],
    ['create_appointment_note', 'appointmentId', 'list_calendar_appointments'],
    ['update_appointment_note', 'appointmentId', 'list_calendar_appointments'],
    ['delete_appointment_note', 'appointmentId', 'list_calendar_appointments'],
    ['list_appointment_notes', 'appointmentId', 'list_calendar_appointments'],
    ['update_block_slot', 'eventId', 'list_calendar_blocked_slots'],
  ])('%s: %s is a dropdown of the calendar chosen above it', (key, field, trigger) => {
    const inputs = findOperation(key).definition.operation.inputFields as Record<string, any>[];
    const at = (k: string) => inputs.findIndex((f) => f.key === k);
    expect(inputs[at(field)]).toMatchObject({ dynamic: `${trigger}.id.label`, dependsOn: ['eventCalendarId'] });
    expect(inputs[at('eventCalendarId')]).toMatchObject({ dynamic: 'list_calendars.id.name', altersDynamicFields: true, required: false });
    expect(at('eventCalendarId')).toBeLessThan(at(field));
  });

  it('the calendar that only fills the Appointment dropdown is never sent', async () => {
    const scope = expectRequest(
      { method: 'PUT', path: '/calendars/events/appointments/ev1', body: { title: 'Moved' } },
      { body: { id: 'ev1', title: 'Moved' } },
    );
    await runOperation('update_appointment', { eventCalendarId: 'cal1', eventId: 'ev1', title: 'Moved' });
    expect(scope.isDone()).toBe(true);
  });

  it('get_free_slots defaults the time zone to the Zap’s, and leaves out `end` without a slot length', async () => {
    const scope = expectRequest(
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: '1772323200000', endDate: '1772928000000', timezone: 'Europe/London', userIds: ['u1', 'u2'] },
      },
      { body: { '2026-03-02': { slots: ['2026-03-02T09:00:00Z'] }, traceId: 't' } },
    );
    const result = await runOperation(
      'get_free_slots',
      { calendarId: 'cal1', startDate: '2026-03-01', endDate: '2026-03-08', userIds: ['u1', 'u2'] },
      { meta: { timezone: 'Europe/London' } },
    );
    expect(result).toEqual([
      { id: '2026-03-02T09:00:00Z', date: '2026-03-02', start: '2026-03-02T09:00:00Z', startTime: '2026-03-02T09:00:00Z' },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('get_free_slots with no free slot finds nothing', async () => {
    expectRequest(
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: '1772323200000', endDate: '1772928000000', timezone: 'Asia/Tokyo' },
      },
      { body: { traceId: 't' } },
    );
    const result = await runOperation(
      'get_free_slots',
      { calendarId: 'cal1', startDate: '1772323200000', endDate: '1772928000000', timezone: 'Asia/Tokyo' },
      { meta: { timezone: 'Europe/London' } },
    );
    expect(result).toEqual([]);
  });

  it('create_block_slot needs a calendar or a user', async () => {
    const err = await errorOf(runOperation('create_block_slot', { title: 'Lunch' }));
    expect(err.message).toMatch(/give either "Calendar" \(calendarId\) or "User" \(assignedUserId\)/);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('create_appointment reads a time without offset in the Zap’s time zone and refuses an unreadable one', async () => {
    const err = await errorOf(runOperation('create_appointment', { calendarId: 'cal1', contactId: 'c1', startTime: 'next tuesday-ish' }));
    expect(err.message).toMatch(/"Start Time" \(startTime\) could not be read as a date/);
  });
});

describe('Calendars & Appointments: required dates', () => {
  it('a missing free-slots window names the field as required', async () => {
    const err = await errorOf(runOperation('get_free_slots', { calendarId: 'cal1', startDate: '2026-03-01' }));
    expect(err.message).toMatch(/"Until" \(endDate\) is required/);
  });
});

describe('Calendars & Appointments: resource type', () => {
  it('reads "Room" and "Equipment" as their values', async () => {
    const scope = expectRequest({ method: 'DELETE', path: '/calendars/resources/equipments/r9' }, { body: { success: true } });
    expect(await runOperation('delete_calendar_resource', { resourceType: 'Equipment', id: 'r9' })).toEqual({ id: 'r9', success: true });
    expect(scope.isDone()).toBe(true);
  });
});

describe('records GHL sends without an id never fail a poll', () => {
  const request = {
    method: 'GET' as const,
    path: '/calendars/resources/rooms',
    query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
  };
  const rooms = [
    { name: 'Room 1', capacity: 4 },
    { name: 'Room 2', capacity: 8 },
    { id: 'r3', name: 'Room 3' },
  ];

  it('each gets a distinct id derived from its content, the same at the next poll; real ids are kept', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const polls: string[][] = [];
    for (let i = 0; i < 2; i++) {
      expectRequest(request, { body: rooms });
      const items = (await runOperation('list_calendar_resources', { resourceType: 'rooms' })) as Array<{ id: string }>;
      polls.push(items.map((r) => r.id));
    }
    const [first, second] = polls;
    expect(second).toEqual(first);
    expect(first[2]).toBe('r3');
    expect(first[0]).toMatch(/^content-[0-9a-f]{20}$/);
    expect(new Set(first).size).toBe(3);
    expect(log.mock.calls.flat().join(' ')).toMatch(/2 record\(s\) had no id; each got one derived from its content/);
  });
});
