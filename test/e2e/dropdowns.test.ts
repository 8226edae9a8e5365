/**
 * The hidden dropdown triggers of issue 11 against the local GHL sandbox: the location's latest
 * messages and calls (paged by the export cursor) and the lost reasons.
 */
import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { findOperation } from '../helpers';

jest.setTimeout(30_000);

const appTester = createAppTester(App.oauthApp);
const savedBaseUrl = process.env.GHL_API_BASE_URL;

describe('dropdown triggers against the GHL sandbox', () => {
  let sandbox: Sandbox;
  let authData: Record<string, unknown>;
  const poll = (key: string, meta: Record<string, unknown> = {}, inputData: Record<string, unknown> = {}) =>
    appTester((App.oauthApp as any).triggers[key].operation.perform, { authData, inputData, meta } as any, false) as Promise<any[]>;

  beforeEach(async () => {
    sandbox = await startSandbox({ clientId: process.env.CLIENT_ID, clientSecret: process.env.CLIENT_SECRET });
    process.env.GHL_API_BASE_URL = sandbox.url;
    authData = { ...sandbox.state.issueTokens(), locationId: sandbox.state.locationId, companyId: sandbox.state.companyId };
  });
  afterEach(async () => {
    await sandbox.close();
  });
  afterAll(() => {
    if (savedBaseUrl === undefined) delete process.env.GHL_API_BASE_URL;
    else process.env.GHL_API_BASE_URL = savedBaseUrl;
  });

  it('list_recent_messages lists the newest messages with a label, and "load more" gives the next ones', async () => {
    const { state } = sandbox;
    const [first] = state.messages;
    for (let i = 0; i < 120; i++)
      state.messages.push({ ...first, id: state.nextId(), body: `Bulk ${i}`, dateAdded: new Date(Date.now() - i * 60_000).toISOString() });
    const page0 = await poll('list_recent_messages');
    expect(page0).toHaveLength(100);
    expect(page0[0].label).toMatch(/^SMS · .+ · Bulk 0$/);
    // "Load more" keeps the export's cursor in z.cursor (Zapier's storage, not in the app tester):
    // the trigger's own paging reads it from the answer and turns it into the next query.
    const paging = (findOperation('list_recent_messages').spec as any).paging;
    const get = async (query: Record<string, string>) => {
      const url = `${sandbox.url}/conversations/messages/export?${new URLSearchParams({ locationId: sandbox.state.locationId, ...query })}`;
      const res = await fetch(url, { headers: { authorization: `Bearer ${authData.access_token}`, version: '2021-04-15' } });
      return (await res.json()) as { messages: { id: string }[]; nextCursor?: string };
    };
    const cursor = paging.next(await get({ limit: '100' }));
    expect(cursor).toEqual(expect.any(String));
    const page1 = (await get({ limit: '100', ...paging.cursorQuery(cursor) })).messages;
    expect(page1.length).toBeGreaterThan(0);
    expect(page1.map((m) => m.id)).not.toContain(page0[0].id);
  });

  it('list_recent_calls lists only calls', async () => {
    const { state } = sandbox;
    state.messages.push({ ...state.messages[0], id: 'call1', messageType: 'TYPE_CALL', body: '', dateAdded: new Date().toISOString() });
    const calls = await poll('list_recent_calls');
    // Newest first, and nothing but calls (the seed has calls of its own).
    expect(calls[0].id).toBe('call1');
    const types = new Map(state.messages.map((m) => [m.id, m.messageType]));
    expect(calls.map((m) => types.get(m.id))).toEqual(calls.map(() => 'TYPE_CALL'));
    expect(state.messages.some((m) => m.messageType !== 'TYPE_CALL')).toBe(true);
  });

  it('list_lost_reasons fills the lost reason dropdown', async () => {
    const reasons = await poll('list_lost_reasons');
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons[0]).toMatchObject({ id: expect.any(String), name: expect.any(String) });
  });
  // Issue 21: the dropdowns that depend on another input, given what the step chose above them.
  it('list_calendar_appointments lists the appointments of the chosen calendar, not its blocked slots', async () => {
    const { state } = sandbox;
    const calendarId = state.events.find((e) => !e.isBlockSlot)!.calendarId;
    const items = await poll('list_calendar_appointments', { isFillingDynamicDropdown: true }, { eventCalendarId: calendarId });
    const ours = state.events.filter((e) => e.calendarId === calendarId && !e.isBlockSlot).map((e) => e.id);
    expect(items.map((i) => i.id).sort()).toEqual(ours.sort());
    expect(items[0].label).toMatch(/ · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const slots = await poll('list_calendar_blocked_slots', { isFillingDynamicDropdown: true }, { eventCalendarId: calendarId });
    expect(slots.map((i) => i.id)).toEqual(state.events.filter((e) => e.calendarId === calendarId && e.isBlockSlot).map((e) => e.id));
  });

  it("list_conversation_emails gives the emails' own ids, which Find Email reads", async () => {
    const { state } = sandbox;
    const conversationId = state.messages.find((m) => m.meta?.email?.messageIds?.length)!.conversationId;
    const items = await poll('list_conversation_emails', { isFillingDynamicDropdown: true }, { conversationId });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(state.emailMessages.map((e) => e.id)).toContain(item.id);
  });

  it('list_association_records lists the records of both objects of the association', async () => {
    const { state } = sandbox;
    const plan = state.associations.find((a) => a.firstObjectKey.startsWith('custom_objects.'))!;
    const items = await poll('list_association_records', { isFillingDynamicDropdown: true }, { associationId: plan.id });
    const seeded = state.objectRecords.filter((r) => r.objectKey === plan.firstObjectKey);
    expect(seeded.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.objectKey === plan.firstObjectKey).map((i) => i.label)).toEqual(
      seeded.map((r) => `Family Plan: ${r.properties.plan_name}`),
    );
    expect(items.some((i) => i.objectKey === 'contact' && i.label.startsWith('Member: '))).toBe(true);
  });
});
