/**
 * The sandbox's objects over HTTP: the location's objects, a schema with its fields, and records
 * kept across calls (create, search, read, update, delete), their property values checked against
 * the object's fields with one 422 naming every wrong property.
 */
import { messages, useSandbox } from './http';

const { get, call } = useSandbox();
const L = () => get().state.locationId;
const KEY = 'custom_objects.family_plans';

describe('sandbox objects', () => {
  it('lists the standard objects and the custom one; the schema lists a field of every type', async () => {
    const list = await call('GET', `/objects/?locationId=${L()}`);
    expect(list.body.objects.map((o: any) => o.key)).toEqual(['contact', 'opportunity', 'business', KEY]);
    const schema = await call('GET', `/objects/${KEY}?locationId=${L()}&fetchProperties=true`);
    expect(schema.body.object.primaryDisplayProperty).toBe(`${KEY}.plan_name`);
    expect(new Set(schema.body.fields.map((f: any) => f.dataType))).toEqual(
      new Set([
        'TEXT',
        'LARGE_TEXT',
        'NUMERICAL',
        'PHONE',
        'MONETORY',
        'CHECKBOX',
        'SINGLE_OPTIONS',
        'MULTIPLE_OPTIONS',
        'DATE',
        'TEXTBOX_LIST',
        'FILE_UPLOAD',
        'RADIO',
      ]),
    );
    expect((await call('GET', `/objects/${KEY}?locationId=${L()}`)).body.fields).toBeUndefined();
    expect((await call('GET', `/objects/custom_objects.nope?locationId=${L()}`)).status).toBe(404);
  });

  it('keeps a record: created, found by a searchable field, changed, read and deleted', async () => {
    const made = await call('POST', `/objects/${KEY}/records`, {
      locationId: L(),
      properties: { plan_name: 'Okafor Family', members: 5, 'emergency_contacts.primary': '+15125550190' },
    });
    expect(made.status).toBe(201);
    const id = made.body.record.id;
    const found = await call('POST', `/objects/${KEY}/records/search`, {
      locationId: L(),
      page: 1,
      pageLimit: 10,
      query: 'plan_name:okafor',
    });
    expect(found.body.records.map((r: any) => r.id)).toEqual([id]);
    const changed = await call('PUT', `/objects/${KEY}/records/${id}?locationId=${L()}`, { properties: { tier: 'gold' } });
    expect(changed.body.record.properties).toMatchObject({ plan_name: 'Okafor Family', members: 5, tier: 'gold' });
    expect((await call('GET', `/objects/${KEY}/records/${id}`)).body.record.properties.tier).toBe('gold');
    const newest = await call('POST', `/objects/${KEY}/records/search`, {
      locationId: L(),
      page: 1,
      pageLimit: 1,
      query: '',
      sort: [{ field: 'updatedAt', direction: 'desc' }],
    });
    expect(newest.body.records[0].id).toBe(id);
    expect((await call('DELETE', `/objects/${KEY}/records/${id}`)).body).toMatchObject({ id, success: true });
    expect((await call('GET', `/objects/${KEY}/records/${id}`)).status).toBe(404);
  });

  it('refuses wrong property values with one 422 naming each property', async () => {
    const bad = await call('POST', `/objects/${KEY}/records`, {
      locationId: L(),
      properties: {
        members: 'four',
        tier: 'platinum',
        renewal_date: '31/01/2027',
        monthly_fee: 89,
        colour: 'blue',
        emergency_contacts: 'x',
      },
    });
    expect(bad.status).toBe(422);
    const text = messages(bad);
    for (const name of ['members', 'tier', 'renewal_date', 'monthly_fee', 'colour', 'emergency_contacts'])
      expect(text).toContain(`properties.${name}`);
    expect((await call('POST', `/objects/${KEY}/records/search`, { locationId: L() })).status).toBe(422);
  });
});
