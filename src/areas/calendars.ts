/**
 * What the Calendars & Appointments operations share: dropdown fields (calendar group, calendar,
 * resource type), the polling window of the event triggers, request bodies and samples.
 * Every calendars endpoint takes `Version: 2021-04-15`; the request layer derives it from the path.
 */
import { z as zod } from 'zod';
import type { OperationContext } from '../define';
import { isoAtOffset } from '../dates';
import { compact, fields, type FieldDef, type FieldOptions } from '../fields';
import { EVENT_ID_SAMPLE, listOf } from '../output';

const DAY_MS = 24 * 60 * 60 * 1000;

type IdFieldOpts = FieldOptions & { label?: string; dynamic?: string };

/** A calendar group, picked from List Calendar Groups. */
export const calendarGroupField = (opts: IdFieldOpts = {}) =>
  fields.id(opts.label ?? 'Calendar Group', {
    dynamic: 'list_calendar_groups.id.name',
    helpText: 'Choose a calendar group, or map a group ID from an earlier step.',
    ...opts,
  });

/**
 * A calendar, picked from List Calendars. When the step also has a `groupId` field, the dropdown
 * only lists that group's calendars (List Calendars reads `groupId` from the step's input).
 */
export const calendarField = (opts: IdFieldOpts = {}) =>
  fields.id(opts.label ?? 'Calendar', {
    dynamic: 'list_calendars.id.name',
    helpText: 'Choose a calendar, or map a calendar ID from an earlier step.',
    ...opts,
  });

/**
 * The calendar an event dropdown lists appointments or blocked slots of (`eventCalendarId`). It
 * only fills the dropdown below it: no request sends it.
 */
export const eventCalendarField = (what: 'appointments' | 'blocked slots' = 'appointments') =>
  calendarField({
    label: what === 'appointments' ? "Appointment's Calendar" : "Blocked Slot's Calendar",
    altersDynamicFields: true,
    helpText: `Choose a calendar to list its ${what} in the dropdown below. Only used for that list.`,
  });

/** The window the event dropdowns list: 60 days back to 120 days ahead (epoch ms, as GHL takes it). */
export const choiceWindow = (now = Date.now()) => ({ startTime: String(now - 60 * DAY_MS), endTime: String(now + 120 * DAY_MS) });

/** An appointment (calendar event), picked from the appointments of the calendar chosen above it. */
export const appointmentIdField = (opts: IdFieldOpts = {}) =>
  fields.id(opts.label ?? 'Appointment', {
    dynamic: 'list_calendar_appointments.id.label',
    dependsOn: ['eventCalendarId'],
    helpText:
      "Choose one of the calendar's appointments (60 days back to 120 ahead), or map an appointment ID from an earlier step, e.g. New Calendar Event or Create Appointment.",
    ...opts,
  });

/** "Intro Call with Rosie Knight · 2026-03-02 10:00": how an event dropdown names an event. */
export const eventLabel = (e: { title?: string; startTime?: string }) =>
  `${e.title || 'Untitled'} · ${String(e.startTime ?? '')
    .slice(0, 16)
    .replace('T', ' ')}`;

const RESOURCE_TYPES: Record<string, string> = { equipments: 'Equipment', rooms: 'Rooms' };

/**
 * Equipment or rooms. Shown as a fixed dropdown; labels and singular forms ("Room") are read as
 * their value. Any other value is sent as given (encoded) and GHL answers with its own error.
 */
export const resourceTypeField = (opts: FieldOptions = {}): FieldDef<string> => {
  const base = fields.id('Resource Type', { helpText: 'Equipment or Rooms.', ...opts });
  const normalise = (v: unknown) => {
    if (typeof v !== 'string') return v;
    const t = v.trim().toLowerCase();
    if (t === 'equipment' || t === 'equipments') return 'equipments';
    if (t === 'room' || t === 'rooms') return 'rooms';
    return v;
  };
  return {
    props: { ...base.props, choices: RESOURCE_TYPES },
    schema: (ctx) => zod.preprocess(normalise, base.schema(ctx)),
  } as FieldDef<string>;
};

