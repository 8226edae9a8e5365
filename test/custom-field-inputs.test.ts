/**
 * Custom fields as typed inputs (`cf_<id>`), the body they produce, their validation, one lookup
 * per invocation, and custom field values named in outputs (src/custom-fields.ts).
 */
import nock from 'nock';
import { defineCreate, defineSearch, defineTrigger } from '../src/define';
import { fields } from '../src/fields';
import { contactBody, contactFields } from '../src/areas/contacts';
import { customFieldBody, customFieldDef, mergeCustomFields, nameCustomFields } from '../src/custom-fields';
import { operations } from '../registry.generated';
import { BASE, LOCATION_ID, OAUTH_AUTH, errorOf, expectRequest, runAppFunction, runOperation } from './helpers';

const CUSTOM_FIELDS = [
  { id: 'cfColor000000001', name: 'Favorite Color', fieldKey: 'contact.favorite_color', dataType: 'TEXT', model: 'contact' },
  { id: 'cfSeats000000002', name: 'Seats', fieldKey: 'contact.seats', dataType: 'NUMERICAL', model: 'contact' },
  { id: 'cfBudget00000003', name: 'Budget', fieldKey: 'contact.budget', dataType: 'MONETORY', model: 'contact' },
  { id: 'cfRenewal0000004', name: 'Renewal Date', fieldKey: 'contact.renewal_date', dataType: 'DATE', model: 'contact' },
  {
    id: 'cfPlan0000000005',
    name: 'Plan',
    fieldKey: 'contact.plan',
    dataType: 'SINGLE_OPTIONS',
    picklistOptions: ['Basic', 'Pro'],
    model: 'contact',
  },
  {
    id: 'cfTopics00000006',
    name: 'Topics',
    fieldKey: 'contact.topics',
    dataType: 'MULTIPLE_OPTIONS',
    picklistOptions: ['SEO', 'Ads', 'Email'],
    model: 'contact',
  },
  {
    id: 'cfConsent0000007',
    name: 'Consent',
    fieldKey: 'contact.consent',
    dataType: 'CHECKBOX',
    picklistOptions: ['Email', 'SMS'],
    model: 'contact',
  },
  { id: 'cfNotes000000008', name: 'Notes', fieldKey: 'contact.notes', dataType: 'LARGE_TEXT', model: 'contact' },
  { id: 'cfFile0000000009', name: 'Contract', fieldKey: 'contact.contract', dataType: 'FILE_UPLOAD', model: 'contact' },
];

/** The lookup, answered once: a second lookup in the same invocation finds no interceptor. */
const expectLookup = (model = 'contact', list: unknown[] = CUSTOM_FIELDS) =>
  expectRequest({ method: 'GET', path: `/locations/${LOCATION_ID}/customFields`, query: { model } }, { body: { customFields: list } });

// Ad-hoc operations, so these tests do not depend on any area's files.
const createContact = defineCreate({
  key: 'test_create_contact',
  noun: 'Contact',
  label: 'Create Contact',
  description: 'Test operation.',
  endpoint: 'POST /contacts/',
  scopes: ['contacts.write'],
  input: contactFields,
  customFieldsModel: 'contact',
  body: (input, ctx) => contactBody(input, ctx),
  result: 'contact',
  sample: { id: 'c1' },
});

const getContact = defineSearch({
  key: 'test_get_contact',
  noun: 'Contact',
  label: 'Get Contact',
  description: 'Test operation.',
  endpoint: 'GET /contacts/{contactId}',
  scopes: ['contacts.readonly'],
  input: { contactId: fields.id('Contact ID', { required: true }) },
  customFieldsModel: 'contact',
  result: 'contact',
  sample: { id: 'c1' },
});

const listOpportunities = defineTrigger({
  key: 'test_list_opportunities',
  noun: 'Opportunity',
  label: 'New Opportunity',
  description: 'Test operation.',
  endpoint: 'GET /opportunities/search',
  scopes: ['opportunities.readonly'],
  query: (_i, ctx) => ({ location_id: ctx.locationId() }),
  customFieldsModel: 'opportunity',
  result: 'opportunities',
  sample: { id: 'o1' },
});

