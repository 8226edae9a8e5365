/**
 * The sandbox's calendars over HTTP: each collection's round trip (create, read, update, list,
 * delete), a 422 naming the field for a bad body, a 404 saying what for an unknown id; the seed's
 * appointments in open hours, and block slots that belong to a calendar or a user.
 */
import { messages, useSandbox } from './http';

const { get, call } = useSandbox();
const L = () => get().state.locationId;
const DAY = 86_400_000;

/** The first free slot of a calendar in the coming week. */
const firstFreeSlot = async (calendarId: string) => {
  const res = await call('GET', `/calendars/${calendarId}/free-slots?startDate=${Date.now()}&endDate=${Date.now() + 7 * DAY}`);
  const dates = Object.keys(res.body).filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k));
  return res.body[dates.sort()[0]].slots[0] as string;
};

const expectNotFound = (res: { status: number; body: any }, what: RegExp) => {
  expect(res.status).toBe(404);
  expect(messages(res)).toMatch(what);
  expect(messages(res)).not.toMatch(/^Cannot /);
};

describe('seed', () => {
  it('books appointments in open hours on weekdays, one past and one ahead, with a note', async () => {
    const { events, calendars, appointmentNotes } = get().state;
    const appointments = events.filter((e) => !e.isBlockSlot);
    for (const e of appointments) {
      const calendar = calendars.find((c) => c.id === e.calendarId)!;
      const wall = new Intl.DateTimeFormat('en-US', { timeZone: calendar.timezone, hourCycle: 'h23', weekday: 'short', hour: 'numeric' });
      const parts = Object.fromEntries(wall.formatToParts(new Date(e.startTime)).map((p) => [p.type, p.value]));
      const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday);
      const open = calendar.openHours.find((oh: any) => oh.daysOfTheWeek.includes(day));
      expect([e.id, Boolean(open)]).toEqual([e.id, true]);
      expect(Number(parts.hour)).toBeGreaterThanOrEqual(open.hours[0].openHour);
      expect(Date.parse(e.endTime)).toBeLessThanOrEqual(Date.parse(e.startTime) + 60 * 60_000);
    }
    expect(appointments.some((e) => Date.parse(e.endTime) < Date.now())).toBe(true);
    expect(appointments.some((e) => Date.parse(e.startTime) > Date.now())).toBe(true);
    expect(appointmentNotes.some((n) => appointments.some((e) => e.id === n.appointmentId))).toBe(true);
  });

  it('has a grouped calendar, a room, an equipment, a notification and block slots of a calendar and of a user', () => {
    const s = get().state;
    expect(s.calendars.some((c) => s.calendarGroups.some((g) => g.id === c.groupId))).toBe(true);
    expect(s.calendarResources.map((r) => r.resourceType).sort()).toEqual(['equipments', 'rooms']);
    expect(s.calendarNotifications.length).toBeGreaterThan(0);
    const blocks = s.events.filter((e) => e.isBlockSlot);
    expect(blocks.some((b) => b.calendarId)).toBe(true);
    expect(blocks.some((b) => b.assignedUserId && !b.calendarId)).toBe(true);
    expect(blocks.some((b) => b.calendarId && b.assignedUserId)).toBe(false);
  });
});

describe('calendar groups', () => {
  it('are created, checked by slug, changed, switched off, listed and deleted', async () => {
    const created = await call('POST', '/calendars/groups', { locationId: L(), name: 'Ortho', description: 'Braces', slug: 'ortho' });
    expect(created.status).toBe(201);
    const id = created.body.group.id;
    expect((await call('POST', '/calendars/groups/validate-slug', { locationId: L(), slug: 'ortho' })).body.available).toBe(false);
    expect((await call('POST', '/calendars/groups/validate-slug', { locationId: L(), slug: 'ortho-2' })).body.available).toBe(true);
    const taken = await call('POST', '/calendars/groups', { locationId: L(), name: 'x', description: 'x', slug: 'ortho' });
    expect(taken.status).toBe(400);
    const updated = await call('PUT', `/calendars/groups/${id}`, {
      name: 'Orthodontics',
      description: 'Braces and aligners',
      slug: 'ortho',
    });
    expect(updated.body.group).toMatchObject({ id, name: 'Orthodontics', slug: 'ortho' });
    expect((await call('PUT', `/calendars/groups/${id}/status`, { isActive: false })).body.success).toBe(true);
    const calendar = await call('POST', '/calendars/', { locationId: L(), name: 'Braces Check', groupId: id });
    const listed = await call('GET', `/calendars/groups?locationId=${L()}`);
    expect(listed.body.groups.find((g: any) => g.id === id).isActive).toBe(false);
    expect((await call('DELETE', `/calendars/groups/${id}`)).body.success).toBe(true);
    expect((await call('GET', `/calendars/${calendar.body.calendar.id}`)).body.calendar.groupId).toBeNull();
    expectNotFound(await call('PUT', `/calendars/groups/${id}/status`, { isActive: true }), /Group with id .* not found/);
  });

  it('refuse a group without a slug, and a status that is not a boolean', async () => {
    const res = await call('POST', '/calendars/groups', { locationId: L(), name: 'x', description: 'x' });
    expect([res.status, messages(res)]).toEqual([422, 'slug should not be empty']);
    const group = get().state.calendarGroups[0];
    expect((await call('PUT', `/calendars/groups/${group.id}/status`, { isActive: 'no' })).status).toBe(422);
  });
});

