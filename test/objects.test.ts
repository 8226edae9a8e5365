/**
 * Custom objects: the table (exact requests, answers, outputs, bad input), and what the object's
 * schema gives the steps: typed inputs validated before anything is sent, search fields, labelled
 * outputs, the record output of a webhook body, one schema lookup per run and across runs.
 */
import nock from 'nock';
import { recordOutput, type ObjectSchema } from '../src/areas/objects';
import {
  LOCATION_ID,
  OAUTH_AUTH,
  describeOperations,
  errorOf,
  expectRequest,
  findOperation,
  runAppFunction,
  runOperation,
} from './helpers';
import { OBJECT_FIELDS, OBJECT_KEY, OBJECT_SCHEMA, objectCases, schemaLookup } from './cases/objects';

describeOperations('Custom Objects', objectCases);

const expectSchema = () => expectRequest(schemaLookup().request, { body: OBJECT_SCHEMA });
const RECORDS = `/objects/${OBJECT_KEY}/records`;
/** The search body of New Record's poll, or of a search for `query`. */
const pollBody = (query?: string) => ({
  locationId: LOCATION_ID,
  page: 1,
  pageLimit: 100,
  query: query ?? '',
  ...(query ? {} : { sort: [{ field: 'createdAt', direction: 'desc' }] }),
});

/** What an inputFields/outputFields function of an operation gives for this input. */
const dynamic = async (key: string, part: 'inputFields' | 'outputFields', inputData: Record<string, unknown>) => {
  const op = findOperation(key);
  const fns = ((op.definition.operation[part] ?? []) as unknown[]).filter((f) => typeof f === 'function');
  const out: any[] = [];
  for (const fn of fns) out.push(...((await runAppFunction('oauth', fn as any, { authData: OAUTH_AUTH, inputData })) as unknown[]));
  return out;
};

