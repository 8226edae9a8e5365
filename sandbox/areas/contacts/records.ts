/** A contact's notes, tasks and appointments. */
import { unprocessable } from '../../lib/errors';
import type { Router } from '../../lib/router';
import type { Row, State } from '../../lib/types';
import { clone, getOr404, nowIso, requireFields, sortBy } from '../../lib/util';
import { findContact } from './contacts';

export default (r: Router) => {
  // Notes
  r.get('/contacts/:contactId/notes', ({ state, params }) => {
    findContact(state, params.contactId);
    return {
      notes: clone(
        sortBy(
          state.notes.filter((n) => n.contactId === params.contactId),
          'dateAdded',
        ),
      ),
    };
  });
  r.post('/contacts/:contactId/notes', ({ state, params, body, emit }) => {
    findContact(state, params.contactId);
    requireFields(body, ['body']);
    const note: Row = {
      id: state.nextId(),
      body: String(body.body),
      userId: body.userId ?? null,
      dateAdded: nowIso(),
      contactId: params.contactId,
    };
    state.notes.push(note);
    emit('NoteCreate', note, findContact(state, params.contactId).locationId);
    return [201, { note: clone(note) }];
  });
  r.get('/contacts/:contactId/notes/:id', ({ state, params }) => ({
    note: clone(
      getOr404(
        state.notes.filter((n) => n.contactId === params.contactId),
        params.id,
        'Note',
      ),
    ),
  }));
  r.put('/contacts/:contactId/notes/:id', ({ state, params, body }) => {
    const note = getOr404(
      state.notes.filter((n) => n.contactId === params.contactId),
      params.id,
      'Note',
    );
    requireFields(body, ['body']);
    Object.assign(note, { body: String(body.body), ...(body.userId ? { userId: body.userId } : {}) });
    return { note: clone(note) };
  });
  r.delete('/contacts/:contactId/notes/:id', ({ state, params }) => {
    getOr404(
      state.notes.filter((n) => n.contactId === params.contactId),
      params.id,
      'Note',
    );
    state.notes = state.notes.filter((n) => n.id !== params.id);
    return { succeded: true };
  });
  // Tasks
  r.get('/contacts/:contactId/appointments', ({ state, params }) => {
    findContact(state, params.contactId);
    return { events: clone(state.events.filter((e) => e.contactId === params.contactId && !e.isBlockSlot)) };
  });
  r.get('/contacts/:contactId/tasks', ({ state, params }) => {
    findContact(state, params.contactId);
    return { tasks: clone(state.tasks.filter((t) => t.contactId === params.contactId)) };
  });
  r.post('/contacts/:contactId/tasks', ({ state, params, body, emit }) => {
    const contact = findContact(state, params.contactId);
    requireFields(body, ['title', 'dueDate']);
    if (Number.isNaN(Date.parse(body.dueDate))) throw unprocessable('dueDate must be a valid ISO 8601 date string');
    const task: Row = {
      id: state.nextId(),
      title: String(body.title),
      body: body.body ?? '',
      assignedTo: body.assignedTo ?? null,
      dueDate: new Date(body.dueDate).toISOString(),
      completed: Boolean(body.completed),
      contactId: params.contactId,
    };
    state.tasks.push(task);
    emit('TaskCreate', { ...task, dateAdded: nowIso() }, contact.locationId);
    return [201, { task: clone(task) }];
  });
  const taskOf = (state: State, params: Record<string, string>) =>
    getOr404(
      state.tasks.filter((t) => t.contactId === params.contactId),
      params.taskId,
      'Task',
    );
  r.get('/contacts/:contactId/tasks/:taskId', ({ state, params }) => ({ task: clone(taskOf(state, params)) }));
  r.put('/contacts/:contactId/tasks/:taskId', ({ state, params, body, emit }) => {
    const task = taskOf(state, params);
    const wasDone = task.completed === true;
    for (const k of ['title', 'body', 'dueDate', 'completed', 'assignedTo']) if (body[k] !== undefined) task[k] = body[k];
    if (!wasDone && task.completed === true) emit('TaskComplete', task, findContact(state, params.contactId).locationId);
    return { task: clone(task) };
  });
  r.put('/contacts/:contactId/tasks/:taskId/completed', ({ state, params, body, emit }) => {
    const task = taskOf(state, params);
    if (typeof body.completed !== 'boolean') throw unprocessable('completed must be a boolean value');
    if (task.completed !== true && body.completed) emit('TaskComplete', task, findContact(state, params.contactId).locationId);
    task.completed = body.completed;
    return { task: clone(task) };
  });
  r.delete('/contacts/:contactId/tasks/:taskId', ({ state, params }) => {
    taskOf(state, params);
    state.tasks = state.tasks.filter((t) => t.id !== params.taskId);
    return { succeded: true };
  });
};