export const APPOINTMENT_STATUSES = {
  new: 'New',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  showed: 'Showed',
  noshow: 'No Show',
  invalid: 'Invalid',
};

export const appointmentStatusField = (opts: FieldOptions = {}) =>
  fields.choice('Appointment Status', APPOINTMENT_STATUSES, { helpText: 'The status the appointment gets, e.g. Confirmed.', ...opts });

export const meetingLocationTypeField = (opts: FieldOptions = {}) =>
  fields.choice(
    'Meeting Location Type',
    {
      custom: 'Custom',
      zoom: 'Zoom',
      gmeet: 'Google Meet',
      phone: 'Phone',
      address: 'Address',
      ms_teams: 'Microsoft Teams',
      google: 'Google',
    },
    { helpText: 'Where the meeting happens; give the link, phone or address under Meeting Location.', ...opts },
  );

/**
 * A required date and time. Works around fields.datetime, which reports a missing required value
 * as "could not be read as a date" instead of "is required".
 */
export const requiredDatetime = (label: string, opts: FieldOptions & { as: 'iso' | 'epochMs' }): FieldDef<string | number> => {
  const base = fields.datetime(label, { ...opts, required: true });
  return {
    props: base.props,
    schema: (ctx) =>
      zod
        .unknown()
        .superRefine((v, c) => {
          if (v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))
            c.addIssue({ code: 'invalid_type', expected: 'string', received: 'undefined' });
        })
        .pipe(base.schema(ctx)),
  } as FieldDef<string | number>;
};

/**
 * The window a calendar trigger polls: from a day ago to `days` ahead (30 for events and blocked
 * slots, 60 for the appointment triggers), as epoch-millisecond strings. GHL's events endpoints
 * take `startTime`/`endTime` in millis, do not page and have no "changed since": the window is
 * their only limit.
 */
export const pollWindow = (days = 30, now = Date.now()) => ({ startTime: String(now - DAY_MS), endTime: String(now + days * DAY_MS) });

/** Filter fields of the events and blocked-slots triggers: GHL needs at least one of them. */
export const eventOwnerFields = {
  calendarId: calendarField({
    helpText: 'Events of this calendar. Give a calendar, a user or a group. Each check sees events from yesterday to 30 days ahead.',
  }),
  userId: fields.user({ helpText: 'Events assigned to this user. Give a calendar, a user or a group.' }),
  groupId: calendarGroupField({ helpText: 'Events of every calendar in this group. Give a calendar, a user or a group.' }),
};

/**
 * GHL documents calendarId, userId and groupId as optional each, yet refuses the request when all
 * three are missing; we ask for one before sending anything.
 */
export const eventOwnerQuery = (
  input: { calendarId?: string; userId?: string; groupId?: string },
  ctx: OperationContext<unknown>,
  label: string,
  days = 30,
) => {
  if (!input.calendarId && !input.userId && !input.groupId) {
    throw new ctx.z.errors.Error(
      `${label}: give at least one of "Calendar" (calendarId), "User" (userId) or "Calendar Group" (groupId).`,
      'InvalidInput',
      400,
    );
  }
  return {
    locationId: ctx.locationId(),
    ...pollWindow(days),
    calendarId: input.calendarId,
    userId: input.userId,
    groupId: input.groupId,
  };
};

// ---------------------------------------------------------------------------------------------
// Calendars

export const calendarTypeField = (opts: FieldOptions = {}) =>
  fields.choice(
    'Calendar Type',
    {
      event: 'Event',
      round_robin: 'Round Robin',
      class_booking: 'Class Booking',
      collective: 'Collective',
      service_booking: 'Service Booking',
      personal: 'Personal',
    },
    opts,
  );

const unitChoices = { mins: 'Minutes', hours: 'Hours' };

