import { defineCreate } from '../../src/define';
import { compact } from '../../src/fields';
import { blockSlotFields, blockSlotOwner, blockSlotSample } from '../../src/areas/calendars';

export default defineCreate({
  key: 'create_block_slot',
  noun: 'Blocked Slot',
  label: 'Block Time Slot',
  description: 'Blocks off time on a calendar or for a user.',
  endpoint: 'POST /calendars/events/block-slots',
  scopes: ['calendars/events.write'],
  input: blockSlotFields,
  // GHL's schema marks calendarId required, but a slot belongs to a calendar OR a user, never
  // both (its own field notes say so): blockSlotOwner asks for exactly one.
  body: (input, ctx) =>
    compact({
      ...blockSlotOwner(input, ctx, 'Block Time Slot'),
      locationId: ctx.locationId(),
      title: input.title,
      startTime: input.startTime,
      endTime: input.endTime,
    }),
  sample: blockSlotSample,
});
