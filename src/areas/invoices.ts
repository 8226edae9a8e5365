/**
 * What the Invoices and Estimates operations share: the output shape of an invoice and of an
 * estimate (the instant invoice triggers reuse `invoiceOutput`), the status polls, the line-item
 * input, the invoice and estimate dropdowns, and the lookups a create needs.
 *
 * Money: GHL's invoice amounts (`amount`, `total`, `amountPaid`, `amountDue`) are in currency
 * units with decimals (the spec's examples: 999, 1222.03), not cents.
 */
import { z as zod } from 'zod';
import type { OperationContext } from '../define';
import { fields, type FieldDef } from '../fields';
import { changeId, listOf } from '../output';

type Raw = Record<string, any>;

/** The `altId`/`altType` pair every invoice endpoint takes (a location; the spec allows no other type). */
export const alt = (ctx: OperationContext<unknown>) => ({ altId: ctx.locationId(), altType: 'location' });

/** Invoice statuses of GHL's spec (GetInvoiceResponseDto.status). */
export const INVOICE_STATUSES = {
  draft: 'Draft',
  sent: 'Sent',
  payment_processing: 'Payment Processing',
  partially_paid: 'Partially Paid',
  paid: 'Paid',
  void: 'Void',
};

const itemOutput = (i: Raw) => ({
  name: i.name,
  description: i.description,
  quantity: i.qty,
  price: i.amount,
  currency: i.currency,
  taxRate: Array.isArray(i.taxes) && i.taxes.length ? i.taxes.reduce((sum: number, t: Raw) => sum + (Number(t?.rate) || 0), 0) : undefined,
  productId: i.productId,
  priceId: i.priceId,
});

const contactOutput = (c: Raw | undefined) => ({
  contactId: c?.id,
  contactName: c?.name,
  contactEmail: c?.email,
  contactPhone: c?.phoneNo,
  contactCompanyName: c?.companyName,
});

/** Leaves out undefined values, so an output never lists keys GHL did not send. */
const present = (o: Raw) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/**
 * One invoice as every invoice step outputs it, from GHL's invoice (GetInvoiceResponseDto and its
 * kin): flat, `id` for `_id`, the contact and totals lifted out, line items as `items`.
 */
export const invoiceOutput = (raw: unknown): Raw => {
  const inv = (raw && typeof raw === 'object' ? raw : {}) as Raw;
  const summary = (inv.totalSummary ?? {}) as Raw;
  const items = Array.isArray(inv.invoiceItems) ? inv.invoiceItems : Array.isArray(inv.items) ? inv.items : [];
  return present({
    id: inv._id ?? inv.id,
    invoiceNumber: inv.invoiceNumber,
    invoiceNumberPrefix: inv.invoiceNumberPrefix,
    name: inv.name,
    title: inv.title,
    status: inv.status,
    liveMode: inv.liveMode,
    currency: inv.currency,
    total: inv.total,
    subTotal: summary.subTotal,
    discountTotal: summary.discount,
    taxTotal: summary.tax,
    amountPaid: inv.amountPaid,
    amountDue: inv.amountDue,
    issueDate: inv.issueDate,
    dueDate: inv.dueDate,
    ...contactOutput(inv.contactDetails),
    businessName: inv.businessDetails?.name,
    items: items.filter((i: unknown) => i && typeof i === 'object').map((i: Raw) => present(itemOutput(i))),
    locationId: inv.altId,
    createdAt: inv.createdAt,
    updatedAt: inv.updatedAt,
  });
};

/** One estimate, shaped like an invoice (EstimateResponseDto: `items`, `expiryDate`, `estimateStatus`). */
export const estimateOutput = (raw: unknown): Raw => {
  const est = (raw && typeof raw === 'object' ? raw : {}) as Raw;
  return present({
    id: est._id ?? est.id,
    estimateNumber: est.estimateNumber,
    name: est.name,
    title: est.title,
    status: est.estimateStatus ?? est.status,
    liveMode: est.liveMode,
    currency: est.currency,
    total: est.total,
    issueDate: est.issueDate,
    expiryDate: est.expiryDate,
    ...contactOutput(est.contactDetails),
    businessName: est.businessDetails?.name,
    items: (Array.isArray(est.items) ? est.items : [])
      .filter((i: unknown) => i && typeof i === 'object')
      .map((i: Raw) => present(itemOutput(i))),
    locationId: est.altId,
    createdAt: est.createdAt,
    updatedAt: est.updatedAt,
  });
};

