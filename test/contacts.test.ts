import nock from 'nock';
import { LOCATION_ID, describeOperations, errorOf, expectRequest, findOperation, runOperation } from './helpers';
import { contactCases } from './cases/contacts';

describeOperations('Contacts', contactCases);

describe('Contacts definitions', () => {
  it('search_contacts can load more pages for the contact dropdown, and its sample has a name', () => {
    const op = findOperation('search_contacts');
    expect(op.definition.operation.canPaginate).toBe(true);
    expect(op.definition.operation.sample.name).toBeTruthy();
  });

  it('hidden steps declare no output fields (nobody maps them); visible ones do', () => {
    expect(findOperation('search_contacts').definition.operation.outputFields).toBeUndefined();
    expect(findOperation('new_contact').definition.operation.outputFields.length).toBeGreaterThan(0);
  });

  it('list_contacts_deprecated is hidden and says it is deprecated', () => {
    const op = findOperation('list_contacts_deprecated');
    expect(op.definition.display.hidden).toBe(true);
    expect(op.definition.display.description).toMatch(/deprecated/i);
  });

  it('list_contacts_deprecated reads the next cursor from meta, else from the last contact of a full page', () => {
    const paging = (findOperation('list_contacts_deprecated').spec as any).paging;
    const full = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, dateAdded: '2026-01-01T00:00:00.000Z' }));
    expect(paging.next({ contacts: full.slice(0, 5) })).toBeUndefined();
    const fromMeta = paging.next({ contacts: full, meta: { startAfterId: 'm1', startAfter: 1700000000000 } });
    expect(paging.cursorQuery(fromMeta)).toEqual({ startAfterId: 'm1', startAfter: 1700000000000 });
    expect(paging.cursorQuery(paging.next({ contacts: full }))).toEqual({
      startAfterId: 'c99',
      startAfter: Date.parse('2026-01-01T00:00:00.000Z'),
    });
  });

  it('update_contact warns that tags replace all tags and leaves out what GHL cannot update', () => {
    const fieldsByKey = Object.fromEntries(
      (findOperation('update_contact').definition.operation.inputFields as any[])
        .filter((f) => typeof f === 'object')
        .map((f) => [f.key, f]),
    );
    expect(fieldsByKey.tags.helpText).toMatch(/REPLACE all/);
    expect(fieldsByKey.gender).toBeUndefined();
    expect(fieldsByKey.companyName).toBeUndefined();
    expect(fieldsByKey.contactId.required).toBe(true);
  });
});

describe('Contacts: what GHL refuses, said plainly', () => {
  it('create_contact with no name, email or phone is refused before sending, naming the fields', async () => {
    const err = await errorOf(runOperation('create_contact', { companyName: 'Knight Dental', tags: 'vip' }));
    expect(err.message).toMatch(
      /Create Contact: give at least one of "First Name" \(firstName\), "Last Name" \(lastName\), "Full Name" \(name\), "Email" \(email\) or "Phone" \(phone\)/,
    );
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('a duplicate contact names the existing contact and the matching field, with one period', async () => {
    const scope = expectRequest(
      { method: 'POST', path: '/contacts/', body: { locationId: LOCATION_ID, email: 'rosie@example.com' } },
      {
        status: 400,
        body: {
          statusCode: 400,
          message: 'This location does not allow duplicated contacts.',
          meta: { contactName: 'Rosie Knight', contactId: 'c9', matchingField: 'email' },
        },
      },
    );
    const err = await errorOf(runOperation('create_contact', { email: 'rosie@example.com' }));
    expect(err.message).toBe(
      'GHL rejected the request while running "Create Contact" (400): This location does not allow duplicated contacts. The existing contact \'c9\' (Rosie Knight) has the same email: map its ID into Update Contact, or use Create or Update Contact.',
    );
    expect(err.message).not.toContain('..');
    expect(scope.isDone()).toBe(true);
  });
});

describe('New Appointment for Contact: times without an offset', () => {
  it("keeps GHL's values when the location's time zone cannot be read, and says why", async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    expectRequest(
      { method: 'GET', path: '/contacts/c1/appointments' },
      { body: { events: [{ id: 'e1', startTime: '2026-03-10 11:00:00' }] } },
    );
    expectRequest({ method: 'GET', path: `/locations/${LOCATION_ID}` }, { status: 403, body: { message: 'Forbidden' } });
    expect(await runOperation('contact_appointments', { contactId: 'c1' })).toEqual([{ id: 'e1', startTime: '2026-03-10 11:00:00' }]);
    expect(log.mock.calls.flat().join(' ')).toMatch(/time zone could not be read/);
  });
});
