// GHL's webhook event types: one per page of GHL's webhook docs (58 pages). The `type` value is the
// page's name, except where the page's example says otherwise: AppInstall sends `INSTALL`,
// AppUninstall `UNINSTALL`, ConversationUnreadWebhook `ConversationUnreadUpdate` and PlanChange
// `PLAN_CHANGE`. ProviderOutboundMessage goes to a conversation provider's own delivery URL with
// `type` SMS/Email, so it never reaches the app's webhook URL; it is listed so a subscription for it
// is not refused, and it would only ever match an event that names it.
export const EVENT_TYPES = [
  'INSTALL',
  'UNINSTALL',
  'AppointmentCreate',
  'AppointmentDelete',
  'AppointmentUpdate',
  'AssociationCreate',
  'AssociationDelete',
  'AssociationUpdate',
  'CampaignStatusUpdate',
  'ContactCreate',
  'ContactDelete',
  'ContactDndUpdate',
  'ContactTagUpdate',
  'ContactUpdate',
  'ConversationUnreadUpdate',
  'InboundMessage',
  'InvoiceCreate',
  'InvoiceDelete',
  'InvoicePaid',
  'InvoicePartiallyPaid',
  'InvoiceSent',
  'InvoiceUpdate',
  'InvoiceVoid',
  'LCEmailStats',
  'LocationCreate',
  'LocationUpdate',
  'NoteCreate',
  'NoteDelete',
  'NoteUpdate',
  'ObjectSchemaCreate',
  'ObjectSchemaUpdate',
  'OpportunityAssignedToUpdate',
  'OpportunityCreate',
  'OpportunityDelete',
  'OpportunityMonetaryValueUpdate',
  'OpportunityStageUpdate',
  'OpportunityStatusUpdate',
  'OpportunityUpdate',
  'OrderCreate',
  'OrderStatusUpdate',
  'OutboundMessage',
  'PLAN_CHANGE',
  'PriceCreate',
  'PriceDelete',
  'PriceUpdate',
  'ProductCreate',
  'ProductDelete',
  'ProductUpdate',
  'ProviderOutboundMessage',
  'RecordCreate',
  'RecordDelete',
  'RecordUpdate',
  'RelationCreate',
  'RelationDelete',
  'TaskComplete',
  'TaskCreate',
  'TaskDelete',
  'UserCreate',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const known: ReadonlySet<string> = new Set(EVENT_TYPES);
export const isEventType = (type: string): type is EventType => known.has(type);

/** What the relay does with an event beyond fanning it out: UNINSTALL removes the location's subscriptions. */
export const uninstalls = (type: string): boolean => type === 'UNINSTALL';

/**
 * The location an event belongs to. Most pages carry `locationId`; the invoice pages name the
 * location as `altId` with `altType: "location"`, and LocationCreate/LocationUpdate as the
 * location's own `id`. Without one of these the event cannot be routed and is refused.
 */
export const locationOf = (payload: Record<string, unknown>): string | undefined => {
  const str = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 128 ? v : undefined);
  const direct = str(payload.locationId);
  if (direct) return direct;
  if (payload.altType === 'location' && str(payload.altId)) return str(payload.altId);
  if (payload.type === 'LocationCreate' || payload.type === 'LocationUpdate') return str(payload.id);
  return undefined;
};

/** Filter keys whose event field has another name: `tag` is matched against the event's `tags` array. */
export const FILTER_FIELD_ALIASES: Readonly<Record<string, string>> = { tag: 'tags' };

/**
 * The object an event's fields may be nested in, named after its subject: `appointment` for
 * AppointmentCreate/Update/Delete, whose payload is `{appointment: {calendarId, …}}`. Filters read
 * a field there when the payload has none of that name at the top.
 */
export const subjectOf = (type: string): string | undefined => {
  const word = /^[A-Z][a-z]+/.exec(type)?.[0];
  return word ? word.toLowerCase() : undefined;
};