export const invoiceSample = {
  id: '6578278e879ad2646715ba9c',
  invoiceNumber: 1042,
  invoiceNumberPrefix: 'INV-',
  name: 'Whitening package',
  title: 'INVOICE',
  status: 'sent',
  liveMode: true,
  currency: 'USD',
  total: 450.5,
  subTotal: 420,
  discountTotal: 0,
  taxTotal: 30.5,
  amountPaid: 0,
  amountDue: 450.5,
  issueDate: '2026-03-01',
  dueDate: '2026-03-15',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  contactPhone: '+14155550123',
  contactCompanyName: 'Knight Dental',
  businessName: 'Bright Smiles Dental',
  items: [{ name: 'Whitening session', description: 'In-office, 60 minutes', quantity: 2, price: 210, currency: 'USD', taxRate: 7.26 }],
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:35:00.000Z',
};

export const estimateSample = {
  id: '67ac9a51106ee8311e911a2b',
  estimateNumber: 1007,
  name: 'Invisalign treatment plan',
  title: 'ESTIMATE',
  status: 'sent',
  liveMode: true,
  currency: 'USD',
  total: 3200,
  issueDate: '2026-03-01',
  expiryDate: '2026-03-31',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  contactPhone: '+14155550123',
  businessName: 'Bright Smiles Dental',
  items: [{ name: 'Invisalign full treatment', quantity: 1, price: 3200, currency: 'USD' }],
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-02T09:10:00.000Z',
};

/** A dropdown's label: number, name, contact and total, so two invoices named alike can be told apart. */
export const dropdownLabel = (o: Raw, number: unknown) =>
  [
    number !== undefined ? `#${String(number)}` : undefined,
    o.name,
    o.contactName,
    o.total !== undefined ? `${o.total} ${o.currency ?? ''}`.trim() : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

export const invoiceField = (opts: { required?: boolean; helpText?: string } = {}) =>
  fields.id('Invoice', {
    dynamic: 'list_invoices.id.label',
    search: 'find_invoice.id',
    required: opts.required,
    helpText: opts.helpText ?? 'Choose an invoice, or map an invoice ID from an earlier step.',
  });

export const estimateField = (opts: { required?: boolean; helpText?: string } = {}) =>
  fields.id('Estimate', {
    dynamic: 'list_estimates.id.label',
    required: opts.required,
    helpText: opts.helpText ?? 'Choose an estimate, or map an estimate ID from an earlier step.',
  });

// ---- Polls ------------------------------------------------------------------------------------

/** The one filter of the invoice triggers (GHL's `contactId` query); one object shared by all of them. */
export const invoiceTriggerInput = {
  contactId: fields.contact({ helpText: "Only this contact's invoices. Leave empty for all contacts." }),
};

/** What every invoice trigger can see: GHL lists invoices 100 at a time by issue date, newest first. */
export const POLL_NOTE =
  'Each check reads 100 invoices, those with the latest issue dates: GHL sorts invoices by issue date only and pages by offset.';

/**
 * GET /invoices/: the 100 invoices with the latest issue date, optionally of one status. GHL can
 * sort this list by `issueDate` only (the spec's one `sortField`), not by creation or payment time.
 */
export const invoicePollQuery = (ctx: OperationContext<unknown>, extra: Record<string, unknown> = {}) => ({
  ...alt(ctx),
  contactId: (ctx.input as { contactId?: string }).contactId,
  ...extra,
  limit: 100,
  offset: 0,
  sortField: 'issueDate',
  sortOrder: 'descend',
});

/** The invoices of an answer in the output shape. */
export const invoicesOf = (data: unknown) => listOf(data, 'invoices').map(invoiceOutput);

/**
 * The invoices of a status-change poll, each with an id that fires once per change: invoice id +
 * status (+ the amount paid for partial payments, so each further payment fires again).
 */
export const statusChanges = (data: unknown, status: string) =>
  invoicesOf(data)
    .filter((inv) => inv.status === status)
    .map((inv) => ({ ...inv, id: changeId(inv.id, status, status === 'partially_paid' ? inv.amountPaid : undefined), invoiceId: inv.id }));

/** Today's date (YYYY-MM-DD) in a time zone, for "overdue". */
export const todayIn = (timezone: string | null | undefined, now = Date.now()) => {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timezone || 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return new Date(now).toISOString().slice(0, 10);
  }
};

