import { defineTrigger } from '../../src/define';
import { groupSample } from '../../src/areas/calendars';

export default defineTrigger({
  key: 'list_calendar_groups',
  noun: 'Calendar Group',
  label: 'New Calendar Group',
  description: 'Triggers when a calendar group is added to the location.',
  endpoint: 'GET /calendars/groups',
  scopes: ['calendars/groups.readonly'],
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  // GHL returns every group at once: no paging.
  result: 'groups',
  sample: groupSample,
});
