import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';
import { appointmentSample } from '../../src/areas/contacts';

export default defineTrigger({
  key: 'contact_appointments',
  noun: 'Appointment',
  label: 'Contact Appointments',
  description: "Lists a contact's appointments, newest first.",
  endpoint: 'GET /contacts/{contactId}/appointments',
  scopes: ['contacts.readonly'],
  input: { contactId: fields.contact({ required: true }) },
  result: 'events',
  // GHL sends the whole list in one answer, in no documented order.
  newestFirst: 'dateAdded',
  sample: appointmentSample,
});