/**
 * GHL has no "overdue" status: an invoice is overdue when it is sent or partially paid, still owes
 * money, and its due date has passed. One id per invoice and due date, so a new due date fires again.
 */
export const overdueInvoices = (data: unknown, today: string) =>
  invoicesOf(data)
    .filter(
      (inv) =>
        (inv.status === 'sent' || inv.status === 'partially_paid') &&
        typeof inv.dueDate === 'string' &&
        inv.dueDate.slice(0, 10) < today &&
        !(Number(inv.amountDue) <= 0),
    )
    .map((inv) => ({ ...inv, id: changeId(inv.id, 'overdue', String(inv.dueDate).slice(0, 10)), invoiceId: inv.id }));

// ---- Line items -------------------------------------------------------------------------------

export interface LineItem {
  name: string;
  description?: string;
  quantity: number;
  price: number;
  tax?: number;
}

const CURRENCY = /^[A-Za-z]{3}$/;

const num = (v: unknown) =>
  typeof v === 'string' && v.trim() !== '' ? Number(v.replace(/[,\s]/g, '')) : typeof v === 'number' ? v : undefined;
const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v).trim() || undefined);

/**
 * Line items (Zapier's line-item input: one row per item). Each row needs a name and a price;
 * quantity defaults to 1. The error names the row and the column. The group itself takes no help
 * text (Zapier's schema forbids it beside `children`), and the children's keys differ from every
 * other input's key (Zapier requires that too).
 */
export const lineItemsField = (opts: { required?: boolean } = {}): FieldDef<LineItem[]> => ({
  props: {
    label: 'Line Items',
    required: Boolean(opts.required),
    children: [
      { key: 'itemName', label: 'Item Name', required: true, helpText: 'What is sold, e.g. "Whitening session". One row per item.' },
      {
        key: 'unitPrice',
        label: 'Unit Price',
        type: 'number',
        required: true,
        helpText: 'Price of one unit in currency units, e.g. 210 or 49.99 (not cents).',
      },
      { key: 'quantity', label: 'Quantity', type: 'number', helpText: 'How many. Default: 1.' },
      { key: 'itemDescription', label: 'Item Description', helpText: 'Shown under the name on the invoice.' },
      { key: 'taxRate', label: 'Tax Rate (%)', type: 'number', helpText: 'A tax rate in percent added to this item, e.g. 8.25.' },
    ],
  },
  schema: () =>
    zod.unknown().transform((v, c) => {
      let rows: unknown = v;
      if (typeof v === 'string') {
        try {
          rows = JSON.parse(v);
        } catch {
          rows = undefined;
        }
      }
      // Zapier may hand a single row as an object.
      if (rows && typeof rows === 'object' && !Array.isArray(rows)) rows = [rows];
      const list = (Array.isArray(rows) ? rows : []).filter(
        (r): r is Raw => !!r && typeof r === 'object' && Object.values(r).some((x) => text(x) !== undefined),
      );
      if (!list.length) {
        if (v === undefined || v === null || v === '')
          return opts.required ? (c.addIssue({ code: 'custom', message: 'is required' }), zod.NEVER) : undefined;
        c.addIssue({ code: 'custom', message: 'must be line items with an item name and a unit price' });
        return zod.NEVER;
      }
      const problems: string[] = [];
      const items = list.map((r, i) => {
        const row = `row ${i + 1}`;
        const name = text(r.itemName);
        const price = num(r.unitPrice);
        const quantity = text(r.quantity) === undefined ? 1 : num(r.quantity);
        const tax = text(r.taxRate) === undefined ? undefined : num(r.taxRate);
        if (!name) problems.push(`${row}: "Item Name" is required`);
        if (price === undefined || !Number.isFinite(price)) problems.push(`${row}: "Unit Price" must be a number`);
        else if (price < 0) problems.push(`${row}: "Unit Price" must not be negative`);
        if (quantity === undefined || !Number.isFinite(quantity) || quantity <= 0)
          problems.push(`${row}: "Quantity" must be a number above 0`);
        if (tax !== undefined && (!Number.isFinite(tax) || tax < 0 || tax > 100))
          problems.push(`${row}: "Tax Rate (%)" must be a number from 0 to 100`);
        return {
          name: name ?? '',
          description: text(r.itemDescription),
          quantity: quantity ?? 1,
          price: price ?? 0,
          tax,
        };
      });
      if (problems.length) {
        c.addIssue({ code: 'custom', message: problems.join(', ') });
        return zod.NEVER;
      }
      return items;
    }),
});

