import { defineTrigger } from '../../src/define';
import { blockSlotSample, eventOwnerFields, eventOwnerQuery } from '../../src/areas/calendars';

export default defineTrigger({
  key: 'list_blocked_slots',
  noun: 'Blocked Slot',
  label: 'New Blocked Slot',
  description: 'Triggers when time is blocked off on a calendar.',
  endpoint: 'GET /calendars/blocked-slots',
  scopes: ['calendars/events.readonly'],
  input: eventOwnerFields,
  // Same window and filters as calendar events; GHL answers under `events` too.
  query: (input, ctx) => eventOwnerQuery(input, ctx, 'New Blocked Slot'),
  result: 'events',
  newestFirst: 'startTime',
  sample: blockSlotSample,
});
