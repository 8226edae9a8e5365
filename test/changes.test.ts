import nock from 'nock';

type Item = Record<string, unknown>;
import { BASE, LOCATION_ID, describeOperations, errorOf, expectRequest, runOperation } from './helpers';
import { changeCases } from './cases/changes';
import { searchOrCreates } from '../src/search-or-create';
import { operations } from '../registry.generated';

const NOW = Date.parse('2026-03-01T12:00:00Z');

/** Records from the table's replies, reused for the second-poll tests. */
const rowOf = (key: string) => changeCases.find((c) => c.key === key && !c.title)!;
const replied = (key: string, listKey: string) => (rowOf(key).reply as Record<string, Item[]>)[listKey];
const [opportunityB, opportunityA] = replied('opportunity_status_changed', 'opportunities');
const [eventB, eventA] = replied('new_appointment', 'events');
const [conversationA, conversationB] = (
  changeCases.find((c) => c.key === 'new_inbound_message' && c.title)!.reply as Record<string, Item[]>
).conversations;
const [taskOpen, taskDone] = replied('completed_task', 'tasks');

// The appointment triggers read a window around "now": fix the clock so their query is exact.
beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterEach(() => {
  jest.restoreAllMocks();
});

describeOperations('Change triggers, Send Message, API Request, Find Opportunity', changeCases);

/** Runs a trigger twice (two polls) against two answers and returns the ids of each poll. */
const twoPolls = async (
  key: string,
  input: Record<string, unknown>,
  request: Parameters<typeof expectRequest>[0],
  listKey: string,
  first: Item[],
  second: Item[],
) => {
  const ids: string[][] = [];
  for (const list of [first, second]) {
    const scope = expectRequest(request, { body: { [listKey]: list } });
    const items = (await runOperation(key, input)) as Item[];
    expect(scope.isDone()).toBe(true);
    ids.push(items.map((i) => String(i.id)));
  }
  return ids;
};

const contactsRequest = (field: string) => ({
  method: 'POST' as const,
  path: '/contacts/search',
  body: { locationId: LOCATION_ID, page: 1, pageLimit: 100, sort: [{ field, direction: 'desc' }] },
});
/** The sorted search of an opportunity trigger: newest change first. */
const oppSearch = (field: string) => ({
  method: 'POST' as const,
  path: '/opportunities/search',
  body: { locationId: LOCATION_ID, page: 1, limit: 100, sort: [{ field, direction: 'desc' }] },
});
/** The fallback when GHL refuses that sort: the newest created opportunities. */
const oppFallback = {
  method: 'GET' as const,
  path: '/opportunities/search',
  query: { location_id: LOCATION_ID, order: 'added_desc', limit: '100' },
};
const windowQuery = (extra: Record<string, string>) => ({
  locationId: LOCATION_ID,
  startTime: String(NOW - 24 * 3600 * 1000),
  endTime: String(NOW + 60 * 24 * 3600 * 1000),
  ...extra,
});