/** The calendar settings a Zap is likely to set; the rest stay as GHL defaults them. The type is set on create only. */
export const calendarFields = {
  name: fields.string('Name', { helpText: 'The calendar name shown on the booking page, e.g. Intro Call.' }),
  description: fields.text('Description', { helpText: 'Shown to people booking on this calendar.' }),
  groupId: calendarGroupField({ helpText: 'The group the calendar belongs to.' }),
  slug: fields.string('Slug', { helpText: 'URL part of the booking page, e.g. `intro-call`.' }),
  widgetSlug: fields.string('Widget Slug', { helpText: 'URL part of the booking widget.' }),
  eventTitle: fields.string('Event Title', { helpText: 'Title of booked appointments; may use merge fields like {{contact.name}}.' }),
  eventColor: fields.string('Event Color', { helpText: 'Hex color, e.g. #039be5.' }),
  teamMembers: fields.users({
    label: 'Team Members',
    helpText: 'Users who take appointments on this calendar. On an update, this replaces the whole list.',
  }),
  slotDuration: fields.number('Slot Duration', { integer: true, min: 1, helpText: 'Length of an appointment, in the unit below.' }),
  slotDurationUnit: fields.choice('Slot Duration Unit', unitChoices, { helpText: 'Minutes or hours. Default: minutes.' }),
  slotInterval: fields.number('Slot Interval', { integer: true, min: 1, helpText: 'How often a slot starts, in the unit below.' }),
  slotIntervalUnit: fields.choice('Slot Interval Unit', unitChoices, { helpText: 'Minutes or hours. Default: minutes.' }),
  slotBuffer: fields.number('Buffer After Appointment', {
    integer: true,
    min: 0,
    helpText: 'Free time kept after each appointment, in the unit below.',
  }),
  slotBufferUnit: fields.choice('Buffer Unit', unitChoices, { helpText: 'Minutes or hours. Default: minutes.' }),
  appoinmentPerSlot: fields.number('Appointments per Slot', {
    integer: true,
    min: 1,
    helpText: 'How many people can book the same slot. Default: 1.',
  }),
  appoinmentPerDay: fields.number('Appointments per Day', {
    integer: true,
    min: 1,
    helpText: 'The most bookings a day; leave empty for no limit.',
  }),
  autoConfirm: fields.boolean('Auto Confirm', { helpText: 'Yes marks new bookings as confirmed.' }),
  allowReschedule: fields.boolean('Allow Reschedule', { helpText: 'Yes lets people move their booking themselves.' }),
  allowCancellation: fields.boolean('Allow Cancellation', { helpText: 'Yes lets people cancel their booking themselves.' }),
  isActive: fields.boolean('Active', { helpText: 'No hides the calendar from booking.' }),
};

type CalendarInput = { [K in keyof typeof calendarFields | 'calendarType']?: unknown };

export const calendarBody = (input: CalendarInput) => {
  const { teamMembers, ...rest } = input;
  return compact({
    ...rest,
    teamMembers: Array.isArray(teamMembers) ? teamMembers.map((userId) => ({ userId })) : undefined,
  });
};

export const calendarSample = {
  id: '0TkCdp9PfvLeWKYRRvIz',
  locationId: 've9EPM428h8vShlRW1KT',
  groupId: 'BqTwX8QFwXzpegMve9EQ',
  name: 'Intro Call',
  description: 'A 30 minute call to get to know you.',
  slug: 'intro-call',
  widgetSlug: 'intro-call',
  calendarType: 'round_robin',
  widgetType: 'classic',
  eventTitle: '{{contact.name}} - Intro Call',
  eventColor: '#039be5',
  slotDuration: 30,
  slotDurationUnit: 'mins',
  slotInterval: 30,
  slotIntervalUnit: 'mins',
  autoConfirm: true,
  allowReschedule: true,
  allowCancellation: true,
  isActive: true,
  teamMembers: [{ userId: 'y0BeYjuRIlDwsDcOHOJo', priority: 0.5, isPrimary: true }],
};

