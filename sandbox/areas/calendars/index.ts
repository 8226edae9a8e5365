/** Calendars: calendars and groups, events and appointments, block slots, notes, resources, notifications. */
import type { Router } from '../../lib/router';
import calendars from './calendars';
import events from './events';
import extras from './extras';
import groups from './groups';

export default (r: Router) => {
  for (const part of [calendars, groups, events, extras]) part(r);
};