describe('object fields as typed inputs', () => {
  it('the object input reloads the fields, which come from one schema lookup, keyed by field id', async () => {
    const objectKey = findOperation('create_object_record').definition.operation.inputFields.find((f: any) => f.key === 'objectKey');
    expect(objectKey).toMatchObject({ required: true, altersDynamicFields: true, dynamic: 'list_custom_objects.key.name' });
    const scope = expectSchema();
    const inputs = await dynamic('create_object_record', 'inputFields', { objectKey: OBJECT_KEY });
    expect(scope.isDone()).toBe(true);
    const byKey = Object.fromEntries(inputs.map((f) => [f.key, f]));
    // Every field but the text box list, whose values GHL keys per option.
    expect(Object.keys(byKey)).toEqual(OBJECT_FIELDS.filter((f) => f.dataType !== 'TEXTBOX_LIST').map((f) => `cf_${f.id}`));
    expect(byKey.cf_fpPlanName0000000001).toMatchObject({ label: 'Plan Name', type: 'string' });
    expect(byKey.cf_fpPlanName0000000001.helpText).toContain('`plan_name`');
    expect(byKey.cf_fpMembers0000000003).toMatchObject({ label: 'Members', type: 'string' });
    expect(byKey.cf_fpFee00000000000005).toMatchObject({ label: 'Monthly Fee', type: 'string' });
    expect(byKey.cf_fpRenewal0000000009).toMatchObject({ label: 'Renewal Date', type: 'string' });
    expect(byKey.cf_fpTier0000000000007).toMatchObject({ choices: { silver: 'Silver', gold: 'Gold' } });
    expect(byKey.cf_fpServices000000006).toMatchObject({
      list: true,
      choices: { cleaning: 'Cleaning', whitening: 'Whitening', xray: 'X-ray' },
    });
    expect(byKey.cf_fpAgreement00000011).toMatchObject({ label: 'Signed Agreement', list: true });
    expect(byKey.cf_fpNotes000000000002).toMatchObject({ type: 'text' });
  });

  it('an object whose schema cannot be read shows no fields, and no error', async () => {
    expectRequest(schemaLookup().request, {
      status: 403,
      body: { statusCode: 403, message: 'The token is not authorized for this scope.' },
    });
    expect(await dynamic('create_object_record', 'inputFields', { objectKey: OBJECT_KEY })).toEqual([]);
  });

  it.each([
    ['cf_fpMembers0000000003', 'many', /"Members" \(cf_fpMembers0000000003\) must be a number/],
    ['cf_fpRenewal0000000009', 'someday', /"Renewal Date" \(cf_fpRenewal0000000009\) could not be read as a date/],
    ['cf_fpTier0000000000007', 'platinum', /"Tier" \(cf_fpTier0000000000007\) must be one of: silver, gold/],
    [
      'cf_fpDays0000000000008',
      'mon, sunday',
      /"Preferred Days" \(cf_fpDays0000000000008\) has "sunday", which is not one of: mon, wed, sat/,
    ],
    ['cf_fpAgreement00000011', 'not a link', /"Signed Agreement" \(cf_fpAgreement00000011\) has "not a link", which is not a full URL/],
    ['cf_gone00000000000099', 'x', /custom_objects.family_plans has no field "cf_gone00000000000099"/],
  ])('a wrong %s stops Create Record by its name before anything is written', async (key, value, error) => {
    const lookup = expectSchema();
    const write = expectRequest(
      { method: 'POST', path: RECORDS, body: { locationId: LOCATION_ID, properties: {} } },
      { status: 201, body: { record: { id: 'x' } } },
    );
    const err = await errorOf(runOperation('create_object_record', { objectKey: OBJECT_KEY, [key]: value }));
    expect(err.message).toMatch(/^Create Record: /);
    expect(err.message).toMatch(error);
    expect(lookup.isDone()).toBe(true);
    expect(write.isDone()).toBe(false);
  });

  it('Create or Update Record reads every value before it searches: a wrong one sends no search and no write', async () => {
    const lookup = expectSchema();
    const searched = expectRequest(
      { method: 'POST', path: `${RECORDS}/search`, body: pollBody('members:four') },
      { body: { records: [] } },
    );
    const err = await errorOf(
      runOperation('create_or_update_object_record', {
        objectKey: OBJECT_KEY,
        searchField: 'members',
        searchValue: 'four',
      }),
    );
    expect(err.message).toMatch(/"Members" \(cf_fpMembers0000000003\) must be a number/);
    expect(lookup.isDone()).toBe(true);
    expect(searched.isDone()).toBe(false);
  });
});

