/**
 * The sandbox's collections over HTTP, as GHL answers them: a record made is found, changed,
 * listed and deleted; a create without a required field is a 422 naming it; an unknown id is a
 * 404 saying what was not found. Locations, users, businesses, blogs, associations, calendars.
 */
import { messages, useSandbox } from './http';
import { SANDBOX_AGENCY_TOKEN } from '../../sandbox/server';

const { get, call } = useSandbox();
const L = () => get().state.locationId;

interface Collection {
  name: string;
  create: { path: string; body: () => Record<string, unknown>; required: string; token?: string };
  /** The new record's id in the create answer. */
  idOf: (body: any) => string;
  get: (id: string) => string;
  update: { path: (id: string) => string; body: Record<string, unknown>; check: (body: any) => unknown };
  list: { path: () => string; items: (body: any) => any[]; token?: string };
  remove: (id: string) => string;
}

const collections: Collection[] = [
  {
    name: 'business',
    create: { path: '/businesses/', body: () => ({ name: 'Hill Country Dental Lab', locationId: L() }), required: 'name' },
    idOf: (b) => b.buiseness.id,
    get: (id) => `/businesses/${id}`,
    update: { path: (id) => `/businesses/${id}`, body: { city: 'Austin' }, check: (b) => b.buiseness.city },
    list: { path: () => `/businesses/?locationId=${L()}`, items: (b) => b.businesses },
    remove: (id) => `/businesses/${id}`,
  },
  {
    name: 'association',
    create: {
      path: '/associations/',
      body: () => ({
        locationId: L(),
        key: 'guardian_patient',
        firstObjectKey: 'contact',
        firstObjectLabel: 'Guardian',
        secondObjectKey: 'contact',
        secondObjectLabel: 'Patient',
      }),
      required: 'key',
    },
    idOf: (b) => b.id,
    get: (id) => `/associations/${id}`,
    update: {
      path: (id) => `/associations/${id}`,
      body: { firstObjectLabel: 'Parent', secondObjectLabel: 'Child' },
      check: (b) => b.firstObjectLabel,
    },
    list: { path: () => `/associations/?locationId=${L()}`, items: (b) => b.associations },
    remove: (id) => `/associations/${id}`,
  },
  {
    name: 'user',
    create: {
      path: '/users/',
      body: () => ({
        companyId: get().state.companyId,
        firstName: 'Lena',
        lastName: 'Ortiz',
        email: 'lena@austinsmiles.example',
        password: 'Sandbox-Passw0rd',
        type: 'account',
        role: 'user',
        locationIds: [L()],
      }),
      required: 'email',
    },
    idOf: (b) => b.id,
    get: (id) => `/users/${id}`,
    update: { path: (id) => `/users/${id}`, body: { lastName: 'Ortiz-Reyes' }, check: (b) => b.name },
    list: { path: () => `/users/?locationId=${L()}`, items: (b) => b.users },
    remove: (id) => `/users/${id}`,
  },
  {
    name: 'calendar group',
    create: {
      path: '/calendars/groups',
      body: () => ({ locationId: L(), name: 'Hygiene', description: 'Cleanings', slug: 'hygiene' }),
      required: 'slug',
    },
    idOf: (b) => b.group.id,
    get: () => `/calendars/groups?locationId=${L()}`,
    update: {
      path: (id) => `/calendars/groups/${id}`,
      body: { name: 'Hygiene Team', description: 'Cleanings', slug: 'hygiene' },
      check: (b) => b.group.name,
    },
    list: { path: () => `/calendars/groups?locationId=${L()}`, items: (b) => b.groups },
    remove: (id) => `/calendars/groups/${id}`,
  },
  {
    name: 'calendar',
    create: { path: '/calendars/', body: () => ({ locationId: L(), name: 'Emergency Visit' }), required: 'name' },
    idOf: (b) => b.calendar.id,
    get: (id) => `/calendars/${id}`,
    update: { path: (id) => `/calendars/${id}`, body: { name: 'Emergency Visit (same day)' }, check: (b) => b.calendar.name },
    list: { path: () => `/calendars/?locationId=${L()}`, items: (b) => b.calendars },
    remove: (id) => `/calendars/${id}`,
  },
  {
    name: 'room',
    create: {
      path: '/calendars/resources/rooms',
      body: () => ({
        locationId: L(),
        name: 'Operatory 2',
        description: 'Back room',
        quantity: 1,
        outOfService: 0,
        capacity: 1,
        calendarIds: [],
      }),
      required: 'name',
    },
    idOf: (b) => b._id,
    get: (id) => `/calendars/resources/rooms/${id}`,
    update: { path: (id) => `/calendars/resources/rooms/${id}`, body: { capacity: 2 }, check: (b) => b.capacity },
    list: { path: () => `/calendars/resources/rooms?locationId=${L()}&limit=100&skip=0`, items: (b) => b },
    remove: (id) => `/calendars/resources/rooms/${id}`,
  },
];

