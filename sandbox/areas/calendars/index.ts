/** Calendars: calendars and groups, events and appointments, block slots, notes, resources, notifications. */
import type { Router } from '../../lib/router';
import blockSlots from './block-slots';
import calendars from './calendars';
import events from './events';
import groups from './groups';
import notes from './notes';
import notifications from './notifications';
import resources from './resources';

export default (r: Router) => {
  for (const part of [calendars, groups, events, blockSlots, notes, notifications, resources]) part(r);
};