describe('calendars', () => {
  it('keep every setting the app sends; the type is set on create only', async () => {
    const [groupId, userId] = [get().state.calendarGroups[0].id, get().state.users[1].id];
    const created = await call('POST', '/calendars/', {
      locationId: L(),
      name: 'Whitening',
      groupId,
      calendarType: 'event',
      slotDuration: 1,
      slotDurationUnit: 'hours',
      teamMembers: [{ userId }],
      allowReschedule: false,
      eventTitle: '{{contact.name}} - Whitening',
    });
    expect(created.status).toBe(200);
    const id = created.body.calendar.id;
    const updated = await call('PUT', `/calendars/${id}`, { calendarType: 'personal', appoinmentPerDay: 4, allowCancellation: false });
    expect(updated.body.calendar).toMatchObject({
      calendarType: 'event',
      allowReschedule: false,
      allowCancellation: false,
      appoinmentPerDay: 4,
      eventTitle: '{{contact.name}} - Whitening',
    });
    const listed = await call('GET', `/calendars/?locationId=${L()}&groupId=${groupId}`);
    expect(listed.body.calendars.map((c: any) => c.id)).toContain(id);
    // An hour-long slot: a booking without an end lasts an hour.
    const start = await firstFreeSlot(id);
    const contactId = get().state.contacts[3].id;
    const booked = await call('POST', '/calendars/events/appointments', { locationId: L(), calendarId: id, contactId, startTime: start });
    expect(Date.parse(booked.body.endTime) - Date.parse(booked.body.startTime)).toBe(60 * 60_000);
    expect((await call('DELETE', `/calendars/${id}`)).body.success).toBe(true);
    expectNotFound(await call('GET', `/calendars/${id}`), /Calendar with id .* not found/);
  });

  it('refuse a number sent as text, an unknown type and an unknown team member', async () => {
    const bad = await call('POST', '/calendars/', { locationId: L(), name: 'x', slotDuration: '30', calendarType: 'weekly' });
    expect(bad.status).toBe(422);
    expect(messages(bad)).toMatch(/slotDuration must be a number/);
    expect(messages(bad)).toMatch(/calendarType must be one of the following values/);
    const member = await call('PUT', `/calendars/${get().state.calendars[0].id}`, { teamMembers: [{ userId: 'noSuchUser000000000' }] });
    expectNotFound(member, /User with id noSuchUser000000000 not found/);
  });
});

describe('resources', () => {
  it('equipment is created, read, changed, listed and deleted, keyed _id', async () => {
    const calendarIds = [get().state.calendars[1].id];
    const body = { locationId: L(), name: 'Curing light', description: 'LED', quantity: 3, outOfService: 1, capacity: 0, calendarIds };
    const created = await call('POST', '/calendars/resources/equipments', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ resourceType: 'equipments', isActive: true, quantity: 3 });
    const id = created.body._id;
    expect((await call('GET', `/calendars/resources/equipments/${id}`)).body.name).toBe('Curing light');
    expect((await call('PUT', `/calendars/resources/equipments/${id}`, { locationId: L(), outOfService: 0 })).body.outOfService).toBe(0);
    const listed = await call('GET', `/calendars/resources/equipments?locationId=${L()}&limit=100&skip=0`);
    expect(listed.body.map((r: any) => r._id)).toContain(id);
    expect((await call('GET', `/calendars/resources/rooms?locationId=${L()}&limit=100&skip=0`)).body.map((r: any) => r._id)).not.toContain(
      id,
    );
    expectNotFound(await call('GET', `/calendars/resources/rooms/${id}`), /Resource with id .* not found/);
    expect((await call('DELETE', `/calendars/resources/equipments/${id}`)).body.success).toBe(true);
    expectNotFound(await call('DELETE', `/calendars/resources/equipments/${id}`), /Resource with id .* not found/);
  });

  it('refuse a missing count, a negative one and an unknown resource type', async () => {
    const body = { locationId: L(), name: 'Chair', description: 'x', outOfService: 0, capacity: 1, calendarIds: [] };
    expect(messages(await call('POST', '/calendars/resources/equipments', body))).toBe('quantity should not be empty');
    const negative = await call('POST', '/calendars/resources/rooms', { ...body, quantity: 1, capacity: -1 });
    expect([negative.status, messages(negative)]).toEqual([422, 'capacity must not be less than 0']);
    const type = await call('GET', `/calendars/resources/desks?locationId=${L()}&limit=10&skip=0`);
    expect(messages(type)).toMatch(/resourceType must be one of the following values: equipments, rooms/);
  });
});