describe.each(collections.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('is created, found, changed, listed and deleted', async () => {
    const created = await call('POST', c.create.path, c.create.body(), c.create.token);
    expect([200, 201]).toContain(created.status);
    const id = c.idOf(created.body);
    expect(id).toEqual(expect.any(String));
    expect((await call('GET', c.get(id))).status).toBe(200);
    const updated = await call('PUT', c.update.path(id), c.update.body);
    expect(updated.status).toBe(200);
    expect(c.update.check(updated.body)).toBeDefined();
    const listed = await call('GET', c.list.path());
    expect(c.list.items(listed.body).map((x: any) => x.id ?? x._id)).toContain(id);
    expect((await call('DELETE', c.remove(id))).status).toBe(200);
    const after = await call('GET', c.list.path());
    expect(
      c.list
        .items(after.body)
        .filter((x: any) => !x.deleted)
        .map((x: any) => x.id ?? x._id),
    ).not.toContain(id);
  });

  it('refuses a create without a required field with a 422 that names it', async () => {
    const { [c.create.required]: _left, ...body } = c.create.body();
    const res = await call('POST', c.create.path, body, c.create.token);
    expect(res.status).toBe(422);
    expect(messages(res)).toContain(`${c.create.required} should not be empty`);
  });

  it('answers an unknown id with a 404 that says what was not found', async () => {
    const res = await call('DELETE', c.remove('noSuchRecord0000000'));
    expect(res.status).toBe(404);
    expect(messages(res)).toMatch(/not found/);
    expect(messages(res)).not.toMatch(/^Cannot /);
  });
});

describe('locations and the agency', () => {
  it('an agency token lists its locations; a location cannot read another location', async () => {
    const res = await call('GET', `/locations/search?companyId=${get().state.companyId}`, undefined, SANDBOX_AGENCY_TOKEN);
    expect(res.body.locations.map((l: any) => l.id)).toEqual(expect.arrayContaining(get().state.locations.map((l) => l.id)));
    expect((await call('GET', `/locations/${get().state.locations[1].id}`)).status).toBe(403);
    expect((await call('GET', `/locations/${get().state.locations[1].id}`, undefined, SANDBOX_AGENCY_TOKEN)).status).toBe(200);
  });

  it('another company is refused', async () => {
    const res = await call('GET', '/locations/search?companyId=someOtherCompany000', undefined, SANDBOX_AGENCY_TOKEN);
    expect(res.status).toBe(403);
  });

  it("a location's tags are the ones its contacts carry, with stable ids", async () => {
    const first = await call('GET', `/locations/${L()}/tags`);
    const names = first.body.tags.map((t: any) => t.name);
    expect(names).toEqual(expect.arrayContaining(['lead', 'customer', 'vip']));
    expect((await call('GET', `/locations/${L()}/tags`)).body.tags).toEqual(first.body.tags);
  });

  it('every custom field type the app handles is seeded', async () => {
    const res = await call('GET', `/locations/${L()}/customFields?model=contact`);
    const types = new Set(res.body.customFields.map((f: any) => f.dataType));
    for (const t of [
      'TEXT',
      'LARGE_TEXT',
      'NUMERICAL',
      'MONETORY',
      'DATE',
      'SINGLE_OPTIONS',
      'MULTIPLE_OPTIONS',
      'CHECKBOX',
      'RADIO',
      'PHONE',
      'EMAIL',
    ])
      expect([t, types.has(t)]).toEqual([t, true]);
  });
});

describe('blogs', () => {
  it('a post is created in a blog, found by its slug and changed', async () => {
    const blogId = get().state.blogSites[0]._id;
    const created = await call('POST', '/blogs/posts', {
      locationId: L(),
      blogId,
      title: 'Braces or aligners?',
      urlSlug: 'braces-or-aligners',
      status: 'DRAFT',
    });
    expect(created.status).toBe(200);
    const slug = await call('GET', `/blogs/posts/url-slug-exists?locationId=${L()}&urlSlug=braces-or-aligners`);
    expect(slug.body).toEqual({ exists: true, traceId: expect.any(String) });
    const updated = await call('PUT', `/blogs/posts/${created.body.data._id}`, { status: 'PUBLISHED' });
    expect(updated.body.updatedBlogPost.status).toBe('PUBLISHED');
    const posts = await call('GET', `/blogs/posts/all?locationId=${L()}&blogId=${blogId}&status=PUBLISHED&limit=10&offset=0`);
    expect(posts.body.blogs.map((p: any) => p._id)).toContain(created.body.data._id);
  });

  it('refuses an unknown status with the allowed values', async () => {
    const res = await call('POST', '/blogs/posts', {
      locationId: L(),
      blogId: get().state.blogSites[0]._id,
      title: 'x',
      urlSlug: 'x',
      status: 'LIVE',
    });
    expect(res.status).toBe(422);
    expect(messages(res)).toContain('status must be one of the following values');
  });
});

describe('appointments', () => {
  it('a note is added to an appointment and listed; a block slot is listed apart from appointments', async () => {
    const event = get().state.events.find((e) => !e.isBlockSlot)!;
    const note = await call('POST', `/calendars/appointments/${event.id}/notes`, { body: 'Prefers numbing gel.' });
    expect(note.status).toBe(201);
    const notes = await call('GET', `/calendars/appointments/${event.id}/notes?limit=20&offset=0`);
    expect(notes.body.notes.map((n: any) => n.id)).toContain(note.body.note.id);
    const calendarId = get().state.calendars[0].id;
    const window = `locationId=${L()}&calendarId=${calendarId}&startTime=${Date.now() - 864e5 * 3}&endTime=${Date.now() + 864e5 * 5}`;
    const blocked = await call('GET', `/calendars/blocked-slots?${window}`);
    const events = await call('GET', `/calendars/events?${window}`);
    expect(blocked.body.events.length).toBeGreaterThan(0);
    const blockedIds = blocked.body.events.map((e: any) => e.id);
    expect(events.body.events.some((e: any) => blockedIds.includes(e.id))).toBe(false);
  });
});
