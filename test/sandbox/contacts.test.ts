/**
 * The sandbox's contacts over HTTP: a contact's round trip, followers, tags of many contacts, the
 * contacts of a business, campaigns, and GHL's 422s and 404s.
 */
import { useSandbox } from './http';
import { SEED_BUSINESS_ID } from '../../sandbox/seed/contacts';

const { get, call } = useSandbox();
const L = () => get().state.locationId;

describe('contacts', () => {
  it('creates, reads, updates, lists and deletes a contact', async () => {
    const created = await call('POST', '/contacts/', {
      locationId: L(),
      firstName: 'Rosa',
      lastName: 'Diaz',
      email: 'rosa.diaz@example.com',
    });
    expect(created.status).toBe(201);
    const { id } = created.body.contact;
    // A new contact carries the standard fields, empty until given.
    expect(created.body.contact).toMatchObject({ phone: null, companyName: null, businessId: null, followers: [] });
    expect((await call('GET', `/contacts/${id}`)).body.contact).toMatchObject({ id, firstName: 'Rosa' });
    const updated = await call('PUT', `/contacts/${id}`, { phone: '+15125550999' });
    expect(updated.body).toMatchObject({ succeded: true, contact: { id, phone: '+15125550999' } });
    const found = await call('POST', '/contacts/search', { locationId: L(), query: 'rosa diaz' });
    expect(found.body.contacts.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await call('DELETE', `/contacts/${id}`)).body).toEqual({ succeded: true, traceId: expect.any(String) });
    expect((await call('GET', `/contacts/${id}`)).status).toBe(404);
  });

  it('answers 422 for a missing locationId and 404 for an unknown contact', async () => {
    const bad = await call('POST', '/contacts/', { firstName: 'Nobody' });
    expect(bad).toMatchObject({ status: 422, body: { message: ['locationId should not be empty'] } });
    const missing = await call('POST', '/contacts/nope/followers', { followers: ['u1'] });
    expect(missing).toMatchObject({ status: 404, body: { message: 'Contact with id nope not found' } });
  });

  it('adds and removes followers', async () => {
    const contact = get().state.contacts[1];
    const [u1, u2] = get().state.users.map((u) => u.id);
    const added = await call('POST', `/contacts/${contact.id}/followers`, { followers: [u1, u2] });
    expect(added).toMatchObject({ status: 201, body: { followers: [u1, u2], followersAdded: [u1, u2] } });
    const again = await call('POST', `/contacts/${contact.id}/followers`, { followers: [u1] });
    expect(again.body).toMatchObject({ followers: [u1, u2], followersAdded: [] });
    const removed = await call('DELETE', `/contacts/${contact.id}/followers`, { followers: [u2] });
    expect(removed).toMatchObject({ status: 200, body: { followers: [u1], followersRemoved: [u2] } });
    expect((await call('POST', `/contacts/${contact.id}/followers`, {})).status).toBe(422);
  });

  it('adds and removes tags on many contacts, one error per contact it cannot change', async () => {
    const [a, b] = get().state.contacts.slice(2, 4);
    const add = await call('POST', '/contacts/bulk/tags/update/add', { locationId: L(), contacts: [a.id, b.id, 'gone'], tags: ['Recall'] });
    expect(add).toMatchObject({ status: 201, body: { succeded: true, errorCount: 1, responses: [{ contactId: 'gone', type: 'error' }] } });
    expect(a.tags).toContain('recall');
    const remove = await call('POST', '/contacts/bulk/tags/update/remove', { locationId: L(), contacts: [a.id], tags: ['recall'] });
    expect(remove.body).toMatchObject({ errorCount: 0 });
    expect(a.tags).not.toContain('recall');
    await call('POST', '/contacts/bulk/tags/update/remove', { locationId: L(), contacts: [b.id], tags: [], removeAllTags: true });
    expect(b.tags).toEqual([]);
    expect((await call('POST', '/contacts/bulk/tags/update/add', { locationId: L(), contacts: [a.id], tags: [] })).status).toBe(422);
    expect((await call('POST', '/contacts/bulk/tags/update/toggle', { locationId: L(), contacts: [a.id], tags: ['x'] })).status).toBe(422);
  });

  it("lists a business's contacts and moves contacts in and out of it", async () => {
    const listed = await call('GET', `/contacts/business/${SEED_BUSINESS_ID}?locationId=${L()}`);
    expect(listed.body.count).toBe(2);
    expect((await call('GET', `/contacts/business/${SEED_BUSINESS_ID}?locationId=${L()}&query=hannah`)).body.contacts).toHaveLength(1);
    const newcomer = get().state.contacts[0];
    const moved = await call('POST', '/contacts/bulk/business', { locationId: L(), ids: [newcomer.id], businessId: SEED_BUSINESS_ID });
    expect(moved.body).toMatchObject({ success: true, ids: [newcomer.id] });
    expect((await call('GET', `/contacts/business/${SEED_BUSINESS_ID}?locationId=${L()}`)).body.count).toBe(3);
    await call('POST', '/contacts/bulk/business', { locationId: L(), ids: [newcomer.id], businessId: null });
    expect(newcomer.businessId).toBeNull();
    expect((await call('POST', '/contacts/bulk/business', { locationId: L(), ids: [newcomer.id] })).status).toBe(422);
    expect((await call('GET', `/contacts/business/${SEED_BUSINESS_ID}`)).status).toBe(422);
  });

  it('removes a contact from all its campaigns', async () => {
    const contact = get().state.contacts[4];
    const [campaign] = get().state.campaigns;
    expect((await call('POST', `/contacts/${contact.id}/campaigns/${campaign.id}`, {})).status).toBe(201);
    expect(contact.campaigns).toEqual([campaign.id]);
    expect((await call('DELETE', `/contacts/${contact.id}/campaigns/removeAll`)).body).toMatchObject({ succeded: true });
    expect(contact.campaigns).toEqual([]);
    expect((await call('DELETE', '/contacts/nope/campaigns/removeAll')).status).toBe(404);
  });
});
