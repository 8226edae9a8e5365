import { defineCreate } from '../../src/define';
import { calendarBody, calendarFields, calendarSample, calendarTypeField } from '../../src/areas/calendars';
import { fields } from '../../src/fields';

export default defineCreate({
  key: 'create_calendar',
  noun: 'Calendar',
  label: 'Create Calendar',
  description: 'Creates a booking calendar with its main settings.',
  endpoint: 'POST /calendars/',
  scopes: ['calendars.write'],
  input: {
    ...calendarFields,
    name: fields.string('Name', { required: true, helpText: 'The calendar name shown on the booking page, e.g. Intro Call.' }),
    calendarType: calendarTypeField({ helpText: 'Default: Event.' }),
  },
  body: (input, ctx) => ({ locationId: ctx.locationId(), ...calendarBody(input) }),
  result: 'calendar',
  sample: calendarSample,
});