describe('notifications', () => {
  it('are created as a list, read, changed, listed, and deleted (kept, marked deleted)', async () => {
    const calendarId = get().state.calendars[1].id;
    const base = `/calendars/${calendarId}/notifications`;
    const created = await call('POST', base, [
      { receiverType: 'contact', channel: 'sms', notificationType: 'confirmation', body: 'You are booked.', fromNumber: '+15125550100' },
    ]);
    expect(created.status).toBe(200);
    const id = created.body[0]._id;
    expect((await call('GET', `${base}/${id}`)).body).toMatchObject({ channel: 'sms', isActive: true, fromNumber: '+15125550100' });
    const updated = await call('PUT', `${base}/${id}`, { isActive: false, afterTime: [{ timeOffset: 2, unit: 'hours' }] });
    expect(updated.body.message).toBe('Notification updated successfully');
    expect((await call('GET', `${base}?isActive=false&limit=100&skip=0`)).body.map((n: any) => n._id)).toEqual([id]);
    expect((await call('DELETE', `${base}/${id}`)).body.message).toBe('Notification deleted successfully');
    expectNotFound(await call('GET', `${base}/${id}`), /Notification with id .* not found/);
    expect((await call('GET', `${base}?limit=100&skip=0`)).body.map((n: any) => n._id)).not.toContain(id);
    expect((await call('GET', `${base}?deleted=true`)).body.map((n: any) => n._id)).toEqual([id]);
  });

  it('refuse a missing type and an unknown channel; an unknown calendar is a 404', async () => {
    const calendarId = get().state.calendars[0].id;
    const missing = await call('POST', `/calendars/${calendarId}/notifications`, [{ receiverType: 'contact', channel: 'email' }]);
    expect([missing.status, messages(missing)]).toEqual([422, 'notificationType should not be empty']);
    const id = get().state.calendarNotifications[0]._id;
    const channel = await call('PUT', `/calendars/${calendarId}/notifications/${id}`, { channel: 'pigeon' });
    expect(messages(channel)).toMatch(/channel must be one of the following values: email, inApp, sms, whatsapp/);
    expectNotFound(await call('GET', '/calendars/noSuchCalendar00000/notifications'), /Calendar with id .* not found/);
  });
});

