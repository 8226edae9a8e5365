/** What the Contacts operations share: the contact's input fields, its request body and a sample. */
import type { OperationContext } from '../define';
import { fields, type InputOf } from '../fields';

export const contactFields = {
  firstName: fields.string('First Name'),
  lastName: fields.string('Last Name'),
  name: fields.string('Full Name', { helpText: 'Use instead of first and last name when you only have one name.' }),
  email: fields.email('Email'),
  phone: fields.phone('Phone', { helpText: 'With country code, e.g. +15551234567.' }),
  companyName: fields.string('Company Name'),
  address1: fields.string('Street Address'),
  city: fields.string('City'),
  state: fields.string('State / Region'),
  postalCode: fields.string('Postal Code'),
  country: fields.string('Country', { helpText: 'Two-letter country code, e.g. US or GB.' }),
  website: fields.url('Website'),
  timezone: fields.string('Time Zone', { helpText: 'IANA name, e.g. America/New_York.' }),
  dateOfBirth: fields.datetime('Date of Birth', { as: 'dateOnly' }),
  gender: fields.choice('Gender', { male: 'Male', female: 'Female' }),
  source: fields.string('Source', { helpText: 'Where the contact came from, e.g. "Zapier" or "Webinar".' }),
  dnd: fields.boolean('Do Not Disturb', { helpText: 'Yes stops all messages to this contact.' }),
  assignedTo: fields.user({ label: 'Assigned User' }),
  tags: fields.list('Tags', { helpText: 'One tag per line.' }),
  customFields: fields.dict('Custom Fields', {
    helpText: 'Custom field id or key (e.g. `contact.favorite_color`) on the left, value on the right.',
  }),
};

type ContactInput = Partial<InputOf<typeof contactFields>>;

/** GHL custom field values: `{id, field_value}` for a field id (12–32 letters and digits), else `{key, field_value}`. */
export const customFieldValues = (values?: Record<string, unknown>) =>
  values
    ? Object.entries(values).map(([ref, value]) =>
        /^[A-Za-z0-9]{12,32}$/.test(ref)
          ? { id: ref, field_value: value }
          : { key: ref.replace(/^\{\{\s*|\s*\}\}$/g, ''), field_value: value },
      )
    : undefined;

/** The JSON body of create, update and upsert; unset fields are left out, so nothing is blanked. */
export const contactBody = (input: ContactInput, ctx?: OperationContext<unknown>, withLocation = true) => {
  const { customFields, ...rest } = input;
  const body: Record<string, unknown> = withLocation && ctx ? { locationId: ctx.locationId() } : {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) body[k] = v;
  if (customFields) body.customFields = customFieldValues(customFields);
  return body;
};

export const contactSample = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  locationId: 've9EPM428h8vShlRW1KT',
  contactName: 'Rosie Knight',
  firstName: 'Rosie',
  lastName: 'Knight',
  email: 'rosie@example.com',
  phone: '+14155550123',
  companyName: 'Knight Dental',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  website: 'https://knightdental.example.com',
  timezone: 'America/Chicago',
  source: 'Webinar',
  type: 'lead',
  dnd: false,
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  tags: ['vip', 'webinar'],
  dateAdded: '2026-03-01T14:30:00.000Z',
  dateUpdated: '2026-03-02T09:10:00.000Z',
  customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', value: 'Blue' }],
};
