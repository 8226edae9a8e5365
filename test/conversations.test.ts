import { LOCATION_ID, describeOperations, errorOf, expectRequest, findOperation, runOperation } from './helpers';
import { pagingQuery, type Paging } from '../src/paging';
import { CONVERSATION_PAGE_SIZE, TRANSCRIPTION_RETRY_SECONDS } from '../src/areas/conversations';
import { conversationCases } from './cases/conversations';

describeOperations('Conversations & Messages', conversationCases);

// The cursor is stored with z.cursor (RPC) by the shared layer, which the app tester cannot reach
// without a deploy key, so the cursor readers of both triggers are checked directly.
describe('Conversations paging (dropdown "load more")', () => {
  const pagingOf = (key: string) => (findOperation(key).spec as unknown as { paging: Extract<Paging, { style: 'cursor' }> }).paging;

  it('search_conversations: the next page starts after the sort value of the last conversation', () => {
    const paging = pagingOf('search_conversations');
    const full = Array.from({ length: CONVERSATION_PAGE_SIZE }, (_, i) => ({ id: `cv${i}`, lastMessageDate: 2000 - i, sort: [2000 - i] }));
    expect(paging.next({ conversations: full })).toBe(String(2000 - CONVERSATION_PAGE_SIZE + 1));
    expect(paging.next({ conversations: full.map(({ sort: _s, ...c }) => c) })).toBe(String(2000 - CONVERSATION_PAGE_SIZE + 1));
    expect(paging.next({ conversations: full.slice(1) })).toBeUndefined();
    expect(paging.cursorQuery('1951')).toEqual({ startAfterDate: '1951' });
    expect(pagingQuery(paging, 1, '1951')).toEqual({ limit: CONVERSATION_PAGE_SIZE, startAfterDate: '1951' });
  });

  it('conversation_messages: lastMessageId is the cursor while nextPage is true, in either shape', () => {
    const paging = pagingOf('conversation_messages');
    expect(paging.next({ messages: { lastMessageId: 'm9', nextPage: true, messages: [] } })).toBe('m9');
    expect(paging.next({ lastMessageId: 'm9', nextPage: true, messages: [] })).toBe('m9');
    expect(paging.next({ messages: { lastMessageId: 'm9', nextPage: false, messages: [] } })).toBeUndefined();
    expect(paging.cursorQuery('m9')).toEqual({ lastMessageId: 'm9' });
  });
});

describe('Message dropdowns', () => {
  it('list_recent_messages and list_recent_calls load more pages with the export cursor', () => {
    for (const key of ['list_recent_messages', 'list_recent_calls']) {
      const op = findOperation(key);
      const paging = (op.spec as any).paging;
      expect(op.definition.operation.canPaginate).toBe(true);
      expect(op.definition.display.hidden).toBe(true);
      expect(paging.next({ messages: [], nextCursor: 'cur2' })).toBe('cur2');
      expect(paging.next({ messages: [], nextCursor: null })).toBeUndefined();
      expect(paging.cursorQuery('cur2')).toEqual({ cursor: 'cur2' });
    }
  });

  it('message inputs offer the recent messages, call inputs the recent calls', () => {
    const input = (key: string) => (findOperation(key).definition.operation.inputFields as any[]).find((f) => f.key === 'messageId');
    expect(input('get_message').dynamic).toBe('list_recent_messages.id.label');
    expect(input('update_message_status').dynamic).toBe('list_recent_messages.id.label');
    for (const key of ['get_message_recording', 'get_message_transcription', 'download_message_transcription'])
      expect(input(key)).toMatchObject({ dynamic: 'list_recent_calls.id.label', label: 'Call' });
  });
});

describe('a transcription GHL has not finished yet', () => {
  const path = `/conversations/locations/${LOCATION_ID}/messages/m1/transcription`;
  for (const key of ['get_message_transcription', 'download_message_transcription']) {
    for (const reply of [[], { transcriptions: [] }, '']) {
      it(`${key}: an empty answer (${JSON.stringify(reply)}) is "not ready yet", retried later, never an empty success`, async () => {
        const scope = expectRequest({ method: 'GET', path }, { body: reply });
        const err = await errorOf(runOperation(key, { messageId: 'm1' }));
        expect(err.name).toBe('ThrottledError');
        expect(err.delay).toBe(TRANSCRIPTION_RETRY_SECONDS);
        expect(err.message).toMatch(/transcription of call message 'm1' is not ready yet/);
        expect(scope.isDone()).toBe(true);
      });
    }
  }
});

describe('A refusal that names no field says what to do', () => {
  it('Send Message to a contact without a phone: add one or choose another channel, no "check these fields"', async () => {
    expectRequest(
      { method: 'POST', path: '/conversations/messages', body: { type: 'SMS', contactId: 'c1', message: 'Hi' } },
      { status: 400, body: { statusCode: 400, message: 'Contact does not have a phone number' } },
    );
    const err = await errorOf(runOperation('send_message', { type: 'SMS', contactId: 'c1', message: 'Hi' }));
    expect(err.message).toContain('Contact does not have a phone number.');
    expect(err.message).toMatch(/Add a phone number to the contact in GHL, or choose another channel/);
    expect(err.message).not.toContain('Check these fields');
  });
});