describe('appointments and their notes', () => {
  it('an appointment is booked in a free slot, read, changed, noted, listed and deleted', async () => {
    const { calendars, contacts, users } = get().state;
    const calendar = calendars[0];
    const start = await firstFreeSlot(calendar.id);
    const contactId = contacts[5].id;
    const created = await call('POST', '/calendars/events/appointments', {
      locationId: L(),
      calendarId: calendar.id,
      contactId,
      startTime: start,
      address: '1200 Congress Ave, Austin',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      calendarId: calendar.id,
      contactId,
      appointmentStatus: 'confirmed',
      meetingLocationType: 'custom',
    });
    const id = created.body.id;
    const again = await call('POST', '/calendars/events/appointments', {
      locationId: L(),
      calendarId: calendar.id,
      contactId,
      startTime: start,
    });
    expect(again.status).toBe(400);
    const event = (await call('GET', `/calendars/events/appointments/${id}`)).body.event;
    expect(event).toMatchObject({ id, groupId: calendar.groupId, users: [event.assignedUserId] });
    expect((await call('PUT', `/calendars/events/appointments/${id}`, { appointmentStatus: 'showed' })).body.appointmentStatus).toBe(
      'showed',
    );
    const window = `locationId=${L()}&calendarId=${calendar.id}&startTime=${Date.parse(start)}&endTime=${Date.parse(start) + 1}`;
    expect((await call('GET', `/calendars/events?${window}`)).body.events.map((e: any) => e.id)).toEqual([id]);

    const note = await call('POST', `/calendars/appointments/${id}/notes`, { body: 'Parking validated.', userId: users[1].id });
    expect(note.status).toBe(201);
    expect(note.body.note).toMatchObject({ contactId, createdBy: { id: users[1].id, name: users[1].name } });
    const noteId = note.body.note.id;
    const changed = await call('PUT', `/calendars/appointments/${id}/notes/${noteId}`, { body: 'Parking validated, level 2.' });
    expect(changed.body.note.body).toBe('Parking validated, level 2.');
    const notes = await call('GET', `/calendars/appointments/${id}/notes?limit=20&offset=0`);
    expect(notes.body).toEqual({ notes: [expect.objectContaining({ id: noteId })], hasMore: false, traceId: expect.any(String) });
    expect((await call('DELETE', `/calendars/appointments/${id}/notes/${noteId}`)).body.success).toBe(true);
    expectNotFound(await call('DELETE', `/calendars/appointments/${id}/notes/${noteId}`), /Note with id .* not found/);

    const deleted = await call('DELETE', `/calendars/events/${id}`, {});
    expect([deleted.status, deleted.body.succeeded]).toEqual([201, true]);
    expectNotFound(await call('GET', `/calendars/events/appointments/${id}`), /Event with id .* not found/);
    expectNotFound(await call('GET', `/calendars/appointments/${id}/notes?limit=20&offset=0`), /Appointment with id .* not found/);
  });

  it('refuse a booking without a start, an unknown status and a note without text', async () => {
    const { calendars, contacts, events } = get().state;
    const missing = await call('POST', '/calendars/events/appointments', {
      locationId: L(),
      calendarId: calendars[0].id,
      contactId: contacts[0].id,
    });
    expect([missing.status, messages(missing)]).toEqual([422, 'startTime should not be empty']);
    const status = await call('PUT', `/calendars/events/appointments/${events[0].id}`, { appointmentStatus: 'late' });
    expect(messages(status)).toMatch(/appointmentStatus must be one of the following values/);
    expect(messages(await call('POST', `/calendars/appointments/${events[0].id}/notes`, {}))).toBe('body should not be empty');
    expect(messages(await call('GET', `/calendars/appointments/${events[0].id}/notes`))).toBe(
      'limit should not be empty; offset should not be empty',
    );
  });
});

describe('block slots', () => {
  it('a slot blocks a calendar, moves to a user (no longer the calendar), is listed apart and deleted', async () => {
    const { calendars, users } = get().state;
    const calendar = calendars[1];
    const start = await firstFreeSlot(calendar.id);
    const end = new Date(Date.parse(start) + 60 * 60_000).toISOString();
    const created = await call('POST', '/calendars/events/block-slots', {
      locationId: L(),
      calendarId: calendar.id,
      title: 'Sterilizer service',
      startTime: start,
      endTime: end,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(await firstFreeSlot(calendar.id)).not.toBe(start);
    const window = `locationId=${L()}&startTime=${Date.parse(start)}&endTime=${Date.parse(end)}`;
    expect((await call('GET', `/calendars/blocked-slots?${window}&calendarId=${calendar.id}`)).body.events.map((e: any) => e.id)).toEqual([
      id,
    ]);
    expect((await call('GET', `/calendars/events?${window}&calendarId=${calendar.id}`)).body.events).toEqual([]);

    const moved = await call('PUT', `/calendars/events/block-slots/${id}`, { locationId: L(), assignedUserId: users[0].id, title: 'Off' });
    expect(moved.status).toBe(201);
    expect(moved.body).toEqual(expect.objectContaining({ id, assignedUserId: users[0].id, title: 'Off' }));
    expect(Date.parse(moved.body.startTime)).toBe(Date.parse(start));
    expect(moved.body.calendarId).toBeUndefined();
    expect(await firstFreeSlot(calendar.id)).toBe(start);
    expect((await call('GET', `/calendars/blocked-slots?${window}&userId=${users[0].id}`)).body.events.map((e: any) => e.id)).toEqual([id]);

    expect((await call('DELETE', `/calendars/events/${id}`, {})).status).toBe(201);
    expectNotFound(
      await call('PUT', `/calendars/events/block-slots/${id}`, { locationId: L(), title: 'x' }),
      /Blocked slot with id .* not found/,
    );
  });

  it('refuse a slot of both a calendar and a user, or of neither', async () => {
    const { calendars, users } = get().state;
    const times = { startTime: new Date(Date.now() + DAY).toISOString(), endTime: new Date(Date.now() + DAY + 3_600_000).toISOString() };
    const both = await call('POST', '/calendars/events/block-slots', {
      locationId: L(),
      calendarId: calendars[0].id,
      assignedUserId: users[0].id,
      ...times,
    });
    expect([both.status, messages(both)]).toEqual([422, 'Either calendarId or assignedUserId can be set, not both']);
    expect((await call('POST', '/calendars/events/block-slots', { locationId: L(), ...times })).status).toBe(422);
  });
});
