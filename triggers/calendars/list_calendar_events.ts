import { defineTrigger } from '../../src/define';
import { eventOwnerFields, eventOwnerQuery, eventSample } from '../../src/areas/calendars';

export default defineTrigger({
  key: 'list_calendar_events',
  noun: 'Calendar Event',
  label: 'New Calendar Event',
  description: 'Triggers when an appointment is booked on a calendar.',
  endpoint: 'GET /calendars/events',
  scopes: ['calendars/events.readonly'],
  input: eventOwnerFields,
  // GHL takes a time window in epoch milliseconds and does not page: we poll a fixed window.
  query: (input, ctx) => eventOwnerQuery(input, ctx, 'New Calendar Event'),
  result: 'events',
  newestFirst: 'startTime',
  sample: eventSample,
});
