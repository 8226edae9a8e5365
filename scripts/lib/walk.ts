/**
 * The Zap walk: the steps agencies automate most, run through the app's own operations as Zapier
 * would run them. `npm start` walks it once and prints each step; the soak (`npm run soak`,
 * test/soak.test.ts) walks it many times under injected faults and counts, in the sandbox, how
 * often each write was applied.
 *
 *   New Contact fires → Find or Create Contact → Create Opportunity in a pipeline stage →
 *   Add Tags to Contact → Create Appointment (first free slot) → Send Message (SMS)
 *
 * A step retries only what Zapier retries (a ThrottledError, up to MAX_ATTEMPTS); any other
 * failure ends the walk, as it ends a Zap run.
 */
import type { State } from '../../sandbox/lib/types';

type Row = Record<string, any>;
export type Runner = (kind: 'triggers' | 'searches' | 'creates', key: string, inputData: Row) => Promise<any>;

export interface WalkOptions {
  /** Tells this walk's records apart (names, tags, titles). */
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  /** The contact's phone, if it is created; the SMS step needs one. */
  phone?: string;
  /** The appointment's start; by default the first free slot of the calendar's next 7 days. */
  startTime?: string;
  /** Leave out the SMS (a live run would text a real phone). */
  sms?: boolean;
}

/** What the steps hand on to later steps. */
export interface WalkContext {
  contact?: Row;
  opportunity?: Row;
  appointment?: Row;
}

export interface WalkStep {
  step: string;
  title: string;
  /** Runs the step; gives the lines that say what it did. */
  run: (r: Runner, ctx: WalkContext) => Promise<string[]>;
  /** How many times the step's write is in the sandbox (reads have none). */
  count?: (state: State) => number;
}

export interface StepResult {
  step: string;
  /** Attempts made (1 when the first one settled it). */
  attempts: number;
  error?: { name: string; message: string };
  lines: string[];
  /** The step's write was found in the sandbox afterwards, and how many times. */
  applied: number;
}

/** What Zapier does with a failed action: a ThrottledError is tried again, anything else stops the Zap. */
export const MAX_ATTEMPTS = 4;

/** An error's name and its message (GHL's `message` when the text is GHL's JSON). */
export const errorParts = (err: unknown) => {
  const e = err as Error;
  let message = e?.message ?? String(err);
  try {
    message = String(JSON.parse(message).message ?? message);
  } catch {
    // a plain message
  }
  return { name: e?.name ?? 'Error', message };
};

/**
 * A failed step told to someone running `npm start` by hand: what happened and what to do. The
 * app's own "Zapier will try again" is left out: no Zapier is running here.
 */
export const localFailure = (step: string, error: { name: string; message: string }) => {
  const said = error.message.replace(/;? ?Zapier will try again[^.]*\.?/g, '').trim();
  const todo =
    error.name === 'ThrottledError'
      ? 'Nothing was saved by this step. Wait a minute and run it again.'
      : /may or may not have been saved|already saved/.test(said)
        ? 'Look in GHL whether the change was saved before running it again.'
        : 'Fix what the message names, then run it again.';
  return `FAILED at ${step}: ${said.replace(/\.?$/, '.')} ${todo}`;
};

export const contactLabel = (c: Row) =>
  `${[c.firstName, c.lastName].filter(Boolean).join(' ') || c.name || c.contactName || '(no name)'}${c.email ? ` <${c.email}>` : ''} [${c.id}]`;

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

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`no ${what} from an earlier step`);
  return value;
};

