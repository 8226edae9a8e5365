/** Notes of an appointment. */
import type { Router } from '../../lib/router';
import type { Row, State } from '../../lib/types';
import { clone, getOr404, intParam, nowIso, removeOr404, requireFields } from '../../lib/util';

const appointmentOf = (state: State, id: string) =>
  getOr404(
    state.events.filter((e) => !e.isBlockSlot),
    id,
    'Appointment',
  );

const noteOf = (state: State, params: Record<string, string>) => {
  appointmentOf(state, params.appointmentId);
  return getOr404(
    state.appointmentNotes.filter((n) => n.appointmentId === params.appointmentId),
    params.noteId,
    'Note',
  );
};

/** Who wrote it, as GHL shows it: the user's id and name. */
const author = (state: State, userId: unknown) => {
  if (userId === undefined || userId === null || userId === '') return {};
  const user = getOr404(state.users, String(userId), 'User');
  return { userId: user.id, createdBy: { id: user.id, name: user.name } };
};

export default (r: Router) => {
  r.get('/calendars/appointments/:appointmentId/notes', ({ state, params, query }) => {
    appointmentOf(state, params.appointmentId);
    requireFields(query, ['limit', 'offset']);
    const offset = intParam(query.offset, 'offset', { def: 0 });
    const limit = intParam(query.limit, 'limit', { def: 20, min: 1, max: 100 });
    const list = state.appointmentNotes
      .filter((n) => n.appointmentId === params.appointmentId)
      .sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded));
    return { notes: clone(list.slice(offset, offset + limit)), hasMore: offset + limit < list.length };
  });
  r.post('/calendars/appointments/:appointmentId/notes', ({ state, params, body }) => {
    const appointment = appointmentOf(state, params.appointmentId);
    requireFields(body, ['body']);
    const note: Row = {
      id: state.nextId(),
      body: String(body.body),
      userId: null,
      ...author(state, body.userId),
      contactId: appointment.contactId,
      appointmentId: params.appointmentId,
      dateAdded: nowIso(),
    };
    state.appointmentNotes.push(note);
    return [201, { note: clone(note) }];
  });
  r.put('/calendars/appointments/:appointmentId/notes/:noteId', ({ state, params, body }) => {
    const note = noteOf(state, params);
    requireFields(body, ['body']);
    Object.assign(note, { body: String(body.body) }, author(state, body.userId));
    return { note: clone(note) };
  });
  r.delete('/calendars/appointments/:appointmentId/notes/:noteId', ({ state, params }) => {
    removeOr404(state.appointmentNotes, noteOf(state, params).id, 'Note');
    return { success: true };
  });
};
