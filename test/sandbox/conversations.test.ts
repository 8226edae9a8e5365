/**
 * The sandbox's conversations over HTTP: a conversation's round trip, sending SMS and email (the
 * email readable by its own id), a provider's status update, a call's transcription, the live chat
 * typing indicator, the agency's snapshots and the course importer, with GHL's 422s and 404s.
 */
import { useSandbox } from './http';
import { SANDBOX_AGENCY_TOKEN } from '../../sandbox/server';

const { get, call } = useSandbox();
const L = () => get().state.locationId;
/** A contact without a conversation yet (the seed talks with the seven newest). */
const quietContact = () => get().state.contacts.find((c) => !get().state.conversations.some((v) => v.contactId === c.id))!;

describe('conversations', () => {
  it('creates, reads, updates, lists and deletes a conversation', async () => {
    const contact = quietContact();
    const created = await call('POST', '/conversations/', { locationId: L(), contactId: contact.id });
    expect(created).toMatchObject({ status: 201, body: { success: true, conversation: { contactId: contact.id, deleted: false } } });
    const { id } = created.body.conversation;
    expect((await call('POST', '/conversations/', { locationId: L(), contactId: contact.id })).body).toMatchObject({
      statusCode: 400,
      conversationId: id,
    });
    expect((await call('GET', `/conversations/${id}`)).body).toMatchObject({ id, contactId: contact.id });
    const updated = await call('PUT', `/conversations/${id}`, { locationId: L(), starred: true, unreadCount: 2 });
    expect(updated.body).toMatchObject({ success: true, conversation: { id, starred: true, unreadCount: 2 } });
    const starred = await call('GET', `/conversations/search?locationId=${L()}&status=starred`);
    expect(starred.body.conversations.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await call('DELETE', `/conversations/${id}`)).body).toMatchObject({ success: true });
    expect((await call('GET', `/conversations/${id}`)).status).toBe(404);
  });

  it('answers 422 for missing fields and 404 for unknown ids', async () => {
    expect((await call('POST', '/conversations/', { locationId: L() })).body).toMatchObject({
      statusCode: 422,
      message: ['contactId should not be empty'],
    });
    expect((await call('PUT', '/conversations/messages/nope/status', { status: 'read' })).status).toBe(404);
    expect((await call('GET', '/conversations/messages/email/nope')).status).toBe(404);
    const [m] = get().state.messages;
    expect((await call('PUT', `/conversations/messages/${m.id}/status`, { status: 'lost' })).status).toBe(422);
  });

  it('sends an SMS into the contact conversation and an email readable by its email id', async () => {
    const conv = get().state.conversations[0];
    const sms = await call('POST', '/conversations/messages', { type: 'SMS', contactId: conv.contactId, message: 'See you Thursday!' });
    expect(sms.body).toMatchObject({ conversationId: conv.id, messageId: expect.any(String) });
    expect((await call('GET', `/conversations/messages/${sms.body.messageId}`)).body).toMatchObject({ messageType: 'TYPE_SMS', type: 2 });
    const email = await call('POST', '/conversations/messages', {
      type: 'Email',
      contactId: conv.contactId,
      subject: 'Your x-rays',
      html: '<p>Attached.</p>',
      emailCc: ['office@example.com'],
    });
    expect(email.body.emailMessageId).not.toBe(email.body.messageId);
    const message = (await call('GET', `/conversations/messages/${email.body.messageId}`)).body;
    expect(message.meta.email.messageIds).toEqual([email.body.emailMessageId]);
    const read = await call('GET', `/conversations/messages/email/${email.body.emailMessageId}`);
    expect(read.body).toMatchObject({ subject: 'Your x-rays', threadId: email.body.messageId, cc: ['office@example.com'] });
    expect((await call('POST', '/conversations/messages', { type: 'Pigeon', contactId: conv.contactId, message: 'x' })).status).toBe(422);
  });

  it("updates a message's status", async () => {
    const [m] = get().state.messages;
    const res = await call('PUT', `/conversations/messages/${m.id}/status`, {
      status: 'failed',
      error: { code: '30003', type: 'saas', message: 'Unreachable handset' },
    });
    expect(res.body).toMatchObject({ conversationId: m.conversationId, messageId: m.id, status: 'failed' });
    expect(m).toMatchObject({ status: 'failed', error: { code: '30003' } });
  });

  it("answers a recorded call's transcription, 404 for a call without one", async () => {
    const calls = await call('GET', `/conversations/messages/export?locationId=${L()}&channel=Call`);
    const [recorded, missed] = calls.body.messages;
    const path = (id: string) => `/conversations/locations/${L()}/messages/${id}/transcription`;
    const sentences = (await call('GET', path(recorded.id))).body;
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences[0]).toMatchObject({ sentenceIndex: 0, transcript: expect.any(String), confidence: expect.any(Number) });
    expect((await call('GET', path(missed.id))).body).toMatchObject({ statusCode: 404, message: 'Transcription not found' });
  });

  it('shows the live chat typing indicator of a conversation', async () => {
    const conv = get().state.conversations[0];
    const body = { locationId: L(), isTyping: 'true', visitorId: 'visitor-1', conversationId: conv.id };
    expect(await call('POST', '/conversations/providers/live-chat/typing', body)).toMatchObject({ status: 201, body: { success: true } });
    expect((await call('POST', '/conversations/providers/live-chat/typing', { ...body, visitorId: '' })).status).toBe(422);
    expect((await call('POST', '/conversations/providers/live-chat/typing', { ...body, conversationId: 'nope' })).status).toBe(404);
  });
});

describe('snapshots and courses', () => {
  it("lists the agency's snapshots for an agency token only", async () => {
    const { companyId } = get().state;
    const res = await call('GET', `/snapshots/?companyId=${companyId}`, undefined, SANDBOX_AGENCY_TOKEN);
    expect(res.body.snapshots).toEqual([
      { id: expect.any(String), name: expect.any(String), type: 'own' },
      { id: expect.any(String), name: expect.any(String), type: 'imported' },
    ]);
    expect((await call('GET', '/snapshots/', undefined, SANDBOX_AGENCY_TOKEN)).status).toBe(422);
    expect((await call('GET', `/snapshots/?companyId=${companyId}`)).status).toBe(403);
  });

  it('imports courses: 201 without a body, 422 for a course without its fields', async () => {
    const products = [{ title: 'Smile School', description: 'Dental care basics', categories: [{ title: 'Week 1', posts: [] }] }];
    const ok = await call('POST', '/courses/courses-exporter/public/import', { locationId: L(), products });
    expect(ok).toEqual({ status: 201, body: undefined });
    const bad = await call('POST', '/courses/courses-exporter/public/import', { locationId: L(), products: [{ title: 'No description' }] });
    expect(bad.body).toMatchObject({
      statusCode: 422,
      message: ['products.0.description should not be empty', 'products.0.categories must be an array'],
    });
  });
});
