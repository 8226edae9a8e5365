import type { ExpectedRequest, OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

export const OBJECT_KEY = 'custom_objects.family_plans';
const RECORDS = `/objects/${OBJECT_KEY}/records`;

/** One field of every data type GHL's object fields have (ICustomField.dataType). */
export const OBJECT_FIELDS = [
  ['fpPlanName0000000001', 'Plan Name', 'plan_name', 'TEXT'],
  ['fpNotes000000000002', 'Notes', 'notes', 'LARGE_TEXT'],
  ['fpMembers0000000003', 'Members', 'members', 'NUMERICAL'],
  ['fpPhone000000000004', 'Billing Phone', 'billing_phone', 'PHONE'],
  ['fpFee00000000000005', 'Monthly Fee', 'monthly_fee', 'MONETORY'],
  ['fpServices000000006', 'Covered Services', 'covered_services', 'CHECKBOX', ['cleaning:Cleaning', 'whitening:Whitening', 'xray:X-ray']],
  ['fpTier0000000000007', 'Tier', 'tier', 'SINGLE_OPTIONS', ['silver:Silver', 'gold:Gold']],
  ['fpDays0000000000008', 'Preferred Days', 'preferred_days', 'MULTIPLE_OPTIONS', ['mon:Monday', 'wed:Wednesday', 'sat:Saturday']],
  ['fpRenewal0000000009', 'Renewal Date', 'renewal_date', 'DATE'],
  ['fpContacts000000010', 'Emergency Contacts', 'emergency_contacts', 'TEXTBOX_LIST', ['primary:Primary', 'secondary:Secondary']],
  ['fpAgreement00000011', 'Signed Agreement', 'signed_agreement', 'FILE_UPLOAD'],
  ['fpCycle000000000012', 'Billing Cycle', 'billing_cycle', 'RADIO', ['monthly:Monthly', 'yearly:Yearly']],
].map(([id, name, key, dataType, options]) => ({
  id: id as string,
  name: name as string,
  fieldKey: `${OBJECT_KEY}.${key as string}`,
  objectKey: OBJECT_KEY,
  dataType: dataType as string,
  locationId: LOCATION_ID,
  ...(options
    ? {
        options: (options as string[]).map((o) => {
          const [k, label] = o.split(':');
          return { key: k, label };
        }),
      }
    : {}),
}));

export const OBJECT_SCHEMA = {
  object: {
    id: '67a0f1e2d3c4b5a697887766',
    standard: false,
    key: OBJECT_KEY,
    labels: { singular: 'Family Plan', plural: 'Family Plans' },
    locationId: LOCATION_ID,
    primaryDisplayProperty: `${OBJECT_KEY}.plan_name`,
    searchableProperties: [`${OBJECT_KEY}.plan_name`, `${OBJECT_KEY}.billing_phone`],
    dateAdded: '2026-01-05T10:00:00.000Z',
    dateUpdated: '2026-01-05T10:00:00.000Z',
  },
  cache: false,
  fields: OBJECT_FIELDS,
};

/** The schema lookup the object steps make (once per run; z.cache keeps it an hour). */
export const schemaLookup = (reply: unknown = OBJECT_SCHEMA): { request: ExpectedRequest; reply: unknown } => ({
  request: { method: 'GET', path: `/objects/${OBJECT_KEY}`, query: { locationId: LOCATION_ID, fetchProperties: 'true' } },
  reply,
});

export const search = (body: Record<string, unknown>): ExpectedRequest => ({
  method: 'POST',
  path: `${RECORDS}/search`,
  body: { locationId: LOCATION_ID, page: 1, pageLimit: 100, ...body },
});

/** A record as the search answers it (RecordResponseDTO). */
export const found = (id: string, planName: string, createdAt: string, updatedAt: string) => ({
  id,
  owner: ['usr1'],
  followers: [],
  properties: {
    plan_name: planName,
    members: 4,
    monthly_fee: { currency: 'default', value: 89 },
    renewal_date: '2027-01-31',
    signed_agreement: [{ url: 'https://files.example.com/smith.pdf' }],
    'emergency_contacts.primary': '+15125550111',
  },
  createdAt,
  updatedAt,
  locationId: LOCATION_ID,
  objectId: '67a0f1e2d3c4b5a697887766',
  objectKey: OBJECT_KEY,
  createdBy: { channel: 'WEB_USER', createdAt, source: 'WEB_USER', sourceId: 'usr1' },
  lastUpdatedBy: { channel: 'WEB_USER', createdAt: updatedAt, source: 'WEB_USER', sourceId: 'usr1' },
  searchAfter: [Date.parse(updatedAt), id],
});

/** The same record as the object steps output it. */
export const mapped = (id: string, planName: string, createdAt: string, updatedAt: string) => ({
  id,
  objectKey: OBJECT_KEY,
  locationId: LOCATION_ID,
  name: planName,
  owner: ['usr1'],
  followers: [],
  createdAt,
  updatedAt,
  properties: {
    plan_name: planName,
    members: 4,
    monthly_fee: { currency: 'default', value: 89 },
    renewal_date: '2027-01-31',
    signed_agreement: ['https://files.example.com/smith.pdf'],
    'emergency_contacts.primary': '+15125550111',
  },
});

const smith = ['rec1', 'Smith Family', '2026-02-01T10:00:00.000Z', '2026-03-02T09:10:00.000Z'] as const;
const lee = ['rec2', 'Lee Family', '2026-03-01T14:30:00.000Z', '2026-03-01T14:30:00.000Z'] as const;
const smithson = ['rec3', 'Smithson Family', '2026-01-01T10:00:00.000Z', '2026-01-02T10:00:00.000Z'] as const;

/** Every typed field input a write can take, and the properties they become. */
const typedInput = {
  cf_fpPlanName0000000001: 'Lee Family',
  cf_fpNotes000000000002: 'Two kids, one in braces.',
  cf_fpMembers0000000003: '3',
  cf_fpPhone000000000004: '+1 (512) 555-0102',
  cf_fpFee00000000000005: '1,089.50',
  cf_fpServices000000006: 'Cleaning, xray',
  cf_fpTier0000000000007: 'Gold',
  cf_fpDays0000000000008: ['mon', 'Saturday'],
  cf_fpRenewal0000000009: '2027-01-31T09:00:00Z',
  cf_fpAgreement00000011: 'https://files.example.com/lee.pdf',
  cf_fpCycle000000000012: 'YEARLY',
};
const typedProperties = {
  plan_name: 'Lee Family',
  notes: 'Two kids, one in braces.',
  members: 3,
  billing_phone: '+1 (512) 555-0102',
  monthly_fee: { currency: 'default', value: 1089.5 },
  covered_services: ['cleaning', 'xray'],
  tier: 'gold',
  preferred_days: ['mon', 'sat'],
  renewal_date: '2027-01-31',
  signed_agreement: [{ url: 'https://files.example.com/lee.pdf' }],
  billing_cycle: 'yearly',
};
/** The create's answer (RecordByIdResponseDTO: the record with dateAdded/dateUpdated). */
const created = {
  record: {
    id: 'rec2',
    owner: ['usr1'],
    followers: ['usr2'],
    properties: typedProperties,
    dateAdded: '2026-03-01T14:30:00.000Z',
    dateUpdated: '2026-03-01T14:30:00.000Z',
  },
};
const createdOutput = {
  id: 'rec2',
  objectKey: OBJECT_KEY,
  name: 'Lee Family',
  owner: ['usr1'],
  followers: ['usr2'],
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:30:00.000Z',
  properties: { ...typedProperties, signed_agreement: ['https://files.example.com/lee.pdf'] },
};

export const objectCases: OperationCase[] = [
  {
    key: 'list_custom_objects',
    input: {},
    request: { method: 'GET', path: '/objects/', query: { locationId: LOCATION_ID } },
    // GHL lists standard objects too: the record steps offer only custom objects.
    reply: {
      objects: [
        { id: 'o1', standard: true, key: 'contact', labels: { singular: 'Contact', plural: 'Contacts' } },
        OBJECT_SCHEMA.object,
        { id: 'o3', standard: true, key: 'business', labels: { singular: 'Company', plural: 'Companies' } },
      ],
    },
    expected: [{ id: '67a0f1e2d3c4b5a697887766', key: OBJECT_KEY, name: 'Family Plans', description: undefined }],
  },
  {
    key: 'new_object_record',
    input: { objectKey: OBJECT_KEY },
    request: search({ query: '', sort: [{ field: 'createdAt', direction: 'desc' }] }),
    before: [schemaLookup()],
    reply: { records: [found(...smith), found(...lee)], total: 2 },
    // Newest first whatever order GHL answers in; named by the primary display property.
    expected: [mapped(...lee), mapped(...smith)],
    bad: { input: {}, error: /"Object" \(objectKey\) is required/ },
  },
  {
    key: 'updated_object_record',
    input: { objectKey: OBJECT_KEY },
    request: search({ query: '', sort: [{ field: 'updatedAt', direction: 'desc' }] }),
    before: [schemaLookup()],
    reply: { records: [found(...lee), found(...smith)], total: 2 },
    expected: [
      { ...mapped(...smith), id: `rec1:${smith[3]}`, recordId: 'rec1' },
      { ...mapped(...lee), id: `rec2:${lee[3]}`, recordId: 'rec2' },
    ],
    bad: { input: { objectKey: '..' }, error: /"Object" \(objectKey\) is not a valid id/ },
  },
  {
    key: 'find_object_record',
    input: { objectKey: OBJECT_KEY, searchField: 'plan_name', searchValue: ' smith family ' },
    request: search({ query: 'plan_name:smith family' }),
    before: [schemaLookup()],
    // GHL's query is a text search: Smithson Family is found too, and is no exact match.
    reply: { records: [found(...smithson), found(...smith)], total: 2 },
    expected: [mapped(...smith)],
    bad: { input: { objectKey: OBJECT_KEY, searchField: 'plan_name' }, error: /"Search Value" \(searchValue\) is required/ },
  },
  {
    key: 'create_object_record',
    input: { objectKey: OBJECT_KEY, owner: 'usr1', followers: 'usr2', ...typedInput },
    before: [schemaLookup()],
    request: {
      method: 'POST',
      path: RECORDS,
      body: { locationId: LOCATION_ID, properties: typedProperties, owner: ['usr1'], followers: ['usr2'] },
    },
    status: 201,
    reply: created,
    expected: createdOutput,
    bad: { input: { objectKey: OBJECT_KEY, owner: '..' }, error: /"Owner" \(owner\) is not a valid id/ },
  },
  {
    key: 'update_object_record',
    input: { objectKey: OBJECT_KEY, recordId: 'rec2', cf_fpMembers0000000003: '5', cf_fpNotes000000000002: '   ' },
    before: [schemaLookup()],
    request: { method: 'PUT', path: `${RECORDS}/rec2`, query: { locationId: LOCATION_ID }, body: { properties: { members: 5 } } },
    reply: { record: { ...created.record, properties: { ...typedProperties, members: 5 }, dateUpdated: '2026-03-03T08:00:00.000Z' } },
    expected: {
      ...createdOutput,
      updatedAt: '2026-03-03T08:00:00.000Z',
      properties: { ...createdOutput.properties, members: 5 },
    },
    bad: { input: { objectKey: OBJECT_KEY }, error: /"Record" \(recordId\) is required/ },
  },
  {
    key: 'update_object_record',
    title: 'only the owner: no fields, no lookup',
    input: { objectKey: OBJECT_KEY, recordId: 'rec 2', owner: 'usr2' },
    request: { method: 'PUT', path: `${RECORDS}/rec%202`, query: { locationId: LOCATION_ID }, body: { owner: ['usr2'] } },
    reply: { record: { id: 'rec 2', owner: ['usr2'], followers: [], properties: { plan_name: 'Lee Family' } } },
    expected: { id: 'rec 2', owner: ['usr2'], followers: [], properties: { plan_name: 'Lee Family' } },
    bad: { input: { objectKey: OBJECT_KEY, recordId: 'rec2', followers: '..' }, error: /"Followers" \(followers\)/ },
  },
  {
    key: 'delete_object_record',
    input: { objectKey: OBJECT_KEY, recordId: 'rec2' },
    request: { method: 'DELETE', path: `${RECORDS}/rec2` },
    reply: { id: 'rec2', success: true },
    expected: { id: 'rec2', success: true },
    bad: { input: { objectKey: OBJECT_KEY }, error: /"Record" \(recordId\) is required/ },
  },
  {
    key: 'create_or_update_object_record',
    title: 'an exact match is updated',
    input: { objectKey: OBJECT_KEY, searchField: 'plan_name', searchValue: 'Smith Family', cf_fpMembers0000000003: 6 },
    before: [
      schemaLookup(),
      { request: search({ query: 'plan_name:Smith Family' }), reply: { records: [found(...smithson), found(...smith)] } },
    ],
    request: {
      method: 'PUT',
      path: `${RECORDS}/rec1`,
      query: { locationId: LOCATION_ID },
      body: { properties: { plan_name: 'Smith Family', members: 6 } },
    },
    reply: { record: { ...found(...smith), properties: { ...found(...smith).properties, members: 6 } } },
    expected: { ...mapped(...smith), properties: { ...mapped(...smith).properties, members: 6 }, new: false },
    bad: { input: { objectKey: OBJECT_KEY, searchField: 'plan_name' }, error: /"Search Value" \(searchValue\) is required/ },
  },
  {
    key: 'create_or_update_object_record',
    title: 'no exact match: a record is created with the search field set',
    input: { objectKey: OBJECT_KEY, searchField: 'members', searchValue: '7', owner: 'usr1', cf_fpTier0000000000007: 'silver' },
    before: [
      schemaLookup(),
      { request: search({ query: 'members:7' }), reply: { records: [{ ...found(...smith), properties: { members: 17 } }] } },
    ],
    request: {
      method: 'POST',
      path: RECORDS,
      body: { locationId: LOCATION_ID, properties: { tier: 'silver', members: 7 }, owner: ['usr1'] },
    },
    status: 201,
    reply: { record: { id: 'rec9', owner: ['usr1'], followers: [], properties: { tier: 'silver', members: 7 } } },
    expected: { id: 'rec9', objectKey: OBJECT_KEY, owner: ['usr1'], followers: [], properties: { tier: 'silver', members: 7 }, new: true },
    bad: { input: { objectKey: OBJECT_KEY, searchValue: '7' }, error: /"Search Field" \(searchField\) is required/ },
  },
];