/**
 * GHL's line items (InvoiceItemDto / EstimateLineItemDto). A tax becomes one ItemTaxDto: the spec
 * requires `_id`, `name` and `rate` but documents no endpoint listing a location's taxes, so the
 * id is derived from the rate (unverified live: GHL may ignore or reject an id it did not issue;
 * the rate is what sets the amount).
 */
export const ghlItems = (items: LineItem[], currency: string) =>
  items.map((i) => ({
    name: i.name,
    ...(i.description ? { description: i.description } : {}),
    currency,
    amount: i.price,
    qty: i.quantity,
    ...(i.tax !== undefined && i.tax > 0
      ? { taxes: [{ _id: `tax-${String(i.tax).replace('.', '_')}`, name: `Tax ${i.tax}%`, rate: i.tax, calculation: 'exclusive' }] }
      : {}),
  }));

/** The invoice's currency: a three-letter code, upper-cased. */
export const currencyField: FieldDef<string> = {
  props: {
    label: 'Currency',
    type: 'string',
    required: false,
    helpText: 'Three-letter currency code of the invoice and all its items, e.g. USD or EUR. Default: USD.',
  },
  schema: () =>
    zod.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() || undefined : v),
      zod.string({ invalid_type_error: 'must be text' }).regex(CURRENCY, 'must be a three-letter code like USD').optional(),
    ),
};

export const liveModeField = fields.boolean('Live Mode', {
  default: 'true',
  helpText: 'No creates it in test mode: payments go through the test payment gateway. Default: Yes.',
});

export const SEND_ACTIONS = { email: 'Email', sms: 'SMS', sms_and_email: 'SMS and Email', send_manually: 'Mark as Sent (Send Manually)' };

export const sendActionField = fields.choice('Send By', SEND_ACTIONS, {
  default: 'email',
  helpText: 'Email, SMS, both, or mark it sent without sending anything. Default: Email.',
});

/** The invoice currency (every item is in it): given, else USD. */
export const currencyOf = (currency: string | undefined) => (currency ?? 'USD').toUpperCase();

// ---- Lookups a create needs -------------------------------------------------------------------

/**
 * GHL's contact as the invoice's `contactDetails` (ContactDetailsDto requires id, name, phoneNo and
 * email: a contact without email or phone gets an empty string there).
 */
export const contactDetails = async (ctx: OperationContext<unknown>, contactId: string) => {
  const res = await ctx.request<{ contact?: Raw }>({ method: 'GET', path: ctx.path('/contacts/{contactId}', { contactId }) });
  const c = res.data?.contact ?? {};
  const name = c.name ?? [c.firstName, c.lastName].filter(Boolean).join(' ');
  const address = present({
    addressLine1: c.address1 || undefined,
    city: c.city || undefined,
    state: c.state || undefined,
    countryCode: c.country || undefined,
    postalCode: c.postalCode || undefined,
  });
  return present({
    id: contactId,
    name: name || c.email || contactId,
    phoneNo: c.phone ?? '',
    email: c.email ?? '',
    companyName: c.companyName || undefined,
    address: Object.keys(address).length ? address : undefined,
  });
};

