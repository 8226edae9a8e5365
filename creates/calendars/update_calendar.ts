import { defineCreate } from '../../src/define';
import { calendarBody, calendarField, calendarFields, calendarSample } from '../../src/areas/calendars';

export default defineCreate({
  key: 'update_calendar',
  noun: 'Calendar',
  label: 'Update Calendar',
  description: "Updates a calendar's settings; fields left empty keep their value.",
  endpoint: 'PUT /calendars/{calendarId}',
  scopes: ['calendars.write'],
  input: { calendarId: calendarField({ required: true }), ...calendarFields },
  body: ({ calendarId: _id, ...input }) => calendarBody(input),
  result: 'calendar',
  sample: calendarSample,
});