const perform = (op: { definition: Record<string, any> }, inputData: Record<string, unknown>, authData = OAUTH_AUTH) =>
  runAppFunction('oauth', op.definition.operation.perform, { authData, inputData, meta: { timezone: 'America/New_York' } });

const dynamicInputs = async (op: { definition: Record<string, any> }, authData = OAUTH_AUTH) => {
  const fns = (op.definition.operation.inputFields as unknown[]).filter((f) => typeof f === 'function');
  const out: any[] = [];
  for (const fn of fns) out.push(...((await runAppFunction('oauth', fn as any, { authData, inputData: {} })) as unknown[]));
  return out;
};

describe('custom fields as typed inputs', () => {
  it('builds one typed input per custom field, keyed by id, from one lookup', async () => {
    const scope = expectLookup();
    const inputs = await dynamicInputs(createContact);
    expect(scope.isDone()).toBe(true);
    const byKey = Object.fromEntries(inputs.map((f) => [f.key, f]));
    expect(Object.keys(byKey)).toEqual([
      'cf_cfColor000000001',
      'cf_cfSeats000000002',
      'cf_cfBudget00000003',
      'cf_cfRenewal0000004',
      'cf_cfPlan0000000005',
      'cf_cfTopics00000006',
      'cf_cfConsent0000007',
      'cf_cfNotes000000008',
    ]); // the file upload field has no typed input
    expect(byKey.cf_cfColor000000001).toMatchObject({ label: 'Favorite Color', type: 'string', required: false });
    expect(byKey.cf_cfColor000000001.helpText).toContain('contact.favorite_color');
    // Declared as text, so Zapier hands over what the user typed and the app reads it strictly.
    expect(byKey.cf_cfSeats000000002).toMatchObject({ label: 'Seats', type: 'string' });
    expect(byKey.cf_cfBudget00000003).toMatchObject({ label: 'Budget', type: 'string' });
    expect(byKey.cf_cfRenewal0000004).toMatchObject({ label: 'Renewal Date', type: 'string' });
    expect(byKey.cf_cfPlan0000000005).toMatchObject({ label: 'Plan', choices: { Basic: 'Basic', Pro: 'Pro' } });
    expect(byKey.cf_cfPlan0000000005.list).toBeUndefined();
    expect(byKey.cf_cfTopics00000006).toMatchObject({ label: 'Topics', list: true, choices: { SEO: 'SEO', Ads: 'Ads', Email: 'Email' } });
    expect(byKey.cf_cfConsent0000007).toMatchObject({ label: 'Consent', list: true, choices: { Email: 'Email', SMS: 'SMS' } });
    expect(byKey.cf_cfNotes000000008).toMatchObject({ label: 'Notes', type: 'text' });
  });

  it('asks for the opportunity model on opportunity operations', async () => {
    const opp = defineCreate({ ...(createContact.spec as any), key: 'test_create_opp', customFieldsModel: 'opportunity' });
    const scope = expectLookup('opportunity', [
      { id: 'oppScore00000001', name: 'Lead Score', dataType: 'NUMERICAL', model: 'opportunity' },
    ]);
    const inputs = await dynamicInputs(opp);
    expect(inputs.map((f) => f.key)).toEqual(['cf_oppScore00000001']);
    expect(scope.isDone()).toBe(true);
  });

  it('shows no custom fields (and no error) when the location refuses the lookup', async () => {
    expectRequest(
      { method: 'GET', path: `/locations/${LOCATION_ID}/customFields`, query: { model: 'contact' } },
      { status: 403, body: { statusCode: 403, message: 'The token is not authorized for this scope.' } },
    );
    expect(await dynamicInputs(createContact)).toEqual([]);
  });

  it('sends typed values in customFields, merged with the free-form dict, after one lookup', async () => {
    const lookup = expectLookup();
    const create = expectRequest(
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          locationId: LOCATION_ID,
          firstName: 'Rosie',
          customFields: [
            { key: 'contact.legacy_code', field_value: 'L-7' },
            { id: 'cfColor000000001', field_value: 'Blue' },
            { id: 'cfSeats000000002', field_value: 12 },
            { id: 'cfBudget00000003', field_value: 1250.5 },
            { id: 'cfRenewal0000004', field_value: '2026-03-01' },
            { id: 'cfPlan0000000005', field_value: 'Pro' },
            { id: 'cfTopics00000006', field_value: ['SEO', 'Email'] },
            { id: 'cfConsent0000007', field_value: ['SMS'] },
          ],
        },
      },
      { body: { contact: { id: 'c1', firstName: 'Rosie', customFields: [{ id: 'cfColor000000001', value: 'Blue' }] } } },
    );
    const result = await perform(createContact, {
      firstName: 'Rosie',
      // The typed Favorite Color wins over the same field in the free-form dict.
      customFields: { 'contact.legacy_code': 'L-7', cfColor000000001: 'Red' },
      cf_cfColor000000001: 'Blue',
      cf_cfSeats000000002: '12',
      cf_cfBudget00000003: '$1,250.50',
      cf_cfRenewal0000004: '2026-03-01T10:00:00-05:00',
      cf_cfPlan0000000005: 'pro',
      cf_cfTopics00000006: 'seo, email',
      cf_cfConsent0000007: ['SMS'],
      cf_cfNotes000000008: '  ',
    });
    expect(lookup.isDone()).toBe(true);
    expect(create.isDone()).toBe(true);
    // The create's own answer is named with the fields the invocation already read (no 2nd lookup).
    expect(result).toEqual({
      id: 'c1',
      firstName: 'Rosie',
      customFields: [{ id: 'cfColor000000001', value: 'Blue' }],
      customFieldsByName: { 'Favorite Color': 'Blue' },
    });
  });

  it('sends no lookup when no custom field input is given', async () => {
    const create = expectRequest(
      { method: 'POST', path: '/contacts/', body: { locationId: LOCATION_ID, firstName: 'Rosie' } },
      { body: { contact: { id: 'c1', firstName: 'Rosie' } } },
    );
    expect(await perform(createContact, { firstName: 'Rosie' })).toEqual({ id: 'c1', firstName: 'Rosie' });
    expect(create.isDone()).toBe(true);
  });

  it.each([
    ['cf_cfSeats000000002', 'abc', /"Seats" \(cf_cfSeats000000002\) must be a number/],
    ['cf_cfSeats000000002', 'lots', /"Seats" \(cf_cfSeats000000002\) must be a number/],
    ['cf_cfBudget00000003', '1,5', /"Budget" \(cf_cfBudget00000003\) must be a number/],
    ['cf_cfRenewal0000004', 'someday', /"Renewal Date" \(cf_cfRenewal0000004\) could not be read as a date/],
    ['cf_cfPlan0000000005', 'Gold', /"Plan" \(cf_cfPlan0000000005\) must be one of: Basic, Pro/],
    ['cf_cfTopics00000006', 'SEO, Radio', /"Topics" \(cf_cfTopics00000006\) has "Radio", which is not one of: SEO, Ads, Email/],
  ])('refuses a bad %s by the field label before anything is written', async (key, value, error) => {
    expectLookup();
    const err = await errorOf(perform(createContact, { firstName: 'Rosie', [key]: value }));
    expect(err.message).toMatch(error);
    expect(err.message).toMatch(/^Create Contact: /);
    expect(nock.pendingMocks()).toEqual([]); // the lookup was used; no write was set up, none was sent
  });

  it('sends a field the lookup no longer knows as given', async () => {
    expectLookup('contact', []);
    const create = expectRequest(
      {
        method: 'POST',
        path: '/contacts/',
        body: { locationId: LOCATION_ID, customFields: [{ id: 'goneField0000001', field_value: 'x' }] },
      },
      { body: { contact: { id: 'c1' } } },
    );
    await perform(createContact, { cf_goneField0000001: ' x ' });
    expect(create.isDone()).toBe(true);
  });
});

