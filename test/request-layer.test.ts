import { buildQuery, encodePathParam } from '../src/http';
import { describeError, ghlMessages, parseErrorBody, throttleDelaySeconds } from '../src/errors';
import { collectPages, pagingQuery, rateLimitPauseMs } from '../src/paging';
import { versionForPath } from '../src/config';
import { fields } from '../src/fields';
import { defineCreate, parseInput } from '../src/define';
import { outputFieldsFrom } from '../src/output';
import { operations } from '../registry.generated';
import { OAUTH_AUTH, errorOf, expectRequest, runAppFunction } from './helpers';

const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] ?? null });
const response = (h: Record<string, string>) => ({ getHeader: (n: string) => h[n.toLowerCase()] });

describe('Version header', () => {
  it.each([
    ['/contacts/abc', '2021-07-28'],
    ['/calendars/', '2021-04-15'],
    ['/calendars/events/appointments/x', '2021-04-15'],
    ['/conversations/messages/email/x', '2021-04-15'],
    ['/opportunities/search', '2021-07-28'],
    ['/calendarsfoo', '2021-07-28'],
  ])('%s → %s', (path, version) => expect(versionForPath(path)).toBe(version));
});

describe('encoding', () => {
  it('keeps every id inside its path segment', () => {
    expect(encodePathParam('a/../b?x=1#y')).toBe('a%2F..%2Fb%3Fx%3D1%23y');
    expect(encodePathParam('contact id')).toBe('contact%20id');
  });
  it('builds queries without empty values, repeating arrays, encoding +', () => {
    expect(buildQuery({ email: 'a+b@x.com', number: '+1555', empty: '', none: undefined, ids: ['1', '2'] })).toBe(
      '?email=a%2Bb%40x.com&number=%2B1555&ids=1&ids=2',
    );
    expect(buildQuery({})).toBe('');
  });
});

describe('error messages', () => {
  it("uses GHL's words, string or array", () => {
    expect(ghlMessages(parseErrorBody('{"statusCode":422,"message":["a is bad","b is bad"]}'))).toEqual(['a is bad', 'b is bad']);
    expect(ghlMessages(parseErrorBody({ message: 'Contact not found' }))).toEqual(['Contact not found']);
    expect(ghlMessages(parseErrorBody('<html><body>Bad gateway</body></html>'))).toEqual(['Bad gateway']);
  });
  it('says what was not found', () => {
    expect(describeError(404, { message: 'Not found' }, { target: "Contact 'c1'" }, 'oauth')).toMatch(
      /^Contact 'c1' was not found \(404: Not found\)/,
    );
  });
  it('lists rejected fields on 400 and 422', () => {
    expect(describeError(422, { message: ['email must be an email'] }, { action: 'running "Create Contact"' }, 'oauth')).toBe(
      'GHL rejected the request while running "Create Contact" (422): email must be an email. Check these fields and try again.',
    );
  });
  it.each([
    ['Contact does not have a phone number', /phone number to the contact.*or choose another channel/],
    ['Contact not found', /Pick the contact again: it may have been deleted.*another location/],
    ['The slot you have selected is no longer available', /Choose another slot, e.g. one that Find Free Slots returns/],
  ])('says what to do about "%s" instead of asking to check fields it does not name', (message, todo) => {
    for (const status of [400, 422]) {
      const text = describeError(status, { message }, { action: 'running "Send Message"' }, 'oauth');
      expect(text).toContain(`(${status}): ${message}.`);
      expect(text).toMatch(todo);
      expect(text).not.toContain('Check these fields');
    }
  });
  it("gives GHL's words and a generic next step when the refusal is unknown and names no field", () => {
    const text = describeError(400, { message: 'Calendar is inactive' }, {}, 'oauth');
    expect(text).toBe(
      "GHL rejected the request (400): Calendar is inactive. Change what GHL's message points at (in GHL, or in the values this step maps), then run the step again.",
    );
    expect(describeError(400, {}, {}, 'oauth')).not.toContain('Check these fields');
  });
  it.each(['customFields.0.id should not be empty', 'property foo should not exist', 'name must be a string'])(
    'still asks to check the fields when GHL names one (%s)',
    (message) => expect(describeError(422, { message: [message] }, {}, 'oauth')).toContain('Check these fields and try again.'),
  );
  it('names the scopes on a rejected token', () => {
    expect(describeError(401, {}, { scopes: ['contacts.write'] }, 'token')).toContain('contacts.write');
  });
  it('warns that a failed write may have been saved', () => {
    expect(describeError(500, {}, { write: true }, 'oauth')).toContain('may or may not have been saved');
    expect(describeError(500, {}, { write: false }, 'oauth')).not.toContain('saved');
  });
});

describe('429 delay', () => {
  it('prefers Retry-After, then the daily limit, then the interval', () => {
    expect(throttleDelaySeconds(headers({ 'retry-after': '3' }))).toBe(3);
    expect(throttleDelaySeconds(headers({ 'x-ratelimit-daily-remaining': '0' }))).toBe(3600);
    expect(throttleDelaySeconds(headers({ 'x-ratelimit-interval-milliseconds': '10000' }))).toBe(10);
    expect(throttleDelaySeconds(headers({}))).toBe(10);
  });
});

