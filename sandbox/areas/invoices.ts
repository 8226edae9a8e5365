/**
 * Invoices and estimates of a location (GHL's invoices service). State follows what GHL does: a
 * send marks an invoice sent, a payment makes it partially paid or paid (amountPaid, amountDue),
 * a void voids it (not a draft: GHL says delete it instead), an estimate turned into an invoice is
 * marked invoiced. Amounts are in currency units.
 */
import type { Router } from '../lib/router';
import type { Ctx, Row } from '../lib/types';
import { badRequest, forbidden, unprocessable } from '../lib/errors';
import { clone, getOr404, intParam, lower, nowIso, queryMatches, requireFields, requireOneOf, sortBy } from '../lib/util';
import { invoiceTotals } from '../seed/invoices';

const SEND_ACTIONS = ['sms_and_email', 'send_manually', 'email', 'sms'];
const PAYMENT_MODES = ['cash', 'card', 'cheque', 'bank_transfer', 'other'];
const INVOICE_STATUSES = ['draft', 'sent', 'payment_processing', 'paid', 'void', 'partially_paid'];
const ESTIMATE_STATUSES = ['all', 'draft', 'sent', 'accepted', 'declined', 'invoiced', 'viewed'];

const round = (n: number) => Math.round(n * 100) / 100;

/** altId/altType of a query or body: required, a location, and the token's own. */
const checkAlt = ({ auth }: Ctx, from: Row | undefined) => {
  requireFields(from, ['altId', 'altType']);
  requireOneOf(from ?? {}, 'altType', ['location']);
  if (auth.locationId && from?.altId !== auth.locationId) throw forbidden();
};

/** Items as GHL stores them; a 422 names the first item field that is missing. */
const checkItems = (items: unknown) => {
  if (!Array.isArray(items) || !items.length) throw unprocessable('items must contain at least 1 elements');
  items.forEach((i: Row, n) => {
    const missing = ['name', 'currency', 'amount', 'qty'].filter((k) => i?.[k] === undefined || i?.[k] === null || i?.[k] === '');
    if (missing.length) throw unprocessable(missing.map((k) => `items.${n}.${k} should not be empty`));
    if (typeof i.amount !== 'number' || typeof i.qty !== 'number') throw unprocessable(`items.${n}.amount and qty must be numbers`);
  });
};

const checkContact = (contact: Row | undefined) => {
  const missing = ['id', 'name'].filter((k) => !contact?.[k]);
  if (missing.length) throw unprocessable(missing.map((k) => `contactDetails.${k} should not be empty`));
};

const storedItems = (state: Ctx['state'], items: Row[]) => items.map((i) => ({ _id: state.nextId(), taxes: [], ...i }));

/** A new invoice from a create or text2pay body. */
const newInvoice = (ctx: Ctx, body: Row, status: string): Row => {
  const { state } = ctx;
  const items = storedItems(state, body.items);
  const totals = invoiceTotals(items, body.discount);
  const numbers = state.invoices.map((i) => Number(i.invoiceNumber)).filter(Number.isFinite);
  const invoiceNumber = body.invoiceNumber ?? String(Math.max(1000, ...numbers) + 1);
  if (state.invoices.some((i) => i.altId === body.altId && String(i.invoiceNumber) === String(invoiceNumber)))
    throw badRequest(`Invoice number ${String(invoiceNumber)} already exists`);
  const at = nowIso();
  return {
    _id: state.nextId(),
    status,
    liveMode: body.liveMode,
    amountPaid: 0,
    altId: body.altId,
    altType: 'location',
    name: body.name,
    title: body.title ?? 'INVOICE',
    businessDetails: body.businessDetails ?? {},
    invoiceNumber: /^\d+$/.test(String(invoiceNumber)) ? Number(invoiceNumber) : invoiceNumber,
    invoiceNumberPrefix: body.invoiceNumberPrefix ?? 'INV-',
    currency: body.currency,
    contactDetails: body.contactDetails,
    issueDate: body.issueDate,
    dueDate: body.dueDate ?? body.issueDate,
    discount: body.discount ?? { type: 'percentage', value: 0 },
    invoiceItems: items,
    total: totals.total,
    amountDue: totals.total,
    totalSummary: { subTotal: totals.subTotal, discount: totals.discount, tax: totals.tax },
    sentTo: body.sentTo,
    termsNotes: body.termsNotes,
    createdAt: at,
    updatedAt: at,
  };
};