/** The walk's steps for one set of options. */
export const zapWalk = (o: WalkOptions): WalkStep[] => {
  const name = `${o.firstName} ${o.lastName}`;
  const deal = `${name} - first visit`;
  const visit = `First visit - ${name}`;
  const tag = `walk-${o.id}`;
  const text = `Hi ${o.firstName}, see you at your first visit (${o.id}).`;
  const steps: WalkStep[] = [
    {
      step: 'new_contact',
      title: 'Trigger: New Contact',
      run: async (r) => {
        const items: Row[] = await r('triggers', 'new_contact', {});
        return [
          `new_contact polled: ${items.length} contacts, newest first`,
          ...items.slice(0, 3).map((c) => `  • ${contactLabel(c)} added ${c.dateAdded ?? '?'}`),
        ];
      },
    },
    {
      step: 'find_or_create_contact',
      title: 'Find or Create Contact',
      run: async (r, ctx) => {
        const found: Row[] = await r('searches', 'find_contact', { email: o.email });
        if (found.length) {
          ctx.contact = found[0];
          return [`find_contact by ${o.email}: found ${contactLabel(found[0])}`];
        }
        const input = {
          firstName: o.firstName,
          lastName: o.lastName,
          email: o.email,
          phone: o.phone,
          source: 'Zapier walk',
          tags: ['zap-walk'],
        };
        ctx.contact = await r('creates', 'upsert_contact', input);
        return [
          `find_contact by ${o.email}: no match`,
          `upsert_contact: created ${contactLabel(ctx.contact!)}${ctx.contact!.new === false ? ' (updated an existing match)' : ''}`,
        ];
      },
      count: (state) => state.contacts.filter((c) => c.email === o.email).length,
    },
    {
      step: 'create_opportunity',
      title: 'Create Opportunity in a pipeline stage',
      run: async (r, ctx) => {
        const contact = need(ctx.contact, 'contact');
        const pipelines: Row[] = await r('triggers', 'list_pipelines', {});
        const pipeline = pipelines[0];
        if (!pipeline) throw new Error('the location has no pipelines: add one in GHL, then run again');
        const stage = pipeline.stages?.[1] ?? pipeline.stages?.[0];
        const opp = await r('creates', 'create_opportunity', {
          contactId: contact.id,
          pipelineId: pipeline.id,
          pipelineStageId: stage?.id,
          name: deal,
          status: 'open',
          monetaryValue: '1200',
        });
        ctx.opportunity = opp;
        return [
          `list_pipelines: ${pipelines.map((p) => `"${p.name}"`).join(', ')}; using "${pipeline.name}", stage "${stage?.name ?? 'first'}"`,
          `create_opportunity: "${opp.name}" [${opp.id}] worth ${opp.monetaryValue}, status ${opp.status}`,
        ];
      },
      count: (state) => state.opportunities.filter((x) => x.name === deal).length,
    },
    {
      step: 'add_contact_tags',
      title: 'Add Tags to Contact',
      run: async (r, ctx) => {
        const res = await r('creates', 'add_contact_tags', { contactId: need(ctx.contact, 'contact').id, tags: ['new-patient', tag] });
        return [`add_contact_tags: the contact's tags are now ${JSON.stringify(res.tags ?? [])}`];
      },
      // Tags are a set: adding one twice is one tag. Applied or not is what counts.
      count: (state) => Math.min(1, state.contacts.filter((c) => c.email === o.email && c.tags?.includes(tag)).length),
    },
    {
      step: 'create_appointment',
      title: 'Create Appointment',
      run: async (r, ctx) => {
        const contact = need(ctx.contact, 'contact');
        const calendars: Row[] = await r('triggers', 'list_calendars', {});
        const calendar = calendars[0];
        if (!calendar) throw new Error('the location has no calendars: add one in GHL, then run again');
        const lines: string[] = [];
        let startTime = o.startTime;
        if (!startTime) {
          const now = Date.now();
          const slots: Row[] = await r('searches', 'get_free_slots', {
            calendarId: calendar.id,
            startDate: new Date(now).toISOString(),
            endDate: new Date(now + 7 * 86_400_000).toISOString(),
          });
          lines.push(`get_free_slots on "${calendar.name}": ${slots.length} free slots in the next 7 days`);
          if (!slots[0])
            throw new Error(`calendar "${calendar.name}" has no free slot in the next 7 days: open some hours, then run again`);
          startTime = String(slots[0].start);
        }
        const appt = await r('creates', 'create_appointment', { calendarId: calendar.id, contactId: contact.id, startTime, title: visit });
        ctx.appointment = appt;
        lines.push(`create_appointment: "${appt.title}" [${appt.id}] ${appt.startTime} → ${appt.endTime}, ${appt.appointmentStatus ?? ''}`);
        return lines;
      },
      count: (state) => state.events.filter((e) => e.title === visit).length,
    },
    {
      step: 'send_message',
      title: 'Send Message (SMS)',
      run: async (r, ctx) => {
        const res = await r('creates', 'send_message', { type: 'SMS', contactId: need(ctx.contact, 'contact').id, message: text });
        return [`send_message: SMS "${text}" [${res.messageId ?? res.id ?? '?'}]`];
      },
      count: (state) => state.messages.filter((m) => m.body === text).length,
    },
  ];
  return o.sms === false ? steps.filter((s) => s.step !== 'send_message') : steps;
};

/**
 * Runs the steps in order; a step that fails for good ends the walk, as it ends a Zap run.
 * `onStep` sees each result as it settles (npm start prints it).
 */
export const runWalk = async (steps: WalkStep[], run: Runner, onStep?: (s: WalkStep, r: StepResult) => void): Promise<StepResult[]> => {
  const ctx: WalkContext = {};
  const results: StepResult[] = [];
  for (const s of steps) {
    let attempts = 0;
    let error: StepResult['error'];
    let lines: string[] = [];
    while (attempts < MAX_ATTEMPTS) {
      attempts++;
      try {
        lines = await s.run(run, ctx);
        error = undefined;
        break;
      } catch (err) {
        error = errorParts(err);
        if (error.name !== 'ThrottledError') break;
      }
    }
    const result: StepResult = { step: s.step, attempts, error, lines, applied: 0 };
    results.push(result);
    onStep?.(s, result);
    if (error) break;
  }
  return results;
};

/** After a walk: how many times each step's write is in the sandbox (what GHL would hold). */
export const countApplied = (steps: WalkStep[], results: StepResult[], state: State) =>
  results.forEach((r) => (r.applied = steps.find((s) => s.step === r.step)?.count?.(state) ?? 0));
