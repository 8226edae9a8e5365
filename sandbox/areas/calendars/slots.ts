/** Wall times in a zone and a calendar's free slots (no library: Intl gives the wall time in a zone). */
import type { Row, State } from '../../lib/types';

export const wallParts = (ms: number, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value;
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  const time = `${get('hour')}:${get('minute')}:${get('second')}`;
  const offsetMin = Math.round((Date.parse(`${date}T${time}Z`) - ms) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday') ?? '');
  return { date, time, offset, weekday, hour: Number(get('hour')), minute: Number(get('minute')), iso: `${date}T${time}${offset}` };
};

export const validZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** A calendar's slot length or step in milliseconds, in its unit (minutes unless `hours`); 30 minutes when unset. */
export const durationMs = (calendar: Row, field: 'slotDuration' | 'slotInterval') =>
  (calendar[field] || 30) * (calendar[`${field}Unit`] === 'hours' ? 60 : 1) * 60_000;

/** Open, unbooked slot starts of a calendar between two instants, keyed by the zone's date. */
export const freeSlots = (state: State, calendar: Row, startMs: number, endMs: number, timeZone: string, userId?: string) => {
  const stepMs = durationMs(calendar, 'slotInterval');
  const durMs = durationMs(calendar, 'slotDuration');
  // The calendar's appointments and block slots; asked for one user, that user's own block slots too.
  const booked = state.events.filter(
    (e) =>
      (e.calendarId === calendar.id && e.appointmentStatus !== 'cancelled' && (!userId || e.isBlockSlot || e.assignedUserId === userId)) ||
      (userId && e.isBlockSlot && !e.calendarId && e.assignedUserId === userId),
  );
  const out: Record<string, { slots: string[] }> = {};
  const first = Math.ceil(Math.max(startMs, Date.now()) / stepMs) * stepMs;
  for (let t = first; t < endMs; t += stepMs) {
    const local = wallParts(t, calendar.timezone);
    const open = calendar.openHours.some(
      (oh: Row) =>
        oh.daysOfTheWeek.includes(local.weekday) &&
        oh.hours.some((h: Row) => {
          const m = local.hour * 60 + local.minute;
          return m >= h.openHour * 60 + h.openMinute && m + durMs / 60_000 <= h.closeHour * 60 + h.closeMinute;
        }),
    );
    if (!open) continue;
    if (booked.some((e) => Date.parse(e.startTime) < t + durMs && Date.parse(e.endTime) > t)) continue;
    const shown = wallParts(t, timeZone);
    (out[shown.date] ??= { slots: [] }).slots.push(shown.iso);
  }
  return out;
};
