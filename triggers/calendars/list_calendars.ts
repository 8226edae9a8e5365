import { defineTrigger } from '../../src/define';
import { calendarGroupField, calendarSample } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineTrigger({
  key: 'list_calendars',
  noun: 'Calendar',
  label: 'New Calendar',
  description: 'Triggers when a calendar is added to the location.',
  endpoint: 'GET /calendars/',
  scopes: ['calendars.readonly'],
  input: {
    // A step's own `groupId` reaches this trigger when it fills that step's calendar dropdown.
    groupId: calendarGroupField({ helpText: 'Only calendars of this group. Leave empty for all calendars.' }),
    showDrafted: fields.boolean('Include Drafts', { helpText: 'Yes (default) includes calendars that are still drafts.' }),
  },
  query: ({ groupId, showDrafted }, ctx) => ({ locationId: ctx.locationId(), groupId, showDrafted }),
  // GHL returns every calendar at once: no paging.
  result: 'calendars',
  sample: calendarSample,
});