describe('opportunity triggers: sorted by the change, with a fallback GHL cannot refuse', () => {
  const logSpy = () => jest.spyOn(console, 'log').mockImplementation(() => undefined);

  for (const status of [401, 403, 422]) {
    it(`a ${status} to the sorted search falls back to the newest created opportunities in the same poll, and says why`, async () => {
      const log = logSpy();
      const sorted = expectRequest(oppSearch('last_stage_change_date'), {
        status,
        body: { statusCode: status, message: 'The sort is not yet supported by the IAM Service' },
      });
      const fallback = expectRequest(oppFallback, { body: { opportunities: [opportunityA] } });
      const items = (await runOperation('opportunity_stage_changed', {})) as Item[];
      expect(items.map((i) => i.id)).toEqual(['o1:s2:2026-03-01T10:00:00.000Z']);
      expect(sorted.isDone() && fallback.isDone()).toBe(true);
      expect(log.mock.calls.flat().join(' ')).toContain(`sorted by last_stage_change_date was refused (GHL answered ${status})`);
    });
  }

  it('the token connection falls back on a 401 from the sorted search too', async () => {
    logSpy();
    expectRequest(
      oppSearch('last_status_change_date'),
      { status: 401, body: { message: 'not supported' } },
      { token: 'pit-token-for-tests' },
    );
    expectRequest(oppFallback, { body: { opportunities: [opportunityB] } }, { token: 'pit-token-for-tests' });
    const items = (await runOperation('opportunity_status_changed', {}, { app: 'token' })) as Item[];
    expect(items.map((i) => i.id)).toEqual(['o2:open']);
  });

  it('a refusal of the fallback too is the error a user sees (nothing is swallowed)', async () => {
    logSpy();
    expectRequest(oppSearch('date_added'), { status: 403, body: { message: 'Forbidden' } });
    expectRequest(oppFallback, { status: 403, body: { message: 'The token does not have access to this location' } });
    const err = await errorOf(runOperation('new_opportunity', {}));
    expect(err.message).toContain('403');
    expect(err.message).toContain('does not have access to this location');
  });

  it('a server error of the sorted search is retried later by Zapier, not answered by the fallback', async () => {
    expectRequest(oppSearch('date_added'), { status: 502, body: { message: 'Bad gateway' } });
    const err = await errorOf(runOperation('new_opportunity', {}));
    expect(err.name).toBe('ThrottledError');
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('second poll: nothing fires twice, each change fires once', () => {
  const contact = { id: 'c1', firstName: 'Rosie', dateAdded: '2026-03-01T10:00:00.000Z', dateUpdated: '2026-03-01T11:00:00.000Z' };

  it('new_contact: same contacts give the same ids; an edit does not make it new', async () => {
    const edited = { ...contact, firstName: 'Rosa', dateUpdated: '2026-03-01T11:30:00.000Z' };
    const added = { id: 'c9', firstName: 'Ann', dateAdded: '2026-03-01T11:45:00.000Z' };
    const [a, b] = await twoPolls('new_contact', {}, contactsRequest('dateAdded'), 'contacts', [contact], [added, edited]);
    expect(a).toEqual(['c1']);
    expect(b).toEqual(['c9', 'c1']);
  });

  it('updated_contact: same data gives the same id; a new dateUpdated gives a new one', async () => {
    const [a, b] = await twoPolls('updated_contact', {}, contactsRequest('dateUpdated'), 'contacts', [contact], [contact]);
    expect(b).toEqual(a);
    const edited = { ...contact, dateUpdated: '2026-03-01T11:30:00.000Z' };
    const [, c] = await twoPolls('updated_contact', {}, contactsRequest('dateUpdated'), 'contacts', [contact], [edited]);
    expect(c).toEqual(['c1:2026-03-01T11:30:00.000Z']);
    expect(c).not.toEqual(a);
  });

  it('new_task and completed_task: completing a task fires completed_task once, never new_task again', async () => {
    const req = { method: 'GET' as const, path: '/contacts/c1/tasks' };
    const [n1, n2] = await twoPolls('new_task', { contactId: 'c1' }, req, 'tasks', [taskOpen], [{ ...taskOpen, completed: true }]);
    expect(n2).toEqual(n1);
    const [c1, c2] = await twoPolls(
      'completed_task',
      { contactId: 'c1' },
      req,
      'tasks',
      [taskOpen, taskDone],
      [{ ...taskOpen, completed: true }, taskDone],
    );
    expect(c1).toEqual(['t2:completed']);
    expect(c2).toEqual(['t1:completed', 't2:completed']);
    const [c3, c4] = await twoPolls('completed_task', { contactId: 'c1' }, req, 'tasks', [taskDone], [taskDone]);
    expect(c4).toEqual(c3);
  });

  it('new_note: the same notes give the same ids', async () => {
    const req = { method: 'GET' as const, path: '/contacts/c1/notes' };
    const note = { id: 'n1', body: 'Hi', dateAdded: '2026-03-01T10:00:00.000Z' };
    const [a, b] = await twoPolls('new_note', { contactId: 'c1' }, req, 'notes', [note], [{ ...note, body: 'Edited' }]);
    expect(b).toEqual(a);
  });

  it('new_opportunity: an update (new status) keeps the id', async () => {
    const [a, b] = await twoPolls(
      'new_opportunity',
      {},
      oppSearch('date_added'),
      'opportunities',
      [opportunityB],
      [{ ...opportunityB, status: 'won' }],
    );
    expect(a).toEqual(['o2']);
    expect(b).toEqual(a);
  });

  it('opportunity_status_changed: same status → same id; a new status → a new id', async () => {
    const [a, b] = await twoPolls(
      'opportunity_status_changed',
      {},
      oppSearch('last_status_change_date'),
      'opportunities',
      [opportunityA, opportunityB],
      [opportunityA, opportunityB],
    );
    expect(b).toEqual(a);
    const lost = { ...opportunityB, status: 'lost', lastStatusChangeAt: '2026-03-01T11:50:00.000Z' };
    const [, c] = await twoPolls(
      'opportunity_status_changed',
      {},
      oppSearch('last_status_change_date'),
      'opportunities',
      [opportunityB],
      [lost],
    );
    expect(c).toEqual(['o2:lost:2026-03-01T11:50:00.000Z']);
    // Won, reopened, won again: the change time tells the two "won" apart.
    const again = { ...opportunityA, lastStatusChangeAt: '2026-03-01T11:59:00.000Z' };
    const [d, e] = await twoPolls(
      'opportunity_status_changed',
      {},
      oppSearch('last_status_change_date'),
      'opportunities',
      [opportunityA],
      [again],
    );
    expect(e).not.toEqual(d);
  });

  it('opportunity_stage_changed: same stage → same id; a new stage → a new id', async () => {
    const [a, b] = await twoPolls(
      'opportunity_stage_changed',
      {},
      oppSearch('last_stage_change_date'),
      'opportunities',
      [opportunityA],
      [{ ...opportunityA, status: 'lost' }],
    );
    expect(b).toEqual(a);
    const moved = { ...opportunityA, pipelineStageId: 's3', lastStageChangeAt: '2026-03-01T11:55:00.000Z' };
    const [, c] = await twoPolls(
      'opportunity_stage_changed',
      {},
      oppSearch('last_stage_change_date'),
      'opportunities',
      [opportunityA],
      [moved],
    );
    expect(c).toEqual(['o1:s3:2026-03-01T11:55:00.000Z']);
  });

  it('new_appointment: the exact window (now - 1 day .. now + 60 days, epoch ms); a reschedule keeps the id', async () => {
    const req = { method: 'GET' as const, path: '/calendars/events', query: windowQuery({ calendarId: 'cal1' }) };
    const moved = { ...eventA, startTime: '2026-03-12T10:00:00+00:00' };
    const [a, b] = await twoPolls('new_appointment', { calendarId: 'cal1' }, req, 'events', [eventA], [moved, eventB]);
    expect(a).toEqual(['e1']);
    expect(b).toEqual(['e1', 'e2']);
  });

  it('appointment_status_changed: same status → same id; a new status → a new id', async () => {
    const req = { method: 'GET' as const, path: '/calendars/events', query: windowQuery({ calendarId: 'cal1' }) };
    const [a, b] = await twoPolls('appointment_status_changed', { calendarId: 'cal1' }, req, 'events', [eventA], [eventA]);
    expect(b).toEqual(a);
    const showed = { ...eventA, appointmentStatus: 'showed' };
    const [, c] = await twoPolls('appointment_status_changed', { calendarId: 'cal1' }, req, 'events', [eventA], [showed]);
    expect(c).toEqual(['e1:showed']);
  });

  it('new_inbound_message: same last message → same id; a newer inbound message → a new id', async () => {
    const req = {
      method: 'GET' as const,
      path: '/conversations/search',
      query: { locationId: LOCATION_ID, lastMessageDirection: 'inbound', sortBy: 'last_message_date', sort: 'desc', limit: '100' },
    };
    const [a, b] = await twoPolls(
      'new_inbound_message',
      {},
      req,
      'conversations',
      [conversationA, conversationB],
      [conversationA, conversationB],
    );
    expect(b).toEqual(a);
    const newer = { ...conversationB, lastMessageBody: 'Again', lastMessageDate: 1772366000000 };
    const [, c] = await twoPolls('new_inbound_message', {}, req, 'conversations', [conversationA], [newer, conversationA]);
    expect(c).toEqual(['conv2:1772366000000', 'conv1:1772362800000']);
  });

  it('the events query matcher of the table rows accepts exactly the fixed window', () => {
    const match = rowOf('new_appointment').request.query as unknown as (q: Record<string, string>) => boolean;
    expect(match(windowQuery({ calendarId: 'cal1' }))).toBe(true);
    expect(match(windowQuery({ calendarId: 'cal2' }))).toBe(false);
    expect(match({ ...windowQuery({ calendarId: 'cal1' }), startTime: String(NOW) })).toBe(false);
  });
});

describe('api_request refuses anything but a GHL path, before any request', () => {
  it.each([
    'https://evil.example.com/x',
    'http://evil.example.com/x',
    'HTTPS://evil.example.com/x',
    '//evil.example.com/x',
    '/\\evil.example.com/x',
    'contacts',
    'evil.example.com/x',
    'javascript:alert(1)',
    '/contacts/../oauth/token',
    '/contacts/%2e%2e/x',
    '/contacts/a b',
    '/contacts/{contactId}',
  ])('%s', async (path) => {
    const err = await errorOf(runOperation('api_request', { method: 'GET', path }));
    expect(err.message).toMatch(/"Path" \(path\)/);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('sends only to the GHL host', async () => {
    const scope = nock(BASE)
      .get('/contacts/c1')
      .reply(200, { contact: { id: 'c1' } });
    expect(await runOperation('api_request', { method: 'GET', path: '/contacts/c1' })).toEqual({
      status: 200,
      data: { contact: { id: 'c1' } },
    });
    expect(scope.isDone()).toBe(true);
  });
});

describe('find or create', () => {
  const keys = (kind: string) => operations.filter((o) => o.kind === kind).map((o) => o.key);

  it('pairs each search with an upsert', () => {
    expect(searchOrCreates.find_contact).toMatchObject({ key: 'find_contact', search: 'find_contact', create: 'upsert_contact' });
    expect(searchOrCreates.find_opportunity).toMatchObject({
      key: 'find_opportunity',
      search: 'find_opportunity',
      create: 'upsert_opportunity',
    });
  });

  it('names operations that exist', () => {
    for (const pair of Object.values(searchOrCreates)) {
      expect(keys('search')).toContain(pair.search);
      expect(keys('create')).toContain(pair.create);
    }
  });
});