export const groupSample = {
  id: 'BqTwX8QFwXzpegMve9EQ',
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'Sales Team',
  description: 'Calendars of the sales team.',
  slug: 'sales-team',
  isActive: true,
};

// ---------------------------------------------------------------------------------------------
// Appointments and events

export const eventSample = {
  id: 'ocWd2wuBGAQzh2cH1fSZ',
  title: 'Intro Call with Rosie Knight',
  calendarId: '0TkCdp9PfvLeWKYRRvIz',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  groupId: 'BqTwX8QFwXzpegMve9EQ',
  appointmentStatus: 'confirmed',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  users: ['y0BeYjuRIlDwsDcOHOJo'],
  address: 'https://meet.google.com/yqp-gogr-wve',
  notes: 'Wants to talk about whitening.',
  isRecurring: false,
  startTime: '2026-03-02T10:00:00-05:00',
  endTime: '2026-03-02T10:30:00-05:00',
  dateAdded: '2026-03-01T14:30:00-05:00',
  dateUpdated: '2026-03-01T14:30:00-05:00',
};

export const appointmentSample = {
  id: 'ocWd2wuBGAQzh2cH1fSZ',
  calendarId: '0TkCdp9PfvLeWKYRRvIz',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  startTime: '2026-03-02T10:00:00-05:00',
  endTime: '2026-03-02T10:30:00-05:00',
  title: 'Intro Call with Rosie Knight',
  meetingLocationType: 'custom',
  appointmentStatus: 'confirmed',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  address: 'https://meet.google.com/yqp-gogr-wve',
  isRecurring: false,
};

export const appointmentFields = {
  title: fields.string('Title', { helpText: 'The appointment title shown in the calendar, e.g. Consultation with Rosie.' }),
  appointmentStatus: appointmentStatusField(),
  assignedUserId: fields.user({ label: 'Assigned User', helpText: 'The team member who takes the appointment.' }),
  address: fields.string('Address / Meeting Link', { helpText: 'Where the appointment takes place: an address or a meeting URL.' }),
  meetingLocationType: meetingLocationTypeField(),
  description: fields.text('Description', { helpText: 'Notes about the appointment, shown on it in the calendar.' }),
  ignoreDateRange: fields.boolean('Ignore Date Range', {
    helpText: "Yes books even outside the calendar's booking window (minimum notice, date range).",
  }),
  ignoreFreeSlotValidation: fields.boolean('Ignore Free Slot Check', { helpText: 'Yes books even if the slot is not free.' }),
  toNotify: fields.boolean('Send Notifications', { helpText: "Yes runs the calendar's notifications and automations for this booking." }),
};

export const blockSlotSample = {
  id: 'kd8Hq2NwP0xYzT1aBcDe',
  locationId: 've9EPM428h8vShlRW1KT',
  title: 'Lunch break',
  startTime: '2026-03-02T12:00:00-05:00',
  endTime: '2026-03-02T13:00:00-05:00',
  calendarId: '0TkCdp9PfvLeWKYRRvIz',
};

/**
 * Block slots: GHL's schema marks calendarId required, but its own field notes say a slot is
 * either for a calendar or for a user (assignedUserId), never both. We ask for exactly one.
 */
export const blockSlotOwner = (input: { calendarId?: string; assignedUserId?: string }, ctx: OperationContext<unknown>, label: string) => {
  if (Boolean(input.calendarId) === Boolean(input.assignedUserId)) {
    throw new ctx.z.errors.Error(
      `${label}: give either "Calendar" (calendarId) or "User" (assignedUserId), not both and not neither.`,
      'InvalidInput',
      400,
    );
  }
  return { calendarId: input.calendarId, assignedUserId: input.assignedUserId };
};

