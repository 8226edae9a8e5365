/** What the Contacts operations share: the contact's input fields, its request body and a sample. */
import type { OperationContext } from '../define';
import { compact, fields, postalAddressFields, type InputOf } from '../fields';
import { parseDate, toIsoWithOffset } from '../dates';
import { EVENT_ID_SAMPLE, listOf } from '../output';

export const contactFields = {
  firstName: fields.string('First Name', { helpText: 'Given name, e.g. Rosie.' }),
  lastName: fields.string('Last Name', { helpText: 'Family name, e.g. Knight.' }),
  name: fields.string('Full Name', { helpText: 'Use instead of first and last name when you only have one name.' }),
  email: fields.email('Email', { helpText: "The contact's email address, e.g. jane@example.com." }),
  phone: fields.phone('Phone', { helpText: 'With country code, e.g. +15551234567.' }),
  companyName: fields.string('Company Name', { helpText: 'The business the contact works for.' }),
  ...postalAddressFields('address1'),
  website: fields.url('Website'),
  timezone: fields.string('Time Zone', { helpText: 'IANA name, e.g. America/New_York.' }),
  dateOfBirth: fields.datetime('Date of Birth', { as: 'dateOnly' }),
  gender: fields.choice('Gender', { male: 'Male', female: 'Female' }, { helpText: "The contact's gender, if known." }),
  source: fields.string('Source', { helpText: 'Where the contact came from, e.g. "Zapier" or "Webinar".' }),
  dnd: fields.boolean('Do Not Disturb', { helpText: 'Yes stops all messages to this contact.' }),
  assignedTo: fields.user({ label: 'Assigned User' }),
  tags: fields.list('Tags', { helpText: 'One tag per line.' }),
  customFields: fields.dict('Custom Fields', {
    helpText: 'Custom field id or key (e.g. `contact.favorite_color`) on the left, value on the right.',
  }),
};

/**
 * The fields PUT /contacts/{contactId} takes: the create fields minus gender and company name,
 * which GHL's update body does not have. Tags there replace the contact's whole tag list.
 */