/** Who receives the invoice or estimate (SentToDto: `email` required, as a list). */
export const sentTo = (contact: Raw) => ({
  email: contact.email ? [contact.email] : [],
  ...(contact.phoneNo ? { phoneNo: [contact.phoneNo] } : {}),
});

/**
 * The business shown on the invoice: the location's invoice settings (GET /invoices/settings,
 * businessDetails). The create endpoints require `businessDetails` but none of its fields; when
 * the settings cannot be read (no invoice settings yet) an empty object is sent and GHL shows
 * what it has.
 */
export const businessDetails = async (ctx: OperationContext<unknown>) => {
  const res = await ctx.request<{ businessDetails?: Raw }>({
    method: 'GET',
    path: '/invoices/settings',
    query: alt(ctx),
    ghl: { passThrough: [404] },
  });
  return res.status === 404 ? {} : (res.data?.businessDetails ?? {});
};

/** The next invoice number GHL would give (GET /invoices/generate-invoice-number), as the text the create takes. */
export const nextInvoiceNumber = async (ctx: OperationContext<unknown>) => {
  const res = await ctx.request<{ invoiceNumber?: number | string }>({
    method: 'GET',
    path: '/invoices/generate-invoice-number',
    query: alt(ctx),
  });
  const n = res.data?.invoiceNumber;
  return n === undefined || n === null || n === '' ? undefined : String(n);
};

/** The inputs every new invoice or estimate shares. */
export interface DocumentInput {
  contactId?: string;
  items?: LineItem[];
  name?: string;
  currency?: string;
  issueDate?: string | number;
  invoiceNumber?: string;
}

/**
 * The body parts an invoice, a text2pay invoice and an estimate share, with what the user left
 * empty filled in: the contact's details from the contact, the business from the invoice
 * settings, today (in the Zap's time zone) as the issue date, "Invoice for <contact>" as the name,
 * no discount, and (when asked) the next invoice number from GHL.
 */
export const documentBody = async (
  ctx: OperationContext<unknown>,
  input: DocumentInput,
  opts: { kind: 'Invoice' | 'Estimate'; number?: boolean },
) => {
  const contact = await contactDetails(ctx, input.contactId ?? '');
  const business = await businessDetails(ctx);
  const invoiceNumber = opts.number ? (input.invoiceNumber ?? (await nextInvoiceNumber(ctx))) : undefined;
  const currency = currencyOf(input.currency);
  return {
    ...alt(ctx),
    name: input.name ?? `${opts.kind} for ${String(contact.name)}`,
    businessDetails: business,
    currency,
    items: ghlItems(input.items ?? [], currency),
    discount: { type: 'percentage', value: 0 },
    contactDetails: contact,
    ...(invoiceNumber ? { invoiceNumber } : {}),
    issueDate: typeof input.issueDate === 'string' ? input.issueDate : todayIn(ctx.timezone),
    sentTo: sentTo(contact),
  };
};

// ---- Instant triggers ---------------------------------------------------------------------------

/**
 * What the instant invoice triggers share: GHL's invoice webhooks (InvoiceCreate, InvoiceSent, …)
 * carry the invoice itself (with the location as `altId`, `altType: location`), so the output is
 * `invoiceOutput` plus `invoiceId` (the trigger's `id` is the event's). The samples are the polling
 * twin's request. No contact filter: the payload names the contact only inside `contactDetails`.
 */
export const invoiceInstant = (status?: string) => {
  const output = (raw: unknown) => {
    const inv = invoiceOutput(raw);
    return { ...inv, invoiceId: inv.id };
  };
  return {
    noun: 'Invoice',
    scopes: ['invoices.readonly'],
    output,
    list: {
      endpoint: 'GET /invoices/',
      query: (_input: unknown, ctx: OperationContext<unknown>) => invoicePollQuery(ctx, status ? { status } : {}),
      result: (data: unknown) => listOf(data, 'invoices').map(output),
    },
    sample: { ...invoiceSample, ...(status ? { status } : {}), invoiceId: invoiceSample.id },
  };
};
