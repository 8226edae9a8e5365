import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { POLL_NOTE, invoiceTriggerInput, invoicePollQuery, invoiceSample, overdueInvoices, todayIn } from '../../src/areas/invoices';

export default defineTrigger({
  key: 'invoice_overdue',
  noun: 'Invoice',
  label: 'Invoice Overdue',
  description: 'Triggers when a sent invoice passes its due date unpaid.',
  endpoint: 'GET /invoices/',
  scopes: ['invoices.readonly'],
  input: {
    about: fields.about(
      `${POLL_NOTE} GHL has no overdue status: an invoice counts as overdue when it is sent or partially paid, still owes money, and its due date is before today in the Zap's time zone.`,
    ),
    ...invoiceTriggerInput,
  },
  perform: async (ctx) => {
    const res = await ctx.request({ method: 'GET', path: '/invoices/', query: invoicePollQuery(ctx) });
    // One Zap run per invoice and due date: a new due date that passes fires again.
    return overdueInvoices(res.data, todayIn(ctx.timezone));
  },
  result: (records) => records,
  sample: { ...invoiceSample, id: '6578278e879ad2646715ba9c:overdue:2026-03-15', invoiceId: '6578278e879ad2646715ba9c' },
});