describe('custom field values named in outputs', () => {
  it('a search names the record values with one lookup', async () => {
    expectRequest(
      { method: 'GET', path: '/contacts/c1' },
      {
        body: {
          contact: {
            id: 'c1',
            customFields: [
              { id: 'cfColor000000001', value: 'Blue' },
              { id: 'cfTopics00000006', value: ['SEO'] },
              { id: 'unknownField0001', value: 'kept only by id' },
            ],
          },
        },
      },
    );
    const lookup = expectLookup();
    const [contact] = (await perform(getContact, { contactId: 'c1' })) as any[];
    expect(lookup.isDone()).toBe(true);
    expect(contact.customFieldsByName).toEqual({ 'Favorite Color': 'Blue', Topics: ['SEO'] });
    expect(contact.customFields).toHaveLength(3);
  });

  it('a trigger names every item (opportunities keep fieldValue) with a single lookup', async () => {
    expectRequest(
      { method: 'GET', path: '/opportunities/search', query: { location_id: LOCATION_ID } },
      {
        body: {
          opportunities: [
            { id: 'o1', customFields: [{ id: 'oppScore00000001', fieldValue: 80 }] },
            { id: 'o2', customFields: [{ id: 'oppScore00000001', fieldValue: 35 }] },
            { id: 'o3', customFields: [] },
          ],
        },
      },
    );
    expectLookup('opportunity', [{ id: 'oppScore00000001', name: 'Lead Score', dataType: 'NUMERICAL', model: 'opportunity' }]);
    const items = (await perform(listOpportunities, {})) as any[];
    expect(items.map((i) => i.customFieldsByName)).toEqual([{ 'Lead Score': 80 }, { 'Lead Score': 35 }, undefined]);
  });

  it('an opportunity date under fieldValueDate (epoch ms) is named as an ISO 8601 date, beside its other value keys', async () => {
    expectRequest(
      { method: 'GET', path: '/opportunities/search', query: { location_id: LOCATION_ID } },
      {
        body: {
          opportunities: [
            {
              id: 'o1',
              customFields: [
                { id: 'oppClose00000001', fieldValueDate: 1772323200000 },
                { id: 'oppTier000000002', fieldValueString: 'Gold' },
                { id: 'oppSeats00000003', fieldValueNumber: 12 },
                { id: 'oppTags000000004', fieldValueArray: ['a', 'b'] },
              ],
            },
          ],
        },
      },
    );
    expectLookup('opportunity', [
      { id: 'oppClose00000001', name: 'Close Date', dataType: 'DATE', model: 'opportunity' },
      { id: 'oppTier000000002', name: 'Tier', dataType: 'TEXT', model: 'opportunity' },
      { id: 'oppSeats00000003', name: 'Seats', dataType: 'NUMERICAL', model: 'opportunity' },
      { id: 'oppTags000000004', name: 'Tags', dataType: 'MULTIPLE_OPTIONS', model: 'opportunity' },
    ]);
    const [item] = (await perform(listOpportunities, {})) as any[];
    expect(item.customFieldsByName).toEqual({ 'Close Date': '2026-03-01', Tier: 'Gold', Seats: 12, Tags: ['a', 'b'] });
  });

  it('a contact DATE value (epoch ms under value) is an ISO 8601 date too; custom_fields (the search guide key) is read', () => {
    const list = [{ id: 'cfRenewal0000004', name: 'Renewal Date', dataType: 'DATE' }];
    const contact = nameCustomFields({ customFields: [{ id: 'cfRenewal0000004', value: 1772323200000 }] }, list);
    expect((contact as any).customFieldsByName).toEqual({ 'Renewal Date': '2026-03-01' });
    const text = nameCustomFields({ customFields: [{ id: 'cfRenewal0000004', value: '2026-03-01T00:00:00.000Z' }] }, list);
    expect((text as any).customFieldsByName).toEqual({ 'Renewal Date': '2026-03-01' });
    const searched = nameCustomFields({ custom_fields: [{ id: 'cfRenewal0000004', fieldValue: '1772323200000' }] }, list);
    expect((searched as any).customFieldsByName).toEqual({ 'Renewal Date': '2026-03-01' });
  });

  it('returns the records unnamed when the lookup fails', async () => {
    expectRequest({ method: 'GET', path: '/contacts/c1' }, { body: { contact: { id: 'c1', customFields: [{ id: 'x', value: 1 }] } } });
    nock(BASE).get(`/locations/${LOCATION_ID}/customFields`).query(true).reply(403, { message: 'no scope' });
    expect(await perform(getContact, { contactId: 'c1' })).toEqual([{ id: 'c1', customFields: [{ id: 'x', value: 1 }] }]);
  });

  it('lists the named values as output fields', async () => {
    expectLookup();
    const fn = (getContact.definition.operation.outputFields as unknown[]).find((f) => typeof f === 'function');
    const out = (await runAppFunction('oauth', fn as any, { authData: OAUTH_AUTH, inputData: {} })) as any[];
    expect(out).toContainEqual({ key: 'customFieldsByName__Favorite Color', label: 'Favorite Color (custom field)' });
  });

  it('tells apart two fields of the same name', () => {
    const named = nameCustomFields(
      {
        customFields: [
          { id: 'a', value: 1 },
          { id: 'b', value: 2 },
        ],
      },
      [
        { id: 'a', name: 'Score', fieldKey: 'contact.score' },
        { id: 'b', name: 'Score', fieldKey: 'contact.score_2' },
      ],
    );
    expect((named as Record<string, unknown>).customFieldsByName).toEqual({ Score: 1, 'Score (contact.score_2)': 2 });
  });
});

