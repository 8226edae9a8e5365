/**
 * Invoices in every status GHL reports (draft, sent, payment processing, partially paid, paid,
 * void, and a sent one past its due date), each with line items; estimates; the invoice settings.
 * The invoice issued last is a sent one, so the first choice of the invoice dropdown can be sent
 * again, paid or voided. Amounts are in currency units, as GHL's are.
 */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';
import { fullName } from '../lib/util';

const round = (n: number) => Math.round(n * 100) / 100;

/** An invoice's totals from its items (tax exclusive) and discount, as GHL computes them. */
export const invoiceTotals = (items: Row[], discount?: Row) => {
  const subTotal = round(items.reduce((sum, i) => sum + Number(i.amount) * Number(i.qty), 0));
  const tax = round(
    items.reduce(
      (sum, i) =>
        sum +
        (Array.isArray(i.taxes) ? i.taxes : []).reduce(
          (t: number, x: Row) => t + (Number(i.amount) * Number(i.qty) * Number(x.rate)) / 100,
          0,
        ),
      0,
    ),
  );
  const off = !discount?.value ? 0 : discount.type === 'fixed' ? Number(discount.value) : (subTotal * Number(discount.value)) / 100;
  return { subTotal, discount: round(off), tax, total: round(subTotal - off + tax) };
};

/** A contact as an invoice's contactDetails. */
export const contactDetailsOf = (c: Row) => ({
  id: c.id,
  name: fullName(c),
  email: c.email,
  phoneNo: c.phone,
  companyName: c.companyName,
  address: { addressLine1: c.address1, city: c.city, state: c.state, countryCode: c.country, postalCode: c.postalCode },
  customFields: [],
});

export const BUSINESS = {
  name: 'Bright Smiles Dental',
  phoneNo: '+15125550100',
  website: 'https://brightsmiles.example',
  address: { addressLine1: '500 Congress Ave', city: 'Austin', state: 'TX', countryCode: 'US', postalCode: '78701' },
};

const item = (id: () => string, name: string, amount: number, qty = 1, rate?: number) => ({
  _id: id(),
  name,
  description: '',
  currency: 'USD',
  amount,
  qty,
  type: 'one_time',
  taxInclusive: false,
  taxes: rate ? [{ _id: 'tax-sales', name: 'Sales tax', rate, calculation: 'exclusive' }] : [],
});

export const seedInvoices = ({ id, now, iso }: SeedContext, { L }: Accounts, contacts: Row[]) => {
  const date = (offsetDays: number) => iso(now + offsetDays * DAY).slice(0, 10);
  // [status, issued (days from now), due, items, paid]
  const plans: Array<[string, number, number, Row[], number]> = [
    ['paid', -40, -26, [item(id, 'Cleaning and exam', 180), item(id, 'X-rays', 95)], 275],
    ['void', -35, -21, [item(id, 'Whitening session', 210, 2, 8.25)], 0],
    ['sent', -30, -16, [item(id, 'Night guard', 420), item(id, 'Fitting', 60)], 0], // overdue
    ['partially_paid', -20, -6, [item(id, 'Crown', 1100, 1, 8.25)], 500],
    ['payment_processing', -12, 2, [item(id, 'Filling', 150, 2)], 0],
    ['draft', -5, 9, [item(id, 'Invisalign consultation', 0), item(id, 'Scan', 250)], 0],
    ['sent', -2, 12, [item(id, 'Whitening session', 210, 2, 8.25), item(id, 'Take-home kit', 49.99)], 0],
  ];
  const invoices: Row[] = plans.map(([status, issued, due, items, paid], i) => {
    const totals = invoiceTotals(items);
    const created = iso(now + issued * DAY);
    return {
      _id: id(),
      status,
      liveMode: true,
      amountPaid: status === 'paid' ? totals.total : paid,
      altId: L,
      altType: 'location',
      name: `${items[0].name} - ${fullName(contacts[i + 1])}`,
      title: 'INVOICE',
      businessDetails: BUSINESS,
      invoiceNumber: 1001 + i,
      invoiceNumberPrefix: 'INV-',
      currency: 'USD',
      contactDetails: contactDetailsOf(contacts[i + 1]),
      issueDate: date(issued),
      dueDate: date(due),
      discount: { type: 'percentage', value: 0 },
      invoiceItems: items,
      total: totals.total,
      amountDue: status === 'paid' || status === 'void' ? 0 : round(totals.total - paid),
      totalSummary: { subTotal: totals.subTotal, discount: totals.discount, tax: totals.tax },
      sentTo: { email: [contacts[i + 1].email], phoneNo: [contacts[i + 1].phone] },
      createdAt: created,
      updatedAt: created,
    };
  });
  const estimates: Row[] = (
    [
      ['accepted', -25, [item(id, 'Implant', 2400), item(id, 'Abutment', 650)]],
      ['draft', -8, [item(id, 'Veneers (6)', 4800)]],
      ['sent', -3, [item(id, 'Invisalign full treatment', 3200)]],
    ] as Array<[string, number, Row[]]>
  ).map(([estimateStatus, issued, items], i) => {
    const created = iso(now + issued * DAY);
    return {
      _id: id(),
      altId: L,
      altType: 'location',
      liveMode: true,
      deleted: false,
      name: `${items[0].name} - ${fullName(contacts[i + 2])}`,
      title: 'ESTIMATE',
      currency: 'USD',
      businessDetails: BUSINESS,
      items,
      discount: { type: 'percentage', value: 0 },
      total: invoiceTotals(items).total,
      estimateNumber: 2001 + i,
      estimateNumberPrefix: 'EST-',
      estimateStatus,
      contactDetails: contactDetailsOf(contacts[i + 2]),
      issueDate: date(issued),
      expiryDate: date(issued + 30),
      sentTo: { email: [contacts[i + 2].email] },
      frequencySettings: { enabled: false, schedule: {} },
      meta: {},
      estimateActionHistory: [],
      automaticTaxesEnabled: false,
      automaticTaxesCalculated: false,
      createdAt: created,
      updatedAt: created,
      __v: 0,
    };
  });
  const invoiceSettings: Row[] = [
    { altId: L, altType: 'location', title: 'INVOICE', invoiceNumberPrefix: 'INV-', dueAfterXDays: 14, businessDetails: BUSINESS },
  ];
  return { invoices, estimates, invoiceSettings };
};
