import type { OperationCase } from '../helpers';
import { LOCATION_ID } from '../helpers';

const alt = { altId: LOCATION_ID, altType: 'location' };
const poll = { ...alt, limit: '100', offset: '0', sortField: 'issueDate', sortOrder: 'descend' };

/** An invoice as GHL answers it (GetInvoiceResponseDto). */
const ghlInvoice = (over: Record<string, unknown> = {}) => ({
  _id: 'inv1',
  status: 'sent',
  liveMode: true,
  amountPaid: 0,
  altId: LOCATION_ID,
  altType: 'location',
  name: 'Whitening package',
  businessDetails: { name: 'Bright Smiles Dental' },
  invoiceNumber: 1042,
  currency: 'USD',
  contactDetails: { id: 'c1', name: 'Rosie Knight', email: 'rosie@example.com', phoneNo: '+14155550123' },
  issueDate: '2026-03-01',
  dueDate: '2026-03-15',
  invoiceItems: [
    { _id: 'it1', name: 'Whitening session', qty: 2, amount: 210, currency: 'USD', taxes: [{ _id: 't', name: 'Tax', rate: 7.26 }] },
  ],
  total: 450.5,
  title: 'INVOICE',
  amountDue: 450.5,
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:35:00.000Z',
  totalSummary: { subTotal: 420, discount: 0, tax: 30.5 },
  ...over,
});

/** The same invoice in the output shape (invoiceOutput). */
const outInvoice = (over: Record<string, unknown> = {}) => ({
  id: 'inv1',
  invoiceNumber: 1042,
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
  contactId: 'c1',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  contactPhone: '+14155550123',
  businessName: 'Bright Smiles Dental',
  items: [{ name: 'Whitening session', quantity: 2, price: 210, currency: 'USD', taxRate: 7.26 }],
  locationId: LOCATION_ID,
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:35:00.000Z',
  ...over,
});

const ghlEstimate = (over: Record<string, unknown> = {}) => ({
  _id: 'est1',
  altId: LOCATION_ID,
  altType: 'location',
  liveMode: true,
  deleted: false,
  name: 'Invisalign plan',
  currency: 'USD',
  businessDetails: { name: 'Bright Smiles Dental' },
  items: [{ _id: 'i1', name: 'Invisalign full treatment', qty: 1, amount: 3200, currency: 'USD', taxes: [] }],
  discount: { type: 'percentage', value: 0 },
  total: 3200,
  estimateNumber: 1007,
  estimateStatus: 'draft',
  contactDetails: { id: 'c1', name: 'Rosie Knight', email: 'rosie@example.com', phoneNo: '+14155550123' },
  issueDate: '2026-03-01',
  expiryDate: '2026-03-31',
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:30:00.000Z',
  ...over,
});

const outEstimate = (over: Record<string, unknown> = {}) => ({
  id: 'est1',
  estimateNumber: 1007,
  name: 'Invisalign plan',
  status: 'draft',
  liveMode: true,
  currency: 'USD',
  total: 3200,
  issueDate: '2026-03-01',
  expiryDate: '2026-03-31',
  contactId: 'c1',
  contactName: 'Rosie Knight',
  contactEmail: 'rosie@example.com',
  contactPhone: '+14155550123',
  businessName: 'Bright Smiles Dental',
  items: [{ name: 'Invisalign full treatment', quantity: 1, price: 3200, currency: 'USD' }],
  locationId: LOCATION_ID,
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-01T14:30:00.000Z',
  ...over,
});