export const blockSlotFields = {
  calendarId: calendarField({ helpText: 'Block time on this calendar. Give a calendar or a user, not both.' }),
  assignedUserId: fields.user({ helpText: "Block time in this user's availability. Give a calendar or a user, not both." }),
  title: fields.string('Title', { helpText: 'E.g. "Lunch break".' }),
  startTime: fields.datetime('Start Time', { as: 'iso' }),
  endTime: fields.datetime('End Time', { as: 'iso' }),
};

// ---------------------------------------------------------------------------------------------
// Notes

export const noteSample = {
  id: 'HGPcayliwcdoUFzvbTok',
  body: 'Bring X-rays from the previous dentist.',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  dateAdded: '2026-03-01T15:02:11.285Z',
  createdBy: { id: 'y0BeYjuRIlDwsDcOHOJo', name: 'Jane Doe' },
};

export const noteFields = {
  body: fields.text('Note', { required: true, helpText: 'The text of the note.' }),
  userId: fields.user({ label: 'Written By', helpText: 'The user the note is attributed to.' }),
};

// ---------------------------------------------------------------------------------------------
// Notifications

export const notificationSample = {
  _id: 'n7Yc2QmWk9PzX4bRtLs1',
  id: 'n7Yc2QmWk9PzX4bRtLs1',
  receiverType: 'contact',
  channel: 'email',
  notificationType: 'reminder',
  isActive: true,
  deleted: false,
  subject: 'Your appointment is tomorrow',
  body: 'See you tomorrow at {{appointment.start_time}}.',
  templateId: '',
  additionalEmailIds: ['office@example.com'],
  selectedUsers: ['y0BeYjuRIlDwsDcOHOJo'],
  beforeTime: [{ timeOffset: 1, unit: 'days' }],
};

const scheduleUnits = { minutes: 'Minutes', hours: 'Hours', days: 'Days' };

export const receiverTypeField = (opts: FieldOptions = {}) =>
  fields.choice(
    'Send To',
    {
      contact: 'Contact',
      guest: 'Guest',
      assignedUser: 'Assigned User',
      emails: 'Extra Email Addresses',
      phoneNumbers: 'Extra Phone Numbers',
      business: 'Business',
    },
    { helpText: 'Who receives the notification.', ...opts },
  );

export const channelField = (opts: FieldOptions = {}) =>
  fields.choice(
    'Channel',
    { email: 'Email', inApp: 'In-App', sms: 'SMS', whatsapp: 'WhatsApp' },
    { helpText: 'How the notification is sent.', ...opts },
  );

export const notificationTypeField = (opts: FieldOptions = {}) =>
  fields.choice(
    'Notification Type',
    {
      booked: 'Booked',
      confirmation: 'Confirmation',
      cancellation: 'Cancellation',
      reminder: 'Reminder',
      followup: 'Follow-up',
      reschedule: 'Reschedule',
    },
    { helpText: 'The appointment event that sends it, e.g. Reminder before the appointment.', ...opts },
  );

/** Notification settings, all optional (create makes the first three required). */
/** The calendar and one of its notifications: the ids every single-notification step asks for. */
export const notificationIdFields = (helpText = "One of the calendar's notifications.") => ({
  calendarId: calendarField({ required: true }),
  notificationId: fields.id('Notification', { required: true, dynamic: 'list_calendar_notifications.id.notificationType', helpText }),
});

