import { defineSearch } from '../../src/define';
import { calendarField, calendarSample } from '../../src/areas/calendars';

export default defineSearch({
  key: 'get_calendar',
  noun: 'Calendar',
  label: 'Find Calendar',
  description: 'Finds a calendar and its settings by its ID.',
  endpoint: 'GET /calendars/{calendarId}',
  scopes: ['calendars.readonly'],
  input: { calendarId: calendarField({ required: true }) },
  result: 'calendar',
  sample: calendarSample,
});