/** The lookups of a new invoice or estimate: the contact, then the invoice settings (business). */
const contactLookup = {
  request: { method: 'GET' as const, path: '/contacts/c1' },
  reply: {
    contact: {
      id: 'c1',
      firstName: 'Rosie',
      lastName: 'Knight',
      email: 'rosie@example.com',
      phone: '+14155550123',
      companyName: 'Knight Dental',
      city: 'Austin',
      country: 'US',
    },
  },
};
const settingsLookup = {
  request: { method: 'GET' as const, path: '/invoices/settings', query: alt },
  reply: { ...alt, businessDetails: { name: 'Bright Smiles Dental', phoneNo: '+15125550100' } },
};
const contactDetails = {
  id: 'c1',
  name: 'Rosie Knight',
  phoneNo: '+14155550123',
  email: 'rosie@example.com',
  companyName: 'Knight Dental',
  address: { city: 'Austin', countryCode: 'US' },
};
const sentTo = { email: ['rosie@example.com'], phoneNo: ['+14155550123'] };
const lineItems = [
  { itemName: 'Whitening session', itemDescription: 'In-office', quantity: '2', unitPrice: '210', taxRate: '7.26' },
  { itemName: 'Take-home kit', unitPrice: 49.99 },
];
const ghlItems = [
  {
    name: 'Whitening session',
    description: 'In-office',
    currency: 'USD',
    amount: 210,
    qty: 2,
    taxes: [{ _id: 'tax-7_26', name: 'Tax 7.26%', rate: 7.26, calculation: 'exclusive' }],
  },
  { name: 'Take-home kit', currency: 'USD', amount: 49.99, qty: 1 },
];
const documentBody = (kind: string) => ({
  ...alt,
  name: `${kind} for Rosie Knight`,
  businessDetails: { name: 'Bright Smiles Dental', phoneNo: '+15125550100' },
  currency: 'USD',
  items: ghlItems,
  discount: { type: 'percentage', value: 0 },
  contactDetails,
});

/** The hidden dropdown lists take no input: no bad-input row is possible (run by test/invoices.test.ts). */
export const invoiceInputlessCases: Array<Omit<OperationCase, 'bad'>> = [
  {
    key: 'list_invoices',
    input: {},
    meta: { page: 1 },
    request: {
      method: 'GET',
      path: '/invoices/',
      query: { ...alt, sortField: 'issueDate', sortOrder: 'descend', limit: '100', offset: '100' },
    },
    reply: { invoices: [ghlInvoice()], total: 101 },
    expected: [{ ...outInvoice(), label: '#1042 · Whitening package · Rosie Knight · 450.5 USD' }],
  },
  {
    key: 'list_estimates',
    input: {},
    request: { method: 'GET', path: '/invoices/estimate/list', query: { ...alt, limit: '100', offset: '0' } },
    reply: { estimates: [ghlEstimate()], total: 1, traceId: 'tr1' },
    expected: [{ ...outEstimate(), label: '#1007 · Invisalign plan · Rosie Knight · 3200 USD' }],
  },
];

