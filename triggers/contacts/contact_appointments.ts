import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { appointmentDatesToIso, appointmentSample } from '../../src/areas/contacts';
import { listOf } from '../../src/output';

export default defineTrigger({
  key: 'contact_appointments',
  noun: 'Appointment',
  label: 'New Appointment for Contact',
  description: 'Triggers when an appointment is booked for the chosen contact.',
  endpoint: 'GET /contacts/{contactId}/appointments',
  scopes: ['contacts.readonly'],
  input: {
    contactId: fields.contact({
      required: true,
      helpText: "The contact whose new appointments trigger the Zap. Also fills appointment dropdowns with this contact's appointments.",
    }),
  },
  // Times come without an offset: they are given one in the location's time zone (one cached lookup).
  perform: async (ctx) => {
    const res = await ctx.request({ method: 'GET', path: ctx.path('/contacts/{contactId}/appointments') });
    const events = listOf(res.data, 'events');
    if (!events.length) return res.data;
    const timeZone = await ctx.locationTimezone();
    return { ...res.data, events: events.map((e) => appointmentDatesToIso(e, timeZone)) };
  },
  result: 'events',
  // GHL sends the whole list in one answer, in no documented order.
  newestFirst: 'dateAdded',
  sample: appointmentSample,
});