const updatable = Object.fromEntries(
  Object.entries(contactFields).filter(([key]) => !['gender', 'companyName', 'tags'].includes(key)),
) as Omit<typeof contactFields, 'gender' | 'companyName' | 'tags'>;
export const contactUpdateFields = {
  ...updatable,
  tags: fields.list('Replace All Tags With', {
    helpText:
      "One tag per line. Careful: these REPLACE all of the contact's current tags. Leave empty to keep the tags as they are; use Add Tags to Contact or Remove Tags from Contact to change single tags.",
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
  const body: Record<string, unknown> = { ...(withLocation && ctx ? { locationId: ctx.locationId() } : {}), ...compact(rest) };
  if (customFields) body.customFields = customFieldValues(customFields);
  return body;
};

/**
 * A new contact must be someone: without a name, email or phone GHL makes a blank record that
 * dropdowns show as a bare id. Refused before anything is sent, naming the fields.
 */
export const requirePerson = (input: ContactInput, ctx: OperationContext<unknown>, label: string) => {
  if (input.firstName || input.lastName || input.name || input.email || input.phone) return;
  throw new ctx.z.errors.Error(
    `${label}: give at least one of "First Name" (firstName), "Last Name" (lastName), "Full Name" (name), "Email" (email) or "Phone" (phone), so the contact is not created blank.`,
    'InvalidInput',
    400,
  );
};

/** A display name for a contact: GHL's contactName, else first and last name, else email or phone. */
export const withContactName = (contact: Record<string, unknown>) => {
  if (typeof contact.name === 'string' && contact.name.trim()) return contact;
  const parts = [contact.firstName, contact.lastName].filter((p) => typeof p === 'string' && p.trim());
  const name =
    (typeof contact.contactName === 'string' && contact.contactName.trim()) ||
    parts.join(' ') ||
    contact.email ||
    contact.phone ||
    contact.id;
  return { ...contact, name };
};

/**
 * GHL answers deletes and campaign changes with `{ succeded: true }` (sic, one "c"); this turns
 * that into an object a Zap can use. A missing flag on a 2xx counts as success.
 */
export const succeeded = (data: unknown) => (data as { succeded?: boolean } | undefined)?.succeded !== false;

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
  // Custom field values are declared per location as `customFieldsByName__<name>` outputs (custom-fields.ts);
  // GHL's raw `customFields` list comes along in real outputs.
};

/** A contact as the search and list endpoints return it, with the `name` the dropdown shows. */
export const contactListSample = { ...contactSample, name: 'Rosie Knight', businessId: '641c094001436dbc2081e642' };

// ---- Tasks -------------------------------------------------------------------------------------

export const taskField = (opts: { required?: boolean } = {}) =>
  fields.id('Task', {
    dynamic: 'contact_tasks.id.title',
    helpText: "Choose one of the contact's tasks, or map a task ID from an earlier step.",
    ...opts,
  });

export const taskSample = {
  id: 'lJpzYrWdpkC2hX6t2yue',
  title: 'Call back about the quote',
  body: 'Rosie asked for a call after 3 pm.',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  dueDate: '2026-03-05T15:00:00.000Z',
  completed: false,
  contactId: 'ocQHyuzHvysMo5N5VsXc',
};

// ---- Notes -------------------------------------------------------------------------------------

export const noteField = (opts: { required?: boolean } = {}) =>
  fields.id('Note', {
    dynamic: 'contact_notes.id.body',
    helpText: "Choose one of the contact's notes, or map a note ID from an earlier step.",
    ...opts,
  });

export const noteFields = {
  title: fields.string('Title', { helpText: 'A short heading for the note.' }),
  userId: fields.user({ label: 'Author', helpText: 'The user the note is written by.' }),
  color: fields.string('Color', { helpText: 'A hex color, e.g. #FFAA00.' }),
  pinned: fields.boolean('Pinned', { helpText: 'Yes keeps the note at the top of the contact.' }),
};

export const noteSample = {
  id: 'HGPcayliwcdoUFzvbTok',
  body: 'Prefers email over phone.',
  title: 'Follow-up summary',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
  color: '#FFAA00',
  pinned: false,
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  dateAdded: '2026-03-02T12:02:11.285Z',
};

// ---- Appointments ------------------------------------------------------------------------------

export const appointmentSample = {
  id: 'YS3jaqqeehkR2Is80miy',
  calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  title: 'Consultation with Rosie',
  status: 'booked',
  appointmentStatus: 'confirmed',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  notes: 'Bring the quote.',
  address: 'https://meet.example.com/rosie',
  startTime: '2026-03-10T11:00:00-05:00',
  endTime: '2026-03-10T11:30:00-05:00',
  dateAdded: '2026-03-02T09:00:00-05:00',
  dateUpdated: '2026-03-02T09:00:00-05:00',
};

/** The date fields of a contact's appointment list, which GHL sends as wall-clock times. */
const APPOINTMENT_DATES = ['startTime', 'endTime', 'dateAdded', 'dateUpdated'];
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/;

/**
 * GET /contacts/{contactId}/appointments gives times like "2026-03-10 11:00:00", with no offset.
 * UNVERIFIED: they are read as the location's wall-clock time (its time zone, from the location),
 * which is what GHL's calendars show. Without a time zone the values are left as GHL sent them.
 */
export const appointmentDatesToIso = (event: Record<string, unknown>, timeZone: string | undefined) => {
  if (!timeZone) return event;
  const out = { ...event };
  for (const key of APPOINTMENT_DATES) {
    const value = out[key];
    if (typeof value !== 'string' || !WALL_CLOCK.test(value.trim())) continue;
    const ms = parseDate(value, timeZone);
    if (ms !== undefined) out[key] = toIsoWithOffset(ms, timeZone);
  }
  return out;
};

// ---- Change triggers (polling and instant) -----------------------------------------------------

/** A contact as the contact triggers give it: with its display name, and its id as `contactId`. */
export const contactOutput = (contact: Record<string, unknown>) => ({ ...withContactName(contact), contactId: contact.id });

/** A task as the task triggers give it: its contact (when GHL's record lacks it) and its id as `taskId`. */
export const taskOutput = (task: Record<string, unknown>, contactId?: unknown) => ({ contactId, ...task, taskId: task.id });

/** A note as the instant note trigger gives it, with its id as `noteId`. */
export const noteOutput = (note: Record<string, unknown>, contactId?: unknown) => ({ contactId, ...note, noteId: note.id });

/** Samples of the instant contact, task and note triggers: the polling twins' with the event id. */
export const contactEventSample = { ...contactListSample, id: EVENT_ID_SAMPLE, contactId: contactListSample.id };
export const taskEventSample = { ...taskSample, id: EVENT_ID_SAMPLE, taskId: taskSample.id };
export const noteEventSample = { ...noteSample, id: EVENT_ID_SAMPLE, noteId: noteSample.id };

/** The filters of the instant task triggers (sent to the relay as `filters`). */
export const taskFilterFields = {
  contactId: fields.contact({ helpText: "Only this contact's tasks. Leave empty for every contact's tasks." }),
  assignedTo: fields.user({ label: 'Assigned User', helpText: 'Only tasks assigned to this user. Leave empty for any user.' }),
};

// ---- New Contact and Updated Contact -----------------------------------------------------------

/** The optional tag and assigned-user filters of the contact triggers, in GHL's search body. */
export const contactFilters = ({ tag, assignedTo }: { tag?: string; assignedTo?: string }) => {
  const filters = [
    ...(tag ? [{ field: 'tags', operator: 'eq', value: tag }] : []),
    ...(assignedTo ? [{ field: 'assignedTo', operator: 'eq', value: assignedTo }] : []),
  ];
  return filters.length ? { filters } : {};
};

/** The filters New Contact and Updated Contact offer. */
export const contactFilterFields = {
  tag: fields.string('Tag', { helpText: 'Only contacts with this tag.' }),
  assignedTo: fields.user({ label: 'Assigned User', helpText: 'Only contacts assigned to this user.' }),
};

/**
 * One request per poll: the 100 newest contacts by `sortField`, sorted by GHL. The search body is
 * not in GHL's spec (SearchBodyV2DTO is empty); it follows GHL's contact-search guide, as
 * search_contacts does. A search is a read although it is a POST: a server error is retried later.
 */
export const pollContacts = async (
  ctx: OperationContext<{ tag?: string; assignedTo?: string }>,
  sortField: 'dateAdded' | 'dateUpdated',
) => {
  const body = {
    locationId: ctx.locationId(),
    page: 1,
    pageLimit: 100,
    ...contactFilters(ctx.input),
    sort: [{ field: sortField, direction: 'desc' }],
  };
  const res = await ctx.request({ method: 'POST', path: '/contacts/search', body, ghl: { write: false } });
  return res.data;
};

/**
 * A contact's tasks or notes for an instant trigger's sample: the chosen contact's, as the polling
 * trigger reads them; without a contact, the most recently updated contact's (one more request).
 */
export const sampleContactRecords = async (ctx: OperationContext<{ contactId?: string }>, kind: 'tasks' | 'notes') => {
  let contactId = ctx.input.contactId;
  if (!contactId) {
    // The trigger's own filters (a task's assigned user) are not the contact search's.
    const data = await pollContacts({ ...ctx, input: {} }, 'dateUpdated');
    contactId = listOf(data, 'contacts').find((c) => typeof c.id === 'string')?.id as string | undefined;
    if (!contactId) return { contactId, records: [] };
  }
  const res = await ctx.request({ method: 'GET', path: `/contacts/${encodeURIComponent(contactId)}/${kind}` });
  return { contactId, records: listOf(res.data, kind) };
};