export const invoiceCases: OperationCase[] = [
  {
    key: 'new_invoice',
    input: {},
    request: { method: 'GET', path: '/invoices/', query: poll },
    reply: {
      invoices: [ghlInvoice({ _id: 'inv0', createdAt: '2026-02-01T10:00:00.000Z' }), ghlInvoice()],
      total: 2,
    },
    // Issued order from GHL; put newest created first.
    expected: [outInvoice(), outInvoice({ id: 'inv0', createdAt: '2026-02-01T10:00:00.000Z' })],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
    apps: ['oauth', 'token'],
  },
  {
    key: 'new_invoice',
    title: "one contact's",
    input: { contactId: 'c1' },
    request: { method: 'GET', path: '/invoices/', query: { ...poll, contactId: 'c1' } },
    reply: { invoices: [ghlInvoice()], total: 1 },
    expected: [outInvoice()],
    bad: { input: { contactId: 'a\u0000b' }, error: /"Contact" \(contactId\) must not contain control characters/ },
  },
  {
    key: 'invoice_paid',
    input: {},
    request: { method: 'GET', path: '/invoices/', query: { ...poll, status: 'paid' } },
    reply: {
      invoices: [ghlInvoice({ status: 'paid', amountPaid: 450.5, amountDue: 0 }), ghlInvoice({ _id: 'inv2', status: 'sent' })],
      total: 2,
    },
    // A record GHL returns in another status (it should not) is left out.
    expected: [outInvoice({ id: 'inv1:paid', invoiceId: 'inv1', status: 'paid', amountPaid: 450.5, amountDue: 0 })],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  {
    key: 'invoice_sent',
    input: {},
    request: { method: 'GET', path: '/invoices/', query: { ...poll, status: 'sent' } },
    reply: { invoices: [ghlInvoice()], total: 1 },
    expected: [outInvoice({ id: 'inv1:sent', invoiceId: 'inv1' })],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  {
    key: 'invoice_partially_paid',
    input: {},
    request: { method: 'GET', path: '/invoices/', query: { ...poll, status: 'partially_paid' } },
    reply: { invoices: [ghlInvoice({ status: 'partially_paid', amountPaid: 200, amountDue: 250.5 })], total: 1 },
    // The amount paid is part of the id: the next partial payment fires again.
    expected: [
      outInvoice({ id: 'inv1:partially_paid:200', invoiceId: 'inv1', status: 'partially_paid', amountPaid: 200, amountDue: 250.5 }),
    ],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  {
    key: 'invoice_voided',
    input: {},
    request: { method: 'GET', path: '/invoices/', query: { ...poll, status: 'void' } },
    reply: { invoices: [ghlInvoice({ status: 'void' })], total: 1 },
    expected: [outInvoice({ id: 'inv1:void', invoiceId: 'inv1', status: 'void' })],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  {
    key: 'invoice_overdue',
    input: {},
    request: { method: 'GET', path: '/invoices/', query: poll },
    reply: {
      invoices: [
        ghlInvoice({ dueDate: '2020-01-31' }),
        ghlInvoice({ _id: 'inv2', status: 'partially_paid', amountPaid: 100, amountDue: 350.5, dueDate: '2020-02-01' }),
        ghlInvoice({ _id: 'inv3', dueDate: '2999-01-01' }),
        ghlInvoice({ _id: 'inv4', status: 'paid', amountDue: 0, dueDate: '2020-01-31' }),
        ghlInvoice({ _id: 'inv5', status: 'draft', dueDate: '2020-01-31' }),
      ],
      total: 5,
    },
    expected: [
      outInvoice({ id: 'inv1:overdue:2020-01-31', invoiceId: 'inv1', dueDate: '2020-01-31' }),
      outInvoice({
        id: 'inv2:overdue:2020-02-01',
        invoiceId: 'inv2',
        status: 'partially_paid',
        amountPaid: 100,
        amountDue: 350.5,
        dueDate: '2020-02-01',
      }),
    ],
    bad: { input: { contactId: '..' }, error: /"Contact" \(contactId\) is not a valid id/ },
  },
  {
    key: 'find_invoice',
    input: { invoiceNumber: 'INV-001042', status: 'Sent' },
    request: { method: 'GET', path: '/invoices/', query: { ...poll, status: 'sent' } },
    reply: { invoices: [ghlInvoice({ _id: 'inv2', invoiceNumber: 1043 }), ghlInvoice()], total: 2 },
    expected: [outInvoice()],
    bad: { input: { status: 'overdue' }, error: /"Status" \(status\) must be one of: draft, sent/ },
  },
  {
    key: 'find_invoice',
    title: 'by contact',
    input: { contactId: 'c1' },
    request: { method: 'GET', path: '/invoices/', query: { ...poll, contactId: 'c1' } },
    reply: { invoices: [ghlInvoice()], total: 1 },
    expected: [outInvoice()],
    bad: { input: {}, error: /give an "Invoice Number" \(invoiceNumber\), a "Contact" \(contactId\) or a "Status"/ },
  },
  {
    key: 'create_invoice',
    input: { contactId: 'c1', items: lineItems, issueDate: '2026-03-01', dueDate: '2026-03-15' },
    before: [
      contactLookup,
      settingsLookup,
      { request: { method: 'GET', path: '/invoices/generate-invoice-number', query: alt }, reply: { invoiceNumber: 1042 } },
    ],
    request: {
      method: 'POST',
      path: '/invoices/',
      body: { ...documentBody('Invoice'), invoiceNumber: '1042', issueDate: '2026-03-01', sentTo, dueDate: '2026-03-15', liveMode: true },
    },
    reply: ghlInvoice({ status: 'draft' }),
    expected: outInvoice({ status: 'draft' }),
    bad: {
      input: {
        contactId: 'c1',
        items: [
          { itemName: 'Kit', unitPrice: 'ten' },
          { unitPrice: 5, quantity: 0 },
        ],
      },
      error:
        /"Line Items" \(items\) row 1: "Unit Price" must be a number, row 2: "Item Name" is required, row 2: "Quantity" must be a number above 0/,
    },
  },
  {
    key: 'create_invoice',
    title: 'number, name and currency given',
    input: {
      contactId: 'c1',
      items: [{ itemName: 'Kit', unitPrice: '49.99' }],
      name: 'March kit',
      currency: 'eur',
      issueDate: '2026-03-01',
      invoiceNumber: 'A-7',
      liveMode: 'no',
    },
    before: [contactLookup, settingsLookup],
    request: {
      method: 'POST',
      path: '/invoices/',
      body: {
        ...documentBody('Invoice'),
        name: 'March kit',
        currency: 'EUR',
        items: [{ name: 'Kit', currency: 'EUR', amount: 49.99, qty: 1 }],
        invoiceNumber: 'A-7',
        issueDate: '2026-03-01',
        sentTo,
        liveMode: false,
      },
    },
    reply: ghlInvoice({ status: 'draft', currency: 'EUR', liveMode: false }),
    expected: outInvoice({ status: 'draft', currency: 'EUR', liveMode: false }),
    bad: {
      input: { items: lineItems, currency: 'dollars' },
      error: /"Contact" \(contactId\) is required; "Currency" \(currency\) must be a three-letter code like USD/,
    },
  },
  {
    key: 'create_and_send_invoice',
    input: { contactId: 'c1', items: lineItems, userId: 'u1' },
    before: [contactLookup, settingsLookup],
    request: {
      method: 'POST',
      path: '/invoices/text2pay',
      // Issued today (the Zap's time zone; UTC when it has none).
      body: {
        ...documentBody('Invoice'),
        issueDate: new Date().toISOString().slice(0, 10),
        sentTo,
        liveMode: true,
        action: 'send',
        userId: 'u1',
      },
    },
    reply: { invoice: ghlInvoice(), invoiceUrl: 'https://link.example.com/invoice/inv1' },
    expected: { ...outInvoice(), invoiceUrl: 'https://link.example.com/invoice/inv1' },
    bad: { input: { contactId: 'c1', items: lineItems }, error: /"Sent By" \(userId\) is required/ },
  },
  {
    key: 'send_invoice',
    input: { invoiceId: 'inv1', userId: 'u1', action: 'SMS and Email' },
    request: { method: 'POST', path: '/invoices/inv1/send', body: { ...alt, userId: 'u1', action: 'sms_and_email', liveMode: true } },
    reply: { invoice: ghlInvoice(), smsData: {}, emailData: {} },
    expected: outInvoice(),
    bad: { input: { invoiceId: 'inv1', userId: 'u1', action: 'fax' }, error: /"Send By" \(action\) must be one of: email, sms/ },
  },
  {
    key: 'record_invoice_payment',
    title: 'the amount due when no amount is given',
    input: { invoiceId: 'inv1', mode: 'Cheque', chequeNumber: '129-912', notes: 'Paid at the desk' },
    before: [{ request: { method: 'GET', path: '/invoices/inv1', query: alt }, reply: ghlInvoice() }],
    request: {
      method: 'POST',
      path: '/invoices/inv1/record-payment',
      body: {
        ...alt,
        mode: 'cheque',
        cheque: { number: '129-912' },
        notes: 'Paid at the desk',
        amount: 450.5,
      },
    },
    reply: { success: true, invoice: ghlInvoice({ status: 'paid', amountPaid: 450.5, amountDue: 0 }) },
    expected: { ...outInvoice({ status: 'paid', amountPaid: 450.5, amountDue: 0 }), paymentRecorded: true },
    bad: { input: { invoiceId: 'inv1' }, error: /"Payment Method" \(mode\) is required/ },
  },
  // Last: the fault checks take an operation's last row, and this one sends only the payment.
  {
    key: 'record_invoice_payment',
    input: { invoiceId: 'inv1', mode: 'card', amount: '200', cardBrand: 'Visa', cardLast4: '4242' },
    request: {
      method: 'POST',
      path: '/invoices/inv1/record-payment',
      body: { ...alt, mode: 'card', card: { brand: 'Visa', last4: '4242' }, notes: 'Payment recorded through Zapier', amount: 200 },
    },
    reply: { success: true, invoice: ghlInvoice({ status: 'partially_paid', amountPaid: 200, amountDue: 250.5 }) },
    expected: { ...outInvoice({ status: 'partially_paid', amountPaid: 200, amountDue: 250.5 }), paymentRecorded: true },
    bad: { input: { invoiceId: 'inv1', mode: 'card', amount: '-5' }, error: /"Amount" \(amount\) must be at least 0.01/ },
  },
  {
    key: 'void_invoice',
    input: { invoiceId: 'inv 1/x' },
    request: { method: 'POST', path: '/invoices/inv%201%2Fx/void', body: alt },
    reply: ghlInvoice({ status: 'void' }),
    expected: outInvoice({ status: 'void' }),
    bad: { input: {}, error: /"Invoice" \(invoiceId\) is required/ },
  },
  {
    key: 'create_estimate',
    input: { contactId: 'c1', items: lineItems, issueDate: '2026-03-01', expiryDate: '2026-03-31' },
    before: [contactLookup, settingsLookup],
    request: {
      method: 'POST',
      path: '/invoices/estimate',
      body: {
        ...documentBody('Estimate'),
        issueDate: '2026-03-01',
        sentTo,
        expiryDate: '2026-03-31',
        liveMode: true,
        frequencySettings: { enabled: false, schedule: {} },
      },
    },
    reply: ghlEstimate(),
    expected: outEstimate(),
    bad: { input: { contactId: 'c1' }, error: /"Line Items" \(items\) is required/ },
  },
  {
    key: 'send_estimate',
    input: { estimateId: 'est1', userId: 'u1' },
    request: { method: 'POST', path: '/invoices/estimate/est1/send', body: { ...alt, action: 'email', liveMode: true, userId: 'u1' } },
    reply: ghlEstimate({ estimateStatus: 'sent' }),
    expected: outEstimate({ status: 'sent' }),
    bad: { input: { userId: 'u1' }, error: /"Estimate" \(estimateId\) is required/ },
  },
  {
    key: 'create_invoice_from_estimate',
    input: { estimateId: 'est1' },
    request: { method: 'POST', path: '/invoices/estimate/est1/invoice', body: { ...alt, markAsInvoiced: true } },
    reply: { estimate: ghlEstimate({ estimateStatus: 'invoiced' }), invoice: ghlInvoice({ status: 'draft' }) },
    expected: { ...outInvoice({ status: 'draft' }), estimateId: 'est1' },
    bad: {
      input: { estimateId: 'est1', markAsInvoiced: 'maybe' },
      error: /"Mark Estimate as Invoiced" \(markAsInvoiced\) must be yes or no/,
    },
  },
];