describe('paging', () => {
  it.each([
    [{ style: 'skip' as const }, 2, { limit: 100, skip: 200 }],
    [{ style: 'offset' as const, size: 20 }, 1, { limit: 20, offset: 20 }],
    [{ style: 'page' as const, limitParam: 'pageLimit' }, 0, { pageLimit: 100, page: 1 }],
  ])('%j page %d', (paging, page, query) => expect(pagingQuery(paging, page)).toEqual(query));

  it('cursor paging asks for the cursor only after the first page', () => {
    const paging = { style: 'cursor' as const, next: () => undefined, cursorQuery: (c: string) => ({ startAfterId: c }) };
    expect(pagingQuery(paging, 0, 'abc')).toEqual({ limit: 100 });
    expect(pagingQuery(paging, 1, 'abc')).toEqual({ limit: 100, startAfterId: 'abc' });
  });

  it('pauses when the window is spent', () => {
    expect(rateLimitPauseMs(response({ 'x-ratelimit-remaining': '5' }))).toBe(0);
    expect(rateLimitPauseMs(response({ 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-milliseconds': '2000' }))).toBe(2000);
  });

  it('a page loop waits out a spent window and never hammers', async () => {
    const sleeps: number[] = [];
    const result = await collectPages(
      async (page) => ({
        items: [page],
        more: page < 2,
        response: response(
          page === 0 ? { 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-milliseconds': '1000' } : { 'x-ratelimit-remaining': '9' },
        ),
      }),
      { maxPages: 10, sleep: async (ms) => void sleeps.push(ms) },
    );
    expect(result).toEqual({ items: [0, 1, 2], complete: true, pages: 3 });
    expect(sleeps).toEqual([1000]);
  });

  it('a page loop stops cleanly when the wait would be too long', async () => {
    const result = await collectPages(
      async (page) => ({
        items: [page],
        more: true,
        response: response({ 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-milliseconds': '60000' }),
      }),
      { maxPages: 10, maxPauseMs: 10000, sleep: async () => undefined },
    );
    expect(result).toEqual({ items: [0], complete: false, pages: 1 });
  });
});

describe('input validation', () => {
  const defs = {
    contactId: fields.id('Contact ID', { required: true }),
    email: fields.email('Email'),
    count: fields.number('Count', { integer: true, min: 1 }),
    tags: fields.list('Tags'),
    dnd: fields.boolean('Do Not Disturb'),
    status: fields.choice('Status', { open: 'Open', won: 'Won' }),
    body: fields.json('Body', { shape: 'object' }),
  };
  it('normalises what Zapier sends', () => {
    expect(
      parseInput(defs, { contactId: ' c1 ', email: '', count: '3', tags: 'a, b\nc', dnd: 'no', status: 'Won', body: '{"a":1}' }, null),
    ).toEqual({
      contactId: 'c1',
      count: 3,
      tags: ['a', 'b', 'c'],
      dnd: false,
      status: 'won',
      body: { a: 1 },
    });
  });
  it('names every bad field in one message', () => {
    expect(() => parseInput(defs, { email: 'x', count: '1.5', status: 'maybe', body: '[1]' }, null)).toThrow(
      '"Contact ID" (contactId) is required; "Email" (email) must be an email address, like jane@example.com; "Count" (count) must be a whole number; "Status" (status) must be one of: open, won; "Body" (body) must be a JSON object ({...}).',
    );
  });
  it('declares numbers, yes/no values and dates as text, so Zapier cannot coerce them before the app reads them', () => {
    const dates = { when: fields.datetime('When', { as: 'iso' }) };
    for (const def of [defs.count, defs.dnd, dates.when]) expect(def.props.type).toBe('string');
    // The editor still offers the two values of a yes/no input.
    expect(defs.dnd.props.choices).toEqual({ true: 'True', false: 'False' });
  });
  it.each([
    ['$1,200.50', 1200.5],
    ['1,200', 1200],
    [' 42 ', 42],
    ['-3', -3],
    ['1200 €', 1200],
    ['.5', 0.5],
    [7, 7],
  ])('reads the number %p as %p, as Zapier would', (given, expected) => {
    expect(parseInput({ n: fields.number('Amount') }, { n: given }, null)).toEqual({ n: expected });
  });
  it.each(['lots', '1,5', '12 apples', '-', '$', '1.2.3', '--3', 'NaN', 'Infinity'])(
    'refuses %p as a number, naming the field',
    (given) => {
      expect(() => parseInput({ n: fields.number('Amount') }, { n: given }, null)).toThrow('"Amount" (n) must be a number');
    },
  );
  it('refuses a number that is not whole for an integer input', () => {
    expect(() => parseInput(defs, { contactId: 'c1', count: '2.5' }, null)).toThrow('"Count" (count) must be a whole number');
  });
  it.each([
    ['TRUE', true],
    ['yes', true],
    ['Y', true],
    ['t', true],
    ['1', true],
    ['false', false],
    ['No', false],
    ['n', false],
    ['F', false],
    ['0', false],
    [true, true],
  ])('reads the yes/no value %p strictly as %p', (given, expected) => {
    expect(parseInput(defs, { contactId: 'c1', dnd: given }, null)).toEqual({ contactId: 'c1', dnd: expected });
  });
  it.each(['maybe', 'nope', 'null', 'yes please'])('refuses %p as a yes/no value (Zapier would have read it as true or false)', (given) => {
    expect(() => parseInput(defs, { contactId: 'c1', dnd: given }, null)).toThrow('"Do Not Disturb" (dnd) must be yes or no');
  });
  it('refuses a date input with no date in it (Zapier would have sent the current time)', () => {
    expect(() => parseInput({ when: fields.datetime('When', { as: 'iso' }) }, { when: 'soon' }, null)).toThrow(
      '"When" (when) could not be read as a date',
    );
  });
  it('no input of any operation is declared with a type Zapier coerces (number, integer, boolean, datetime)', () => {
    const coerced = operations.flatMap((op) =>
      ((op.definition.operation.inputFields ?? []) as { key?: string; type?: string }[])
        .filter((f) => typeof f === 'object' && ['number', 'integer', 'boolean', 'datetime'].includes(String(f.type)))
        .map((f) => `${op.key}.${f.key}`),
    );
    expect(coerced).toEqual([]);
  });
  it('refuses ids that could leave their path segment', () => {
    expect(() => parseInput(defs, { contactId: '..' }, null)).toThrow('"Contact ID" (contactId) is not a valid id');
    expect(() => parseInput(defs, { contactId: 'a\nb' }, null)).toThrow('control characters');
  });
});

describe('outputFields from a sample', () => {
  it('declares only what Zapier cannot derive: lists with their item type, unclear labels', () => {
    expect(
      outputFieldsFrom({
        id: 'x',
        _id: 'y',
        dateAdded: '2026-03-01T14:30:00.000Z',
        contact: { firstName: 'R', dnd: false },
        tags: ['a'],
        scores: [2],
        none: [],
        teamMembers: [{ userId: 'u1', priority: 0.5 }],
        n: 2,
      }),
    ).toEqual([
      { key: '_id', label: 'ID' },
      { key: 'contact__dnd', label: 'Contact DND' },
      { key: 'tags', label: 'Tags', type: 'string', list: true },
      { key: 'scores', label: 'Scores', type: 'integer', list: true },
    ]);
  });
  it("keeps an operation's own declarations", () => {
    expect(outputFieldsFrom({ id: 'x', name: 'A' }, [{ key: 'id', primary: true }])).toEqual([{ key: 'id', primary: true }]);
  });
});

describe('a step that already wrote is never retried', () => {
  /** A write, then a read, as a create that reads its result back would do. */
  const writeThenRead = defineCreate({
    key: 'test_write_then_read',
    noun: 'Contact',
    label: 'Write Then Read',
    description: 'Test operation.',
    scopes: ['contacts.write'],
    input: { contactId: fields.id('Contact ID', { required: true }) },
    perform: async (ctx) => {
      await ctx.request({ method: 'POST', path: ctx.path('/contacts/{contactId}/tags'), body: { tags: ['a'] } });
      return (await ctx.request({ method: 'GET', path: ctx.path('/contacts/{contactId}') })).data;
    },
    sample: { id: 'c1' },
  });
  const run = () =>
    runAppFunction('oauth', writeThenRead.definition.operation.perform, { authData: OAUTH_AUTH, inputData: { contactId: 'c1' }, meta: {} });

  it.each([
    ['429', { status: 429, body: {}, headers: { 'Retry-After': '3' } }],
    ['a 5xx on the read', { status: 503, body: { message: 'Service Unavailable' } }],
    ['a dropped connection on the read', { dropConnection: true }],
    ['a refused token (OAuth refresh)', { status: 401, body: { message: 'Invalid token' } }],
  ])('%s after the write is an error that says so, not a retry', async (_name, reply) => {
    const post = expectRequest(
      { method: 'POST', path: '/contacts/c1/tags', body: { tags: ['a'] } },
      { status: 201, body: { tags: ['a'] } },
    );
    const get = expectRequest({ method: 'GET', path: '/contacts/c1' }, reply);
    const err = await errorOf(run());
    expect(post.isDone() && get.isDone()).toBe(true);
    expect(['ThrottledError', 'RefreshAuthError']).not.toContain(err.name);
    expect(err.message).toContain('already saved a change in GHL, so it is not retried');
    expect(err.message).not.toContain('Zapier will try again');
  });

  it('the same failure before any write stays retryable', async () => {
    const post = expectRequest(
      { method: 'POST', path: '/contacts/c1/tags', body: { tags: ['a'] } },
      { status: 429, body: {}, headers: { 'Retry-After': '3' } },
    );
    const err = await errorOf(run());
    expect(post.isDone()).toBe(true);
    expect(err.name).toBe('ThrottledError');
  });
});
