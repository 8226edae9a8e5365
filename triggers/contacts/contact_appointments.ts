import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { appointmentSample } from '../../src/areas/contacts';

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
  result: 'events',
  // GHL sends the whole list in one answer, in no documented order.
  newestFirst: 'dateAdded',
  sample: appointmentSample,
});