export const notificationFields = {
  receiverType: receiverTypeField(),
  channel: channelField(),
  notificationType: notificationTypeField(),
  isActive: fields.boolean('Active', { helpText: 'No keeps the notification set up but stops sending it.' }),
  subject: fields.string('Subject', { helpText: 'Email subject; not used for in-app notifications.' }),
  body: fields.text('Message', { helpText: 'Email or SMS text; not used for in-app notifications.' }),
  templateId: fields.string('Email Template', {
    helpText:
      "The ID of one of the location's email templates, found in the template's URL (Marketing > Emails > Templates). Leave empty to use Subject and Message.",
  }),
  timeOffset: fields.number('Send Time Offset', {
    integer: true,
    min: 0,
    helpText: 'For reminders: how long before the appointment. For follow-ups: how long after. Set the unit below.',
  }),
  timeOffsetUnit: fields.choice('Send Time Offset Unit', scheduleUnits, { helpText: 'Default: hours.' }),
  additionalEmailIds: fields.list('Extra Email Addresses', { helpText: 'One per line; used when "Send To" is Extra Email Addresses.' }),
  additionalPhoneNumbers: fields.list('Extra Phone Numbers', { helpText: 'One per line, with country code.' }),
  selectedUsers: fields.users({ label: 'Users to Notify', helpText: 'For in-app and business email notifications.' }),
  fromAddress: fields.email('From Email'),
  fromName: fields.string('From Name', { helpText: 'The sender name the recipient sees, e.g. Knight Dental.' }),
  fromNumber: fields.phone('From Phone Number'),
};

type NotificationInput = { [K in keyof typeof notificationFields]?: unknown };

export const notificationBody = (input: NotificationInput) => {
  const { timeOffset, timeOffsetUnit, ...rest } = input;
  const schedule = timeOffset === undefined ? undefined : [{ timeOffset, unit: timeOffsetUnit ?? 'hours' }];
  return compact({
    ...rest,
    beforeTime: input.notificationType === 'followup' ? undefined : schedule,
    afterTime: input.notificationType === 'followup' ? schedule : undefined,
  });
};

// ---------------------------------------------------------------------------------------------
// Resources (equipment and rooms)

export const resourceSample = {
  id: 'r5Tq8LmN2xWcV7bKjH3p',
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'Treatment Room 1',
  resourceType: 'rooms',
  isActive: true,
  description: 'Ground floor, next to reception.',
  quantity: 1,
  outOfService: 0,
  capacity: 2,
  calendarIds: ['0TkCdp9PfvLeWKYRRvIz'],
};

/** The resource type and one resource of it: the ids every single-resource step asks for. */
export const resourceIdFields = (helpText = 'A room or equipment of the chosen type.') => ({
  resourceType: resourceTypeField({ required: true }),
  id: fields.id('Resource', { required: true, dynamic: 'list_calendar_resources.id.name', helpText }),
});

export const resourceFields = {
  name: fields.string('Name', { helpText: 'The room or equipment name, e.g. Room 1.' }),
  description: fields.text('Description', { helpText: 'What the room or equipment is, shown to your team.' }),
  quantity: fields.number('Quantity', { integer: true, min: 0, helpText: 'Equipment only: how many you have.' }),
  outOfService: fields.number('Out of Service', { integer: true, min: 0, helpText: 'Equipment only: how many cannot be used.' }),
  capacity: fields.number('Capacity', { integer: true, min: 0, helpText: 'Rooms only: how many people fit.' }),
  calendarIds: fields.ids('Service Calendars', {
    dynamic: 'list_calendars.id.name',
    helpText: 'Service calendars that use this resource. Equipment can belong to one service calendar; a room to several.',
  }),
};

// ---------------------------------------------------------------------------------------------
// Free slots

export const freeSlotSample = {
  id: '2026-03-02T10:00:00-05:00',
  date: '2026-03-02',
  start: '2026-03-02T10:00:00-05:00',
  end: '2026-03-02T10:30:00-05:00',
  startTime: '2026-03-02T10:00:00-05:00',
};

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

/** `ms` written like `like` (same offset): 2026-03-02T10:30:00-05:00. */
const sameOffset = (ms: number, like: string): string => {
  const m = OFFSET.exec(like);
  if (!m || m[1] === 'Z') return new Date(ms).toISOString().replace('.000Z', 'Z');
  const digits = m[1].replace(/[+:-]/g, '');
  return isoAtOffset(ms, (m[1].startsWith('-') ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))));
};

/**
 * GHL answers free slots as a map keyed by date ({"2026-03-02": {slots: [...]}, traceId}); a
 * search returns one flat list sorted by start, so the first result is the earliest free slot.
 */
