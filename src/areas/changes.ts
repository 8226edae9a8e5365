/**
 * What the change triggers (new / updated / status changed), Send Message and API Request share:
 * change ids, the appointment time window, calendar dropdowns, message channels, file and email
 * list fields, and samples.
 *
 * A change trigger returns each record with an `id` Zapier dedupes on. For "something changed"
 * triggers that id combines the record id with the changed value (status, stage, update time), so
 * the same record fires again after each change and never twice for the same change. The record
 * id itself stays in the output under its own name (contactId, opportunityId, ...).
 */
import { z as zod } from 'zod';
import type { FieldDef } from '../fields';
import { fields } from '../fields';
import type { OperationContext } from '../define';
import { calendarField, calendarGroupField } from './calendars';
import { EVENT_ID_SAMPLE } from '../output';

/** Joins a record id and the values that make one change distinct; empty parts are left out. */
export const changeId = (...parts: unknown[]): string =>
  parts
    .filter((p) => p !== undefined && p !== null && p !== '')
    .map(String)
    .join(':');

/** Leaves out the keys whose value is undefined. */
export const definedOnly = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''));

/** The records under `key` of an answer, as objects. */
export const listOf = (data: unknown, key: string): Record<string, unknown>[] => {
  const list = (data as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(list) ? list.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : [];
};

// ---- Appointments ------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The window the appointment triggers read: from one day ago to 60 days ahead, in epoch ms (GET
 * /calendars/events has no paging and no "changed since"; the window is its only limit).
 */
export const EVENT_WINDOW = { pastMs: DAY_MS, futureMs: 60 * DAY_MS };
export const eventWindow = (now = Date.now()) => ({
  startTime: String(now - EVENT_WINDOW.pastMs),
  endTime: String(now + EVENT_WINDOW.futureMs),
});

/** Which calendars an appointment trigger watches: GHL needs a calendar, a user or a group. */
export const appointmentScopeFields = {
  calendarId: calendarField({
    helpText:
      'The calendar to watch. Give a calendar, a user or a calendar group. Each check sees appointments from yesterday to 60 days ahead; one booked further out triggers once it falls within 60 days.',
  }),
  userId: fields.user({ label: 'User', helpText: "Watch this user's appointments instead of one calendar." }),
  groupId: calendarGroupField({ helpText: 'Watch all calendars of this group instead of one calendar.' }),
};

export const APPOINTMENT_STATUSES = {
  new: 'New',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  showed: 'Showed',
  noshow: 'No Show',
  invalid: 'Invalid',
};

/** An appointment as the appointment triggers give it: its id also as `appointmentId`. */
export const appointmentOutput = (event: Record<string, unknown>) => ({ ...event, appointmentId: event.id });

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

// ---- Conversations and messages ----------------------------------------------------------------

/** Channel choices for the inbound-message trigger → GHL's lastMessageType values. */
export const INBOUND_CHANNELS = {
  SMS: 'TYPE_SMS',
  Email: 'TYPE_EMAIL',
  WhatsApp: 'TYPE_WHATSAPP',
  GMB: 'TYPE_GMB',
  IG: 'TYPE_INSTAGRAM',
  FB: 'TYPE_FACEBOOK',
  Live_Chat: 'TYPE_LIVE_CHAT',
  Call: 'TYPE_CALL',
} as const;

/** The same channels as message webhooks name them (`messageType`, GHL's InboundMessage page). */
export const WEBHOOK_CHANNELS: Record<keyof typeof INBOUND_CHANNELS, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp', // not in GHL's channel table; as GHL writes it in its message types
  GMB: 'GMB',
  IG: 'IG',
  FB: 'FB',
  Live_Chat: 'Live Chat',
  Call: 'CALL',
};

export const CHANNEL_LABELS: Record<keyof typeof INBOUND_CHANNELS, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  GMB: 'Google Business Profile',
  IG: 'Instagram',
  FB: 'Facebook Messenger',
  Live_Chat: 'Live Chat',
  Call: 'Call',
};