describe('custom field helpers', () => {
  it('turns parsed cf_ inputs into GHL entries and merges them by id', () => {
    const typed = customFieldBody({ cf_a: 3, cf_b: ['x'], other: 1, cf_c: undefined });
    expect(typed).toEqual([
      { id: 'a', field_value: 3 },
      { id: 'b', field_value: ['x'] },
    ]);
    expect(
      mergeCustomFields(
        {
          customFields: [
            { id: 'a', field_value: 'old' },
            { key: 'k', field_value: 1 },
          ],
        },
        typed,
      ),
    ).toEqual({ customFields: [{ key: 'k', field_value: 1 }, ...typed] });
    expect(mergeCustomFields(undefined, typed)).toBeUndefined();
  });

  it('has no typed input for files and signatures', () => {
    expect(customFieldDef({ id: 'f', dataType: 'FILE_UPLOAD' })).toBeUndefined();
    expect(customFieldDef({ id: 's', dataType: 'SIGNATURE' })).toBeUndefined();
  });

  it('the real contact and opportunity writes declare their model', () => {
    const models: Record<string, string> = {
      create_contact: 'contact',
      update_contact: 'contact',
      upsert_contact: 'contact',
      create_opportunity: 'opportunity',
      update_opportunity: 'opportunity',
      upsert_opportunity: 'opportunity',
    };
    const found = operations.filter((o) => models[o.key]);
    expect(found.length).toBe(6);
    for (const op of found) expect([op.key, op.spec.customFieldsModel]).toEqual([op.key, models[op.key]]);
  });
});

describe('custom field names across invocations', () => {
  it('a later poll reuses the cached field list: one request per poll', async () => {
    const contact = { id: 'c1', customFields: [{ id: CUSTOM_FIELDS[0].id, value: 'x' }] };
    const poll = () =>
      expectRequest(
        {
          method: 'POST',
          path: '/contacts/search',
          body: { locationId: LOCATION_ID, page: 1, pageLimit: 100, sort: [{ field: 'dateAdded', direction: 'desc' }] },
        },
        { body: { contacts: [contact], total: 1 } },
      );
    const lookup = expectLookup();
    const first = poll();
    const [named] = (await runOperation('new_contact', {})) as any[];
    expect(lookup.isDone() && first.isDone()).toBe(true);
    expect(Object.keys(named.customFieldsByName)).toEqual([CUSTOM_FIELDS[0].name]);
    const second = poll();
    const [again] = (await runOperation('new_contact', {}, { keepCache: true })) as any[];
    expect(second.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
    expect(again.customFieldsByName).toEqual(named.customFieldsByName);
  });
});
