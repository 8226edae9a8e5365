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