/** Message types POST /conversations/messages takes (see send_message for GMB). */
export const MESSAGE_TYPES = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  GMB: 'Google Business Profile',
  IG: 'Instagram',
  FB: 'Facebook Messenger',
  Custom: 'Custom provider',
  Live_Chat: 'Live Chat',
};

export const inboundConversationSample = {
  id: 'tDtDnQdgm2LXpyiqYvZ6:1772366400000',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  locationId: 've9EPM428h8vShlRW1KT',
  lastMessageBody: 'Can we move my appointment to Friday?',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate: '2026-03-01T12:00:00+00:00',
  type: 'TYPE_PHONE',
  unreadCount: 1,
  fullName: 'Rosie Knight',
  contactName: 'Rosie Knight',
  email: 'rosie@example.com',
  phone: '+14155550123',
};

/**
 * GET /conversations/search for the message triggers: conversations whose latest message went in
 * `direction`, optionally of one channel and contact, latest first.
 */
export const lastMessageQuery = (
  direction: 'inbound' | 'outbound',
  { channel, contactId }: { channel?: keyof typeof INBOUND_CHANNELS; contactId?: string },
  ctx: { locationId: () => string },
) => ({
  locationId: ctx.locationId(),
  contactId,
  lastMessageDirection: direction,
  lastMessageType: channel ? INBOUND_CHANNELS[channel] : undefined,
  sortBy: 'last_message_date',
  sort: 'desc',
  limit: 100,
});

export const sentMessageSample = {
  id: 't22c6DQcTDf3MjRhwf77',
  messageId: 't22c6DQcTDf3MjRhwf77',
  conversationId: 'ABC12h2F6uBrIkfXYazb',
  emailMessageId: 'rnGyqh2F6uBrIkfhFo9A',
  msg: 'Message queued successfully.',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  type: 'Email',
};

/**
 * A Zapier file field (list). Zapier hands files to a create as URLs (its own short-lived file
 * URLs, or whatever URL the user mapped); they must be http(s) URLs GHL can fetch.
 */
