import { defineCreate } from '../../src/define';
import { calendarField } from '../../src/areas/calendars';

export default defineCreate({
  key: 'delete_calendar',
  noun: 'Calendar',
  label: 'Delete Calendar',
  description: 'Deletes a calendar.',
  endpoint: 'DELETE /calendars/{calendarId}',
  scopes: ['calendars.write'],
  input: { calendarId: calendarField({ required: true }) },
  result: (data, { calendarId }) => ({ id: calendarId, success: data.success ?? true }),
  sample: { id: '0TkCdp9PfvLeWKYRRvIz', success: true },
});
