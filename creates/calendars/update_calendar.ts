import { defineCreate } from '../../src/define';
import { calendarBody, calendarField, calendarFields, calendarSample } from '../../src/areas/calendars';

export default defineCreate({
  key: 'update_calendar',
  noun: 'Calendar',
  label: 'Update Calendar',
  description: "Changes a calendar's settings (not its type). Fields left empty are not changed; Team Members replaces the whole list.",
  endpoint: 'PUT /calendars/{calendarId}',
  scopes: ['calendars.write'],
  input: { calendarId: calendarField({ required: true }), ...calendarFields },
  body: ({ calendarId: _id, ...input }) => calendarBody(input),
  result: 'calendar',
  sample: calendarSample,
});
