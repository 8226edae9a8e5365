/**
 * One Zap walk, the steps agencies automate most: create a contact, find-or-create a second one,
 * an opportunity, tags, an appointment and an SMS. Each step runs the app's own operation as
 * Zapier would, retrying only what Zapier retries (a ThrottledError). Unique names per walk let
 * the soak count, in the sandbox, how often each write was applied.
 */
import type { State } from '../../sandbox/lib/types';

type Row = Record<string, any>;
export type Runner = (kind: 'creates' | 'searches', key: string, inputData: Row) => Promise<any>;

export interface StepResult {
  step: string;
  /** Attempts made (1 when the first one settled it). */
  attempts: number;
  error?: { name: string; message: string };
  /** The step's write was found in the sandbox afterwards, and how many times. */
  applied: number;
}

/** What Zapier does with a failed action: a ThrottledError is tried again, anything else stops the Zap. */
export const MAX_ATTEMPTS = 4;

const errorParts = (err: unknown) => {
  const e = err as Error;
  let message = e?.message ?? String(err);
  try {
    message = String(JSON.parse(message).message ?? message);
  } catch {
    // a plain message
  }
  return { name: e?.name ?? 'Error', message };
};

/** A free 30-minute slot per walk: weekdays from ten days ahead, 15:00-21:30 UTC (open hours in Austin). */
export const slotFor = (walk: number, now = Date.now()) => {
  const perDay = 14;
  const day = new Date(now + 10 * 86_400_000);
  day.setUTCHours(15, 0, 0, 0);
  let days = Math.floor(walk / perDay);
  while (days > 0 || day.getUTCDay() === 0 || day.getUTCDay() === 6) {
    day.setTime(day.getTime() + 86_400_000);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days--;
  }
  return new Date(day.getTime() + (walk % perDay) * 30 * 60_000).toISOString();
};

/** The walk's steps: what each writes, and how to count that write in the sandbox. */
export const walkSteps = (i: number, state: State) => {
  const email = `soak-${i}@example.com`;
  const pipeline = state.pipelines[0];
  const calendar = state.calendars[0];
  const contactOf = (e: string) => state.contacts.filter((c) => c.email === e);
  return {
    email,
    steps: [
      {
        step: 'create_contact',
        input: () => ({ firstName: 'Soak', lastName: `Walker ${i}`, email, phone: `+1737555${String(i).padStart(4, '0')}` }),
        run: (r: Runner, input: Row) => r('creates', 'create_contact', input),
        count: () => contactOf(email).length,
      },
      {
        step: 'find_or_create_contact',
        input: () => ({ email: `soak-${i}-b@example.com`, firstName: 'Soak', lastName: `Partner ${i}` }),
        run: async (r: Runner, input: Row) => {
          const found = await r('searches', 'find_contact', { email: input.email });
          return Array.isArray(found) && found.length ? found[0] : r('creates', 'upsert_contact', input);
        },
        count: () => contactOf(`soak-${i}-b@example.com`).length,
      },
      {
        step: 'create_opportunity',
        input: (ctx: Row) => ({
          contactId: ctx.contactId,
          pipelineId: pipeline.id,
          pipelineStageId: pipeline.stages[0].id,
          name: `Soak deal ${i}`,
          status: 'open',
          monetaryValue: '1200',
        }),
        run: (r: Runner, input: Row) => r('creates', 'create_opportunity', input),
        count: () => state.opportunities.filter((o) => o.name === `Soak deal ${i}`).length,
      },
      {
        step: 'add_contact_tags',
        input: (ctx: Row) => ({ contactId: ctx.contactId, tags: ['soak', `walk-${i}`] }),
        run: (r: Runner, input: Row) => r('creates', 'add_contact_tags', input),
        // Tags are a set: adding one twice is one tag. Applied or not is what counts.
        count: () => Math.min(1, contactOf(email).filter((c) => c.tags.includes(`walk-${i}`)).length),
      },
      {
        step: 'create_appointment',
        input: (ctx: Row) => ({
          calendarId: calendar.id,
          contactId: ctx.contactId,
          startTime: slotFor(i),
          title: `Soak visit ${i}`,
        }),
        run: (r: Runner, input: Row) => r('creates', 'create_appointment', input),
        count: () => state.events.filter((e) => e.title === `Soak visit ${i}`).length,
      },
      {
        step: 'send_message',
        input: (ctx: Row) => ({ type: 'SMS', contactId: ctx.contactId, message: `Soak message ${i}` }),
        run: (r: Runner, input: Row) => r('creates', 'send_message', input),
        count: () => state.messages.filter((m) => m.body === `Soak message ${i}`).length,
      },
    ],
  };
};

/** Runs walk `i`; a step that fails for good ends the walk, as it ends a Zap run. */
export const runWalk = async (i: number, state: State, run: Runner): Promise<StepResult[]> => {
  const { steps } = walkSteps(i, state);
  const ctx: Row = {};
  const results: StepResult[] = [];
  for (const s of steps) {
    const input = s.input(ctx);
    let attempts = 0;
    let error: StepResult['error'];
    let output: any;
    while (attempts < MAX_ATTEMPTS) {
      attempts++;
      try {
        output = await s.run(run, input);
        error = undefined;
        break;
      } catch (err) {
        error = errorParts(err);
        if (error.name !== 'ThrottledError') break;
      }
    }
    if (s.step === 'create_contact' && output) ctx.contactId = output.id;
    results.push({ step: s.step, attempts, error, applied: 0 });
    if (error) break;
  }
  // Counted once the walk is over: what the sandbox holds is what GHL would hold.
  results.forEach((r) => (r.applied = steps.find((s) => s.step === r.step)!.count()));
  return results;
};