export const flattenSlots = (data: unknown, slotMinutes?: number) => {
  if (!data || typeof data !== 'object') return [];
  const out: Array<Record<string, unknown>> = [];
  for (const [date, value] of Object.entries(data as Record<string, unknown>)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue; // traceId and other non-date keys
    const slots = (value as { slots?: unknown })?.slots;
    if (!Array.isArray(slots)) continue;
    for (const slot of slots) {
      const start = String(slot);
      const ms = Date.parse(start);
      const item: Record<string, unknown> = { id: start, date, start };
      if (!Number.isNaN(ms)) {
        // ISO 8601 with the slot's own offset (it was epoch milliseconds); `start` is GHL's text.
        item.startTime = sameOffset(ms, start);
        if (slotMinutes) item.end = sameOffset(ms + slotMinutes * 60000, start);
      }
      out.push(item);
    }
  }
  const time = (x: Record<string, unknown>) => (typeof x.startTime === 'string' ? Date.parse(x.startTime) : Number.MAX_SAFE_INTEGER);
  return out.sort((a, b) => time(a) - time(b));
};

// ---------------------------------------------------------------------------------------------
// The appointment triggers: their window, what they watch, their sample

/** How far ahead the appointment triggers look. */
export const APPOINTMENT_DAYS = 60;

/** Which calendars an appointment trigger watches: GHL needs a calendar, a user or a group. */
export const appointmentScopeFields = {
  calendarId: calendarField({
    helpText:
      'The calendar to watch. Give a calendar, a user or a calendar group. Each check sees appointments from yesterday to 60 days ahead; one booked further out triggers once it falls within 60 days.',
  }),
  userId: fields.user({ label: 'User', helpText: "Watch this user's appointments instead of one calendar." }),
  groupId: calendarGroupField({ helpText: 'Watch all calendars of this group instead of one calendar.' }),
};

export const appointmentEventSample = {
  id: 'YS3jaqqeehkR2Is80miy',
  title: 'Consultation with Rosie',
  calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  groupId: 'BqTwX8QFwXzpegMve9EQ',
  appointmentStatus: 'confirmed',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  users: ['y0BeYjuRIlDwsDcOHOJo'],
  notes: 'Bring the quote.',
  address: 'https://meet.example.com/rosie',
  startTime: '2026-03-10T11:00:00-06:00',
  endTime: '2026-03-10T11:30:00-06:00',
  dateAdded: '2026-03-01T09:00:00-06:00',
  dateUpdated: '2026-03-01T09:00:00-06:00',
};

/** An appointment as the appointment triggers give it: its id also as `appointmentId`. */
export const appointmentOutput = (event: Record<string, unknown>) => ({ ...event, appointmentId: event.id });

// ---- Instant appointment triggers ---------------------------------------------------------------

/**
 * The appointments an instant appointment trigger samples: the chosen calendar's, as New
 * Appointment polls them; without a calendar, the first calendar of the location (one more request).
 */
export const sampleAppointments = async (ctx: OperationContext<{ calendarId?: string }>, label: string) => {
  let calendarId = ctx.input.calendarId;
  if (!calendarId) {
    const res = await ctx.request({ method: 'GET', path: '/calendars/', query: { locationId: ctx.locationId() } });
    calendarId = listOf(res.data, 'calendars').find((c) => typeof c.id === 'string')?.id as string | undefined;
    if (!calendarId) return { events: [] };
  }
  const res = await ctx.request({
    method: 'GET',
    path: '/calendars/events',
    query: eventOwnerQuery({ calendarId }, ctx, label, APPOINTMENT_DAYS),
  });
  return res.data;
};

/** The filter of the instant appointment triggers. */
export const appointmentCalendarFilter = {
  calendarId: calendarField({ helpText: 'Only appointments of this calendar. Leave empty for every calendar of the location.' }),
};

export const appointmentInstantSample = { ...appointmentEventSample, id: EVENT_ID_SAMPLE, appointmentId: appointmentEventSample.id };