describe('finding records', () => {
  it("Search Field offers the object's searchable fields", async () => {
    expectSchema();
    const inputs = await dynamic('find_object_record', 'inputFields', { objectKey: OBJECT_KEY });
    expect(inputs.map((f) => f.key)).toEqual(['searchField', 'searchValue']);
    expect(inputs[0]).toMatchObject({ required: true, choices: { plan_name: 'Plan Name', billing_phone: 'Billing Phone' } });
    expect(inputs[1]).toMatchObject({ required: true });
  });

  it('without searchable fields in the schema, every text-like field is offered', async () => {
    expectRequest(schemaLookup().request, {
      body: { ...OBJECT_SCHEMA, object: { ...OBJECT_SCHEMA.object, searchableProperties: undefined } },
    });
    const [field] = await dynamic('find_object_record', 'inputFields', { objectKey: OBJECT_KEY });
    expect(Object.keys(field.choices)).toEqual(['plan_name', 'notes', 'members', 'billing_phone', 'tier', 'billing_cycle']);
  });

  it('finds nothing (and fails nothing) when no record matches exactly', async () => {
    expectRequest(
      { method: 'POST', path: `${RECORDS}/search`, body: { locationId: LOCATION_ID, page: 1, pageLimit: 100, query: 'plan_name:Lee' } },
      { body: { records: [{ id: 'r1', properties: { plan_name: 'Lee Family' } }], total: 1 } },
    );
    expect(await runOperation('find_object_record', { objectKey: OBJECT_KEY, searchField: 'plan_name', searchValue: 'Lee' })).toEqual([]);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('record outputs', () => {
  it('labels each field of the object by its name', async () => {
    expectSchema();
    const out = await dynamic('new_object_record', 'outputFields', { objectKey: OBJECT_KEY });
    expect(out).toEqual(
      expect.arrayContaining([
        { key: 'owner', label: 'Owner', list: true, type: 'string' },
        { key: 'properties__plan_name', label: 'Plan Name' },
        { key: 'properties__members', label: 'Members', type: 'number' },
        { key: 'properties__monthly_fee__value', label: 'Monthly Fee', type: 'number' },
        { key: 'properties__monthly_fee__currency', label: 'Monthly Fee Currency' },
        { key: 'properties__covered_services', label: 'Covered Services', list: true, type: 'string' },
        { key: 'properties__emergency_contacts.primary', label: 'Emergency Contacts: Primary' },
      ]),
    );
  });

  it('maps a RecordCreate webhook body the same way (owners, timestamp, properties as a list)', () => {
    const schema: ObjectSchema = {
      key: OBJECT_KEY,
      primaryDisplayProperty: `${OBJECT_KEY}.plan_name`,
      fields: OBJECT_FIELDS,
    };
    const webhook = {
      id: 'rec7',
      locationId: LOCATION_ID,
      timestamp: '2026-03-04T08:00:00.000Z',
      owners: ['usr1'],
      followers: ['usr2'],
      properties: [
        { key: 'plan_name', valueString: 'Ortiz Family' },
        { key: 'renewal_date', valueString: '2027-06-30' },
      ],
    };
    expect(recordOutput(webhook, schema)).toEqual({
      id: 'rec7',
      objectKey: OBJECT_KEY,
      locationId: LOCATION_ID,
      name: 'Ortiz Family',
      owner: ['usr1'],
      followers: ['usr2'],
      createdAt: '2026-03-04T08:00:00.000Z',
      updatedAt: '2026-03-04T08:00:00.000Z',
      properties: { plan_name: 'Ortiz Family', renewal_date: '2027-06-30' },
    });
  });

  it('a poll returns its records unnamed when the schema cannot be read', async () => {
    expectRequest(
      {
        method: 'POST',
        path: `${RECORDS}/search`,
        body: { locationId: LOCATION_ID, page: 1, pageLimit: 100, query: '', sort: [{ field: 'createdAt', direction: 'desc' }] },
      },
      { body: { records: [{ id: 'r1', properties: { plan_name: 'Lee Family' } }] } },
    );
    expectRequest(schemaLookup().request, { status: 403, body: { message: 'no scope' } });
    const [item] = (await runOperation('new_object_record', { objectKey: OBJECT_KEY })) as any[];
    expect(item).toEqual({ id: 'r1', name: 'r1', owner: [], followers: [], properties: { plan_name: 'Lee Family' } });
  });

  it('a later poll reuses the cached schema: one request per poll', async () => {
    const poll = () =>
      expectRequest(
        {
          method: 'POST',
          path: `${RECORDS}/search`,
          body: { locationId: LOCATION_ID, page: 1, pageLimit: 100, query: '', sort: [{ field: 'createdAt', direction: 'desc' }] },
        },
        { body: { records: [{ id: 'r1', properties: { plan_name: 'Lee Family' } }] } },
      );
    const lookup = expectSchema();
    const first = poll();
    const [a] = (await runOperation('new_object_record', { objectKey: OBJECT_KEY })) as any[];
    expect(lookup.isDone() && first.isDone()).toBe(true);
    const second = poll();
    const [b] = (await runOperation('new_object_record', { objectKey: OBJECT_KEY }, { keepCache: true })) as any[];
    expect(second.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
    expect([a.name, b.name]).toEqual(['Lee Family', 'Lee Family']);
  });
});
