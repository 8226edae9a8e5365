/** Calendar groups, and creating, changing and deleting calendars. */
import { badRequest, unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row } from '../../lib/types';
import { assignFields, clone, getOr404, lower, removeOr404, requireFields, requireOneOf } from '../../lib/util';

const CALENDAR_TYPES = ['round_robin', 'event', 'class_booking', 'collective', 'service_booking', 'personal'] as const;
const CALENDAR_FIELDS = [
  'name',
  'description',
  'slug',
  'groupId',
  'calendarType',
  'isActive',
  'slotDuration',
  'slotDurationUnit',
  'slotInterval',
  'slotIntervalUnit',
  'teamMembers',
  'openHours',
  'autoConfirm',
  'widgetType',
  'eventColor',
];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export default (r: Router) => {
  r.get('/calendars/groups', ({ state, query }) => {
    requireFields(query, ['locationId']);
    return { groups: clone(state.calendarGroups.filter((g) => g.locationId === query.locationId)) };
  });
  r.post('/calendars/groups/validate-slug', ({ state, body }) => {
    requireFields(body, ['locationId', 'slug']);
    return { available: !state.calendarGroups.some((g) => g.locationId === body.locationId && lower(g.slug) === lower(body.slug)) };
  });
  r.post('/calendars/groups', ({ state, body }) => {
    requireFields(body, ['locationId', 'name', 'description', 'slug']);
    if (!SLUG.test(String(body.slug))) throw unprocessable('slug must be lowercase letters, digits and hyphens');
    if (state.calendarGroups.some((g) => g.locationId === body.locationId && g.slug === body.slug))
      throw badRequest('Slug is already taken');
    const group: Row = {
      id: state.nextId(),
      locationId: body.locationId,
      name: body.name,
      description: body.description,
      slug: body.slug,
      isActive: body.isActive ?? true,
    };
    state.calendarGroups.push(group);
    return [201, { group: clone(group) }];
  });
  r.put('/calendars/groups/:groupId', ({ state, params, body }) => {
    const group = getOr404(state.calendarGroups, params.groupId, 'Group');
    requireFields(body, ['name', 'description', 'slug']);
    Object.assign(group, { name: body.name, description: body.description, slug: body.slug });
    return { group: clone(group) };
  });
  r.put('/calendars/groups/:groupId/status', ({ state, params, body }) => {
    const group = getOr404(state.calendarGroups, params.groupId, 'Group');
    if (typeof body.isActive !== 'boolean') throw unprocessable('isActive must be a boolean value');
    group.isActive = body.isActive;
    return { success: true };
  });
  r.delete('/calendars/groups/:groupId', ({ state, params }) => {
    removeOr404(state.calendarGroups, params.groupId, 'Group');
    for (const c of state.calendars) if (c.groupId === params.groupId) c.groupId = null;
    return { success: true };
  });

  r.post('/calendars', ({ state, body }) => {
    requireFields(body, ['locationId', 'name']);
    requireOneOf(body, 'calendarType', CALENDAR_TYPES, { optional: true });
    if (body.groupId) getOr404(state.calendarGroups, body.groupId, 'Group');
    const calendar: Row = assignFields(
      {
        id: state.nextId(),
        locationId: body.locationId,
        calendarType: 'event',
        isActive: true,
        slotDuration: 30,
        slotDurationUnit: 'mins',
        slotInterval: 30,
        slotIntervalUnit: 'mins',
        teamMembers: [],
        groupId: null,
        timezone: state.locations.find((l) => l.id === body.locationId)?.timezone ?? 'UTC',
        // Weekdays 9 to 5 unless told.
        openHours: [1, 2, 3, 4, 5].map((d) => ({
          daysOfTheWeek: [d],
          hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }],
        })),
      },
      body,
      CALENDAR_FIELDS,
    );
    state.calendars.push(calendar);
    return { calendar: clone(calendar) };
  });
  r.put('/calendars/:calendarId', ({ state, params, body }) => {
    const calendar = getOr404(state.calendars, params.calendarId, 'Calendar');
    requireOneOf(body, 'calendarType', CALENDAR_TYPES, { optional: true });
    assignFields(calendar, body, CALENDAR_FIELDS);
    return { calendar: clone(calendar) };
  });
  r.delete('/calendars/:calendarId', ({ state, params }) => {
    removeOr404(state.calendars, params.calendarId, 'Calendar');
    return { success: true };
  });
};