const invoiceOf = (ctx: Ctx, from: Row) => {
  const inv = getOr404(ctx.state.invoices, ctx.params.invoiceId, 'Invoice');
  if (inv.altId !== from.altId) throw badRequest('Unable to find an invoice with the given invoice id');
  return inv;
};

const estimateOf = (ctx: Ctx, from: Row) => {
  const est = getOr404(ctx.state.estimates, ctx.params.estimateId, 'Estimate');
  if (est.altId !== from.altId) throw badRequest('Unable to find an estimate with the given estimate id');
  return est;
};

const limitOffset = <T>(list: T[], query: Row) => {
  requireFields(query, ['limit', 'offset']);
  const offset = intParam(query.offset, 'offset', { def: 0 });
  const limit = intParam(query.limit, 'limit', { min: 1, max: 100 });
  return list.slice(offset, offset + limit);
};

export default (r: Router) => {
  r.get('/invoices', (ctx) => {
    const { state, query } = ctx;
    checkAlt(ctx, query);
    requireOneOf(query, 'status', INVOICE_STATUSES, { optional: true });
    requireOneOf(query, 'sortField', ['issueDate'], { optional: true });
    requireOneOf(query, 'sortOrder', ['ascend', 'descend'], { optional: true });
    const found = state.invoices.filter(
      (i) =>
        i.altId === query.altId &&
        (!query.status || i.status === query.status) &&
        (!query.contactId || i.contactDetails?.id === query.contactId) &&
        (!query.startAt || i.issueDate >= query.startAt) &&
        (!query.endAt || i.issueDate <= query.endAt) &&
        (!query.search ||
          lower(i._id) === lower(query.search) ||
          queryMatches({ name: i.name, ...i.contactDetails, phone: i.contactDetails?.phoneNo }, query.search, ['name', 'email', 'phone'])),
    );
    const sorted = query.sortField
      ? sortBy(found, 'issueDate', query.sortOrder === 'ascend' ? 'asc' : 'desc')
      : sortBy(found, 'createdAt', 'desc');
    return { invoices: clone(limitOffset(sorted, query)), total: found.length };
  });

  r.get('/invoices/generate-invoice-number', (ctx) => {
    checkAlt(ctx, ctx.query);
    const numbers = ctx.state.invoices.filter((i) => i.altId === ctx.query.altId).map((i) => Number(i.invoiceNumber));
    return { invoiceNumber: Math.max(1000, ...numbers.filter(Number.isFinite)) + 1 };
  });

  r.get('/invoices/settings', (ctx) => {
    checkAlt(ctx, ctx.query);
    return clone(
      getOr404(
        ctx.state.invoiceSettings.map((s) => ({ ...s, id: s.altId })),
        ctx.query.altId,
        'Invoice settings',
      ),
    );
  });

  r.get('/invoices/:invoiceId', (ctx) => {
    checkAlt(ctx, ctx.query);
    return clone(invoiceOf(ctx, ctx.query));
  });

  r.post('/invoices', (ctx) => {
    const { body, state } = ctx;
    requireFields(body, [
      'altId',
      'altType',
      'name',
      'businessDetails',
      'currency',
      'items',
      'discount',
      'contactDetails',
      'issueDate',
      'sentTo',
      'liveMode',
    ]);
    checkAlt(ctx, body);
    checkItems(body.items);
    checkContact(body.contactDetails);
    const invoice = newInvoice(ctx, body, 'draft');
    state.invoices.push(invoice);
    ctx.emit('InvoiceCreate', invoice, invoice.altId);
    return clone(invoice);
  });

  r.post('/invoices/text2pay', (ctx) => {
    const { body, state } = ctx;
    requireFields(body, [
      'altId',
      'altType',
      'name',
      'currency',
      'items',
      'contactDetails',
      'issueDate',
      'sentTo',
      'liveMode',
      'action',
      'userId',
    ]);
    checkAlt(ctx, body);
    requireOneOf(body, 'action', ['draft', 'send']);
    checkItems(body.items);
    checkContact(body.contactDetails);
    const invoice = newInvoice(ctx, body, body.action === 'send' ? 'sent' : 'draft');
    state.invoices.push(invoice);
    ctx.emit(body.action === 'send' ? 'InvoiceSent' : 'InvoiceCreate', invoice, invoice.altId);
    return { invoice: clone(invoice), invoiceUrl: `https://link.sandbox.example/invoice/${invoice._id}` };
  });

  r.post('/invoices/:invoiceId/send', (ctx) => {
    const { body } = ctx;
    requireFields(body, ['altId', 'altType', 'userId', 'action', 'liveMode']);
    checkAlt(ctx, body);
    requireOneOf(body, 'action', SEND_ACTIONS);
    const inv = invoiceOf(ctx, body);
    if (inv.status === 'void' || inv.status === 'paid') throw badRequest(`A ${inv.status} invoice cannot be sent`);
    if (inv.status === 'draft') inv.status = 'sent';
    inv.updatedAt = nowIso();
    ctx.emit('InvoiceSent', inv, inv.altId);
    const email = body.action !== 'sms' && body.action !== 'send_manually';
    const sms = body.action === 'sms' || body.action === 'sms_and_email';
    return { invoice: clone(inv), smsData: sms ? { sent: true } : {}, emailData: email ? { sent: true } : {} };
  });

  r.post('/invoices/:invoiceId/record-payment', (ctx) => {
    const { body } = ctx;
    requireFields(body, ['altId', 'altType', 'mode']);
    checkAlt(ctx, body);
    requireOneOf(body, 'mode', PAYMENT_MODES);
    const inv = invoiceOf(ctx, body);
    if (inv.status === 'void' || inv.status === 'paid') throw badRequest(`A payment cannot be recorded on a ${inv.status} invoice`);
    const amount = body.amount === undefined ? inv.amountDue : Number(body.amount);
    if (!Number.isFinite(amount) || amount <= 0) throw unprocessable('amount must be a positive number');
    if (amount > inv.amountDue + 0.001) throw badRequest(`The amount ${amount} is more than the amount due (${inv.amountDue})`);
    inv.amountPaid = round(inv.amountPaid + amount);
    inv.amountDue = round(inv.total - inv.amountPaid);
    inv.status = inv.amountDue <= 0 ? 'paid' : 'partially_paid';
    inv.updatedAt = nowIso();
    ctx.emit(inv.status === 'paid' ? 'InvoicePaid' : 'InvoicePartiallyPaid', inv, inv.altId);
    return { success: true, invoice: clone(inv) };
  });

  r.post('/invoices/:invoiceId/void', (ctx) => {
    checkAlt(ctx, ctx.body);
    const inv = invoiceOf(ctx, ctx.body);
    if (inv.status === 'draft') throw badRequest('Can not void draft invoice. You can delete draft invoice!');
    inv.status = 'void';
    inv.amountDue = 0;
    inv.updatedAt = nowIso();
    ctx.emit('InvoiceVoid', inv, inv.altId);
    return clone(inv);
  });

  r.get('/invoices/estimate/list', (ctx) => {
    const { state, query } = ctx;
    checkAlt(ctx, query);
    requireOneOf(query, 'status', ESTIMATE_STATUSES, { optional: true });
    const found = state.estimates.filter(
      (e) =>
        e.altId === query.altId &&
        (!query.status || query.status === 'all' || e.estimateStatus === query.status) &&
        (!query.contactId || e.contactDetails?.id === query.contactId) &&
        (!query.search || queryMatches(e, query.search, ['name'])),
    );
    return { estimates: clone(limitOffset(sortBy(found, 'createdAt', 'desc'), query)), total: found.length, traceId: state.nextId() };
  });

  r.post('/invoices/estimate', (ctx) => {
    const { body, state } = ctx;
    requireFields(body, [
      'altId',
      'altType',
      'name',
      'businessDetails',
      'currency',
      'items',
      'discount',
      'contactDetails',
      'frequencySettings',
    ]);
    checkAlt(ctx, body);
    checkItems(body.items);
    checkContact(body.contactDetails);
    const items = storedItems(state, body.items);
    const numbers = state.estimates.map((e) => Number(e.estimateNumber)).filter(Number.isFinite);
    const at = nowIso();
    const estimate = {
      _id: state.nextId(),
      altId: body.altId,
      altType: 'location',
      liveMode: body.liveMode ?? true,
      deleted: false,
      name: body.name,
      title: body.title ?? 'ESTIMATE',
      currency: body.currency,
      businessDetails: body.businessDetails,
      items,
      discount: body.discount,
      total: invoiceTotals(items, body.discount).total,
      estimateNumber: body.estimateNumber ?? Math.max(2000, ...numbers) + 1,
      estimateNumberPrefix: body.estimateNumberPrefix ?? 'EST-',
      estimateStatus: 'draft',
      contactDetails: body.contactDetails,
      issueDate: body.issueDate ?? at.slice(0, 10),
      expiryDate: body.expiryDate,
      sentTo: body.sentTo,
      frequencySettings: body.frequencySettings,
      meta: body.meta ?? {},
      estimateActionHistory: [{ action: 'Created', timestamp: at }],
      automaticTaxesEnabled: false,
      automaticTaxesCalculated: false,
      companyId: state.companyId,
      createdAt: at,
      updatedAt: at,
      __v: 0,
    };
    state.estimates.push(estimate);
    return [201, clone(estimate)];
  });

  r.post('/invoices/estimate/:estimateId/send', (ctx) => {
    const { body } = ctx;
    requireFields(body, ['altId', 'altType', 'action', 'liveMode', 'userId']);
    checkAlt(ctx, body);
    requireOneOf(body, 'action', SEND_ACTIONS);
    const est = estimateOf(ctx, body);
    if (est.estimateStatus === 'invoiced') throw badRequest('An invoiced estimate cannot be sent');
    est.estimateStatus = 'sent';
    est.updatedAt = nowIso();
    est.estimateActionHistory.push({ action: 'Sent', timestamp: est.updatedAt });
    return [201, clone(est)];
  });

  r.post('/invoices/estimate/:estimateId/invoice', (ctx) => {
    const { body, state } = ctx;
    requireFields(body, ['altId', 'altType', 'markAsInvoiced']);
    checkAlt(ctx, body);
    const est = estimateOf(ctx, body);
    const invoice = newInvoice(
      ctx,
      {
        ...est,
        altId: body.altId,
        invoiceNumber: undefined,
        invoiceNumberPrefix: undefined,
        title: 'INVOICE',
        items: est.items.map(({ _id, ...i }: Row) => i),
        issueDate: nowIso().slice(0, 10),
      },
      'draft',
    );
    state.invoices.push(invoice);
    ctx.emit('InvoiceCreate', invoice, invoice.altId);
    if (body.markAsInvoiced) {
      est.estimateStatus = 'invoiced';
      est.updatedAt = nowIso();
    }
    return [201, { estimate: clone(est), invoice: clone(invoice) }];
  });
};