export const fileListField = (label: string, opts: { helpText?: string } = {}): FieldDef<string[]> => ({
  props: { label, type: 'file', list: true, required: false, ...(opts.helpText ? { helpText: opts.helpText } : {}) },
  schema: () =>
    zod.preprocess(
      (v) => {
        const items = (Array.isArray(v) ? v : v === undefined || v === null ? [] : String(v).split(/[\n,]/))
          .map((s) => (typeof s === 'string' ? s.trim() : s))
          .filter((s) => s !== '' && s !== undefined && s !== null);
        return items.length ? items : undefined;
      },
      zod
        .array(
          zod
            .string({ invalid_type_error: 'must be file URLs' })
            .url('must be file URLs, like https://example.com/quote.pdf')
            .refine((s) => /^https?:\/\//i.test(s), 'must be http(s) URLs'),
        )
        .optional(),
    ),
});

/** Several email addresses, one per line or comma-separated. */
export const emailListField = (label: string, opts: { helpText?: string } = {}): FieldDef<string[]> => ({
  props: { label, type: 'string', list: true, required: false, ...(opts.helpText ? { helpText: opts.helpText } : {}) },
  schema: () =>
    zod.preprocess(
      (v) => {
        const items = (Array.isArray(v) ? v : v === undefined || v === null ? [] : String(v).split(/[\n,;]/))
          .map((s) => (typeof s === 'string' ? s.trim() : s))
          .filter((s) => s !== '' && s !== undefined && s !== null);
        return items.length ? items : undefined;
      },
      zod.array(zod.string().email('must be email addresses, like jane@example.com')).optional(),
    ),
});

// ---- API Request -------------------------------------------------------------------------------

/**
 * Checks the path of an API Request: a GHL path only, never a URL. Returns the path and any
 * query typed after "?" (merged into the query by the caller), or the reason it is refused.
 */
export const checkApiPath = (raw: string): { path: string; query: Record<string, string> } | { error: string } => {
  const text = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//') || text.startsWith('\\') || text.startsWith('/\\')) {
    return { error: 'must be a path on the GHL API, like /contacts/abc123, not a full URL (requests go only to GHL)' };
  }
  if (!text.startsWith('/')) return { error: 'must start with "/", like /contacts/abc123' };
  const [pathPart, ...rest] = text.split('#')[0].split('?');
  if (/[\s\\\u0000-\u001f\u007f]/.test(pathPart) || !/^[A-Za-z0-9\-._~!$&'()*+,;=:@%/{}]*$/.test(pathPart)) {
    return { error: 'has characters a URL path cannot hold; encode them (e.g. a space as %20)' };
  }
  if (pathPart.split('/').some((s) => s === '.' || s === '..' || /^%2e(%2e)?$|^\.%2e$|^%2e\.$/i.test(s))) {
    return { error: 'must not contain "." or ".." segments' };
  }
  const query = Object.fromEntries(new URLSearchParams(rest.join('?')));
  return { path: pathPart, query };
};

/**
 * The query of GET /calendars/events for the appointment triggers: the location, the window, and
 * the calendar, user or group (GHL needs one of them; the spec says so only in prose).
 */
export const eventsQuery = (
  label: string,
  input: { calendarId?: string; userId?: string; groupId?: string },
  ctx: { locationId: () => string; z: { errors: { Error: new (message: string, code: string, status: number) => Error } } },
) => {
  const { calendarId, userId, groupId } = input;
  if (!calendarId && !userId && !groupId) {
    throw new ctx.z.errors.Error(
      `${label}: give a "Calendar" (calendarId), a "User" (userId) or a "Calendar Group" (groupId).`,
      'InvalidInput',
      400,
    );
  }
  return { locationId: ctx.locationId(), ...eventWindow(), calendarId, userId, groupId };
};

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
 * The GET /opportunities/search query (snake_case names): the 100 most recently created
 * opportunities matching the filters. `order=added_desc` is not listed in the spec (its only
 * example is `added_asc`); unverified live. Find Opportunity and the fallback poll below use it.
 */
export const opportunityPollQuery = (
  { pipelineId, pipelineStageId, status }: { pipelineId?: string; pipelineStageId?: string; status?: string },
  ctx: OperationContext<unknown>,
) => ({
  location_id: ctx.locationId(),
  pipeline_id: pipelineId,
  pipeline_stage_id: pipelineStageId,
  status,
  order: 'added_desc',
  limit: 100,
});

/** Sort fields of POST /opportunities/search, each the change a trigger reports. */
export type OpportunityChangeSort = 'date_added' | 'last_status_change_date' | 'last_stage_change_date';

/** The filters of the opportunity triggers in the search body's `{field, operator, value}` form. */
export const opportunitySearchFilters = ({ pipelineId, pipelineStageId, status }: OpportunityFilterInput) =>
  [
    ['pipeline_id', pipelineId],
    ['pipeline_stage_id', pipelineStageId],
    ['status', status],
  ]
    .filter(([, value]) => value)
    .map(([field, value]) => ({ field, operator: 'eq', value }));

type OpportunityFilterInput = { pipelineId?: string; pipelineStageId?: string; status?: string };

/** Statuses GHL may answer when it refuses the sorted search itself (not a fault of the connection). */
const SORTED_SEARCH_REFUSALS = [401, 403, 422];

/** The HTTP status an error carries: Zapier's AppError keeps it in its JSON message. */
const errorStatus = (err: unknown): number | undefined => {
  const e = err as { status?: number; message?: string; name?: string };
  if (e?.name === 'RefreshAuthError') return 401;
  if (typeof e?.status === 'number') return e.status;
  try {
    const parsed = JSON.parse(String(e?.message));
    return typeof parsed?.status === 'number' ? parsed.status : undefined;
  } catch {
    return undefined;
  }
};

/**
 * One request per poll: the 100 opportunities whose `sortField` change is newest, so a deal
 * created long ago that moves today is seen. POST /opportunities/search is in GHL's spec, but its
 * body schema there lists only locationId, query, limit, page, searchAfter and additionalDetails:
 * `filters` and `sort` (with these sort fields) are documented only by GHL's opportunity-search
 * guide, and unverified live (one 401 "not yet supported by the IAM Service" was reported). So
 * when GHL refuses it (401/403/422), this poll falls back to the 100 most recently created
 * opportunities (GET /opportunities/search), says why in the log, and keeps the trigger working.
 * A real auth failure then fails the fallback too, and Zapier's refresh or error handling applies.
 */
export const pollOpportunities = async (ctx: OperationContext<OpportunityFilterInput>, sortField: OpportunityChangeSort) => {
  const filters = opportunitySearchFilters(ctx.input);
  const body = {
    locationId: ctx.locationId(),
    page: 1,
    limit: 100,
    ...(filters.length ? { filters } : {}),
    sort: [{ field: sortField, direction: 'desc' }],
  };
  let refusal: string;
  try {
    // A search is a read although it is a POST: a server error is retried later.
    const res = await ctx.request({
      method: 'POST',
      path: '/opportunities/search',
      body,
      ghl: { write: false, passThrough: SORTED_SEARCH_REFUSALS },
    });
    if (!SORTED_SEARCH_REFUSALS.includes(res.status)) return res.data;
    refusal = `GHL answered ${res.status}`;
  } catch (err) {
    const status = errorStatus(err);
    if (!status || !SORTED_SEARCH_REFUSALS.includes(status)) throw err;
    refusal = `GHL answered ${status}`;
  }
  ctx.z.console.log(
    `The opportunity search sorted by ${sortField} was refused (${refusal}); this poll reads the 100 most recently created opportunities instead.`,
  );
  const res = await ctx.request({ method: 'GET', path: '/opportunities/search', query: opportunityPollQuery(ctx.input, ctx) });
  return res.data;
};

// ---- Samples of the instant triggers (performList) ---------------------------------------------

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
  const res = await ctx.request({ method: 'GET', path: '/calendars/events', query: eventsQuery(label, { calendarId }, ctx) });
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

/** The filter of the instant appointment triggers. */
export const appointmentCalendarFilter = {
  calendarId: calendarField({ helpText: 'Only appointments of this calendar. Leave empty for every calendar of the location.' }),
};

export const appointmentInstantSample = { ...appointmentEventSample, id: EVENT_ID_SAMPLE, appointmentId: appointmentEventSample.id };

/** The filters of the instant message triggers. */
export const messageFilterFields = {
  channel: fields.choice('Channel', CHANNEL_LABELS, { helpText: 'Only messages of this channel. Leave empty for all channels.' }),
  contactId: fields.contact({ helpText: 'Only messages with this contact. Leave empty for all contacts.' }),
};

/** The relay filters of an instant message trigger: the channel as message webhooks name it. */
export const messageFilters = ({ channel, contactId }: { channel?: string; contactId?: string }) => ({
  messageType: channel ? WEBHOOK_CHANNELS[channel as keyof typeof WEBHOOK_CHANNELS] : undefined,
  contactId,
});

/** An instant message trigger's sample: the polling trigger's fields plus the message's own. */
export const messageEventSample = {
  ...inboundConversationSample,
  id: EVENT_ID_SAMPLE,
  messageId: 'tyW42xCD0HQpb3hhfLcx',
  body: 'Can we move my appointment to Friday?',
  messageType: 'SMS',
  direction: 'inbound',
  contentType: 'text/plain',
  status: 'delivered',
  dateAdded: '2026-03-01T12:00:00.000Z',
};
