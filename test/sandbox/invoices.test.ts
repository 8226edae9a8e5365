/**
 * The sandbox's invoices over HTTP, as GHL answers them: every status is seeded with line items;
 * a create without a required field is a 422 naming it; send, payment and void change the
 * invoice's state; an estimate turns into an invoice and is marked invoiced.
 */
import { messages, useSandbox } from './http';

const { get, call } = useSandbox();
const alt = () => ({ altId: get().state.locationId, altType: 'location' });
const q = () => `altId=${get().state.locationId}&altType=location`;

const newInvoice = async () => {
  const c = get().state.contacts[0];
  const r = await call('POST', '/invoices/', {
    ...alt(),
    name: 'Test invoice',
    businessDetails: { name: 'Bright Smiles Dental' },
    currency: 'USD',
    items: [
      { name: 'Crown', currency: 'USD', amount: 100, qty: 2, taxes: [{ _id: 't', name: 'Tax', rate: 10, calculation: 'exclusive' }] },
    ],
    discount: { type: 'percentage', value: 0 },
    contactDetails: { id: c.id, name: 'Ann', email: c.email, phoneNo: c.phone },
    issueDate: '2026-03-01',
    sentTo: { email: [c.email] },
    liveMode: true,
  });
  expect(r.status).toBe(200);
  return r.body;
};

describe('sandbox invoices', () => {
  it('seeds every status GHL reports, each invoice with line items, sorted by issue date on request', async () => {
    const r = await call('GET', `/invoices/?${q()}&limit=100&offset=0&sortField=issueDate&sortOrder=descend`);
    expect(r.status).toBe(200);
    const statuses = new Set(r.body.invoices.map((i: any) => i.status));
    for (const s of ['draft', 'sent', 'payment_processing', 'partially_paid', 'paid', 'void']) expect(statuses).toContain(s);
    expect(r.body.invoices.every((i: any) => i.invoiceItems.length > 0)).toBe(true);
    const dates = r.body.invoices.map((i: any) => i.issueDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(r.body.total).toBe(r.body.invoices.length);
  });

  it('names the missing required fields in a 422', async () => {
    const r = await call('POST', '/invoices/', { ...alt(), name: 'x' });
    expect(r.status).toBe(422);
    expect(messages(r)).toContain('businessDetails should not be empty');
    expect(messages(r)).toContain('sentTo should not be empty');
    const list = await call('GET', `/invoices/?${q()}`);
    expect(list.status).toBe(422);
    expect(messages(list)).toContain('limit should not be empty');
  });

  it('creates a draft with its totals, then send → sent, a part payment → partially paid, the rest → paid', async () => {
    const inv = await newInvoice();
    expect(inv).toMatchObject({ status: 'draft', total: 220, amountDue: 220, totalSummary: { subTotal: 200, tax: 20 } });
    const sent = await call('POST', `/invoices/${inv._id}/send`, { ...alt(), userId: 'u', action: 'email', liveMode: true });
    expect(sent.body.invoice.status).toBe('sent');
    const part = await call('POST', `/invoices/${inv._id}/record-payment`, { ...alt(), mode: 'cash', notes: 'n', amount: 20 });
    expect(part.body).toMatchObject({ success: true, invoice: { status: 'partially_paid', amountPaid: 20, amountDue: 200 } });
    const rest = await call('POST', `/invoices/${inv._id}/record-payment`, { ...alt(), mode: 'cash', notes: 'n' });
    expect(rest.body.invoice).toMatchObject({ status: 'paid', amountPaid: 220, amountDue: 0 });
    const again = await call('POST', `/invoices/${inv._id}/record-payment`, { ...alt(), mode: 'cash', notes: 'n', amount: 1 });
    expect(again.status).toBe(400);
    const read = await call('GET', `/invoices/${inv._id}?${q()}`);
    expect(read.body.status).toBe('paid');
  });

  it('voids a sent invoice, and refuses a draft as GHL does', async () => {
    const inv = await newInvoice();
    const draft = await call('POST', `/invoices/${inv._id}/void`, alt());
    expect(draft.status).toBe(400);
    expect(messages(draft)).toMatch(/Can not void draft invoice/);
    await call('POST', `/invoices/${inv._id}/send`, { ...alt(), userId: 'u', action: 'sms', liveMode: true });
    const voided = await call('POST', `/invoices/${inv._id}/void`, alt());
    expect(voided.body).toMatchObject({ status: 'void', amountDue: 0 });
  });

  it('numbers invoices in turn and refuses a number taken', async () => {
    const next = await call('GET', `/invoices/generate-invoice-number?${q()}`);
    const inv = await newInvoice();
    expect(inv.invoiceNumber).toBe(next.body.invoiceNumber);
    const { _id, ...copy } = get().state.invoices.find((i) => i._id === inv._id)!;
    expect(_id).toBe(inv._id);
    const taken = await call('POST', '/invoices/', {
      ...copy,
      items: [{ name: 'x', currency: 'USD', amount: 1, qty: 1 }],
      invoiceNumber: String(inv.invoiceNumber),
    });
    expect(taken.status).toBe(400);
  });

  it('sends an estimate and turns it into an invoice marked invoiced', async () => {
    const list = await call('GET', `/invoices/estimate/list?${q()}&limit=10&offset=0`);
    const est = list.body.estimates.find((e: any) => e.estimateStatus === 'draft');
    const sent = await call('POST', `/invoices/estimate/${est._id}/send`, { ...alt(), action: 'email', liveMode: true, userId: 'u' });
    expect(sent.body.estimateStatus).toBe('sent');
    const made = await call('POST', `/invoices/estimate/${est._id}/invoice`, { ...alt(), markAsInvoiced: true });
    expect(made.body.estimate.estimateStatus).toBe('invoiced');
    expect(made.body.invoice).toMatchObject({ status: 'draft', total: est.total, contactDetails: { id: est.contactDetails.id } });
  });

  it('answers 403 for another location and 404 for an unknown invoice', async () => {
    expect((await call('GET', `/invoices/?altId=elsewhere&altType=location&limit=1&offset=0`)).status).toBe(403);
    expect((await call('GET', `/invoices/nope?${q()}`)).status).toBe(404);
  });
});
