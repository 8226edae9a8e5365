/**
 * Zapier's integration checks, read offline from a built app definition. Zapier runs its own on
 * `push` (server-side); these are the rules of ../shared/zapier/integration-checks.md that can be
 * read from the definition: ICR D-checks, publishing requirements (PR 4.x triggers, 5.x actions,
 * 6.x searches), output notation and the branding guideline's wording. Pure functions of the
 * definition: no request is made and no operation runs.
 */

export type Kind = 'trigger' | 'search' | 'create';

export interface Field {
  key: string;
  label?: string;
  helpText?: string;
  type?: string;
  required?: boolean;
  computed?: boolean;
  list?: boolean;
  choices?: unknown;
  dynamic?: string;
  search?: string;
  /** A line-item group: Zapier shows (and its schema gives help text to) the children only. */
  children?: Field[];
  dependsOn?: string[];
}

export interface OutputFieldDef {
  key: string;
  label?: string;
  type?: string;
  list?: boolean;
  required?: boolean;
}

export interface StepDef {
  key: string;
  noun: string;
  display: { label: string; description: string; hidden?: boolean };
  operation: {
    inputFields?: unknown[];
    sample?: Record<string, unknown>;
    outputFields?: unknown[];
    /** `hook` for REST-hook (instant) triggers, `polling` otherwise. */
    type?: string;
    performSubscribe?: unknown;
    performUnsubscribe?: unknown;
    performList?: unknown;
  };
}

export interface AppDef {
  authentication?: { fields?: Field[]; connectionLabel?: unknown };
  searchOrCreates?: Record<string, { key: string; search: string; create: string }>;
  triggers: Record<string, StepDef>;
  searches: Record<string, StepDef>;
  creates: Record<string, StepDef>;
}

export interface Step {
  kind: Kind;
  key: string;
  def: StepDef;
  /** Static input fields (functions computing fields at run time cannot be read offline). */
  inputs: Field[];
  outputs: OutputFieldDef[];
}

export interface Violation {
  rule: string;
  /** Operation key, or `authentication` for the connection's fields. */
  key: string;
  /** Input/output key or sample path the violation is about, when there is one. */
  field?: string;
  message: string;
}

/** What every rule gets: the whole definition (for cross references) and the step. */
export interface Context {
  steps: Step[];
  /** Every `dynamic` of the definition, including fields computed at run time that the caller lists. */
  dynamics: string[];
}

export interface Rule {
  id: string;
  /** Where the rule comes from (ICR id, PR section, BG, notation). */
  source: string;
  /** A firm rule counts toward "% of operations passing"; other rules are only reported. */
  firm: boolean;
  what: string;
  /** Violations of one step. */
  check?: (step: Step, ctx: Context) => Omit<Violation, 'rule' | 'key'>[];
  /** Violations of the connection (authentication fields). */
  checkAuth?: (fields: Field[]) => Omit<Violation, 'rule' | 'key'>[];
  /** Violations of the whole definition (connection label, search-or-creates), keyed by what they name. */
  checkApp?: (app: AppDef, ctx: Context) => Violation[];
}

// ---------------------------------------------------------------------------------------------
// Reading a definition
// ---------------------------------------------------------------------------------------------

const KINDS: [Kind, keyof Pick<AppDef, 'triggers' | 'searches' | 'creates'>][] = [
  ['trigger', 'triggers'],
  ['search', 'searches'],
  ['create', 'creates'],
];

const isField = (f: unknown): f is Field => typeof f === 'object' && f !== null && typeof (f as Field).key === 'string';

export const stepsOf = (app: AppDef): Step[] =>
  KINDS.flatMap(([kind, prop]) =>
    Object.entries(app[prop] ?? {}).map(([key, def]) => ({
      kind,
      key,
      def,
      // A line-item group stands for its children: they are the inputs the user fills.
      inputs: (def.operation.inputFields ?? []).filter(isField).flatMap((f) => (f.children?.length ? f.children.filter(isField) : [f])),
      outputs: (def.operation.outputFields ?? []).filter(isField) as OutputFieldDef[],
    })),
  );

const isHidden = (step: Step) => Boolean(step.def.display.hidden);
/** An input the user sees and fills: not computed, not a read-only copy block. */
const visibleInputs = (step: Step) => step.inputs.filter((f) => !f.computed && f.type !== 'copy');

/** An input that takes a record's id: its key or its label says so. */
export const isIdInput = (f: Field): boolean =>
  f.type !== 'boolean' &&
  !f.choices &&
  ((/(^id$|Ids?$|_ids?$)/.test(f.key) && !/(email|phone)Ids?$/i.test(f.key)) || /\bIDs?\b/.test(f.label ?? ''));

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** Sentences in a description; "e.g." and "..." do not end one. */
export const sentences = (s: string): string[] =>
  s
    .replace(/\b(e\.g|i\.e|etc|vs)\./g, '$1')
    .replace(/\.\.\.|…/g, '')
    .split(/(?<=[.!?])\s+(?=\S)/)
    .filter((x) => x.trim() !== '');

const APP_NAME = /\b(GHL|Go\s?HighLevel|High\s?Level|LeadConnector)\b/i;
const BARE_URL = /https?:\/\/[^\s)]+/g;

/** URLs not inside a markdown link target or inline code. */
export const bareUrls = (text: string): string[] => {
  const stripped = text.replace(/`[^`]*`/g, '').replace(/\]\([^)]*\)/g, ']');
  return stripped.match(BARE_URL) ?? [];
};

const PLURAL_EXEMPT = /(ss|us|is|ics)$/i;
export const isPlural = (noun: string): boolean => {
  const last = words(noun).pop() ?? '';
  return /s$/.test(last) && !PLURAL_EXEMPT.test(last) && !/^[A-Z]+s$/.test(last);
};

/**
 * Help text that only repeats the label ("First Name": "The contact's first name.") tells the
 * user nothing. `echoesLabel` finds it: the help text's words, without filler and without the
 * step's noun, are all in the label.
 */
const FILLER = new Set(['the', 'a', 'an', 'of', 'this', 'its', 'their', 'for', 'to', 'is', 'new', 'e', 'g']);

const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !FILLER.has(w))
    .map((w) => w.replace(/s$/, ''));

export const echoesLabel = (label: string, helpText: string | undefined, noun = ''): boolean => {
  if (!helpText) return false;
  const labelWords = new Set([...wordsOf(label), ...wordsOf(noun)]);
  const words = wordsOf(helpText);
  return words.length > 0 && words.every((w) => labelWords.has(w));
};

/** Help text that says where a value comes from when there is no dropdown. */
const WHERE_FROM =
  /\b(map (it|them|the|an?)\b|from (the|an?|its|your)\b|find (it|them)\b|found (in|on|under)\b|copy (it|them)\b|shown (in|on)\b|in the URL\b)/i;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const DATETIME_LIKE = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/;
const DATE_KEY = /(date|time|At|Date|Time|_at|timestamp)$/;
const EPOCH_MS = (n: number) => n > 1e11 && n < 1e14;

/** Every leaf of a sample with its path in Zapier's notation, and the arrays on the way. */
const walkSample = (
  value: unknown,
  path: string,
  visit: (path: string, value: unknown, key: string) => void,
  visitArray: (path: string, items: unknown[]) => void,
) => {
  if (Array.isArray(value)) {
    visitArray(path, value);
    for (const item of value.slice(0, 1))
      if (item && typeof item === 'object' && !Array.isArray(item)) walkSample(item, `${path}[]`, visit, visitArray);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      walkSample(v, path === '' ? k : path.endsWith('[]') ? `${path}${k}` : `${path}__${k}`, visit, visitArray);
    return;
  }
  visit(path, value, path.split(/__|\[\]/).pop() ?? path);
};

/** `trigger.id.label` → the trigger key and the fields it reads. */
const parseDynamic = (dynamic: string) => {
  const [key, value, label] = dynamic.split('.');
  return { key, value, label };
};

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

/** Words a title-case label keeps in lower case (D018). */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'nor',
  'but',
  'of',
  'to',
  'in',
  'on',
  'for',
  'by',
  'with',
  'from',
  'as',
  'at',
  'per',
  'vs',
]);

const forVisible =
  (fn: NonNullable<Rule['check']>): NonNullable<Rule['check']> =>
  (step, ctx) =>
    isHidden(step) ? [] : fn(step, ctx);

export const rules: Rule[] = [
  {
    id: 'D004 id-dropdown',
    source: 'ICR D004; PR 4.2.1/5.2.1/6.3.1; issue 11 §2',
    firm: true,
    what: 'an id input has a dynamic dropdown or a search link; where none can exist, its help text says where the value comes from',
    check: forVisible((step) =>
      visibleInputs(step)
        .filter((f) => isIdInput(f) && !f.dynamic && !f.search && !(f.helpText && WHERE_FROM.test(f.helpText)))
        .map((f) => ({ field: f.key, message: `"${f.label}" takes an id with no dropdown and no help text saying where it comes from` })),
    ),
  },
  {
    id: 'label-not-id',
    source: 'PR 4.2.1/5.2.1/6.3.1; issue 11 §2',
    firm: true,
    what: 'an input with a dropdown is labelled by the thing ("Contact"), not "… ID"',
    check: forVisible((step) =>
      visibleInputs(step)
        .filter((f) => (f.dynamic || f.search) && /\bIDs?\b/.test(f.label ?? ''))
        .map((f) => ({ field: f.key, message: `"${f.label}" has a dropdown: label it by the record, without "ID"` })),
    ),
  },
  {
    id: 'D021 trigger-description',
    source: 'ICR D021; BG',
    firm: true,
    what: 'a visible trigger\'s description starts "Triggers when" and ends with "."',
    check: forVisible((step) =>
      step.kind === 'trigger' && !/^Triggers when .*\.$/.test(step.def.display.description)
        ? [{ message: `description "${step.def.display.description.slice(0, 50)}…" does not start "Triggers when" and end with "."` }]
        : [],
    ),
  },
  {
    id: 'hook-trigger',
    source: 'PR 4.x (REST hook triggers); schema BasicHookOperation',
    firm: true,
    what: "a REST-hook trigger subscribes and unsubscribes, and has performList so Zapier's test step reads real records",
    check: (step) =>
      step.kind === 'trigger' && step.def.operation.type === 'hook'
        ? (['performSubscribe', 'performUnsubscribe', 'performList'] as const)
            .filter((fn) => typeof step.def.operation[fn] !== 'function')
            .map((fn) => ({ message: `a hook trigger without ${fn}` }))
        : [],
  },
  {
    id: 'search-description',
    source: 'BG',
    firm: true,
    what: 'a search\'s description starts "Finds"',
    check: forVisible((step) =>
      step.kind === 'search' && !/^Finds /.test(step.def.display.description) ? [{ message: 'description does not start "Finds"' }] : [],
    ),
  },
  {
    id: 'action-description',
    source: 'BG',
    firm: true,
    what: 'an action\'s description starts with what it does ("Creates a …", "Updates …", "Sends …")',
    check: forVisible((step) =>
      step.kind === 'create' && !/^[A-Z][a-z]+s\b/.test(step.def.display.description)
        ? [{ message: 'description does not start with a verb like "Creates"' }]
        : [],
    ),
  },
  {
    id: 'search-label-find',
    source: 'PR 6.2',
    firm: true,
    what: 'a search is named "Find …"',
    check: forVisible((step) =>
      step.kind === 'search' && !/^Find /.test(step.def.display.label)
        ? [{ message: `label "${step.def.display.label}" does not start "Find"` }]
        : [],
    ),
  },
  {
    id: 'no-app-name',
    source: 'PR 4.1/5.1/6.2',
    firm: true,
    what: 'labels and descriptions do not name the app (GHL, HighLevel, LeadConnector)',
    check: forVisible((step) =>
      [step.def.display.label, step.def.display.description]
        .filter((t) => APP_NAME.test(t))
        .map((t) => ({ message: `"${t.slice(0, 60)}…" names the app` })),
    ),
  },
  {
    id: 'one-short-sentence',
    source: 'BG',
    firm: true,
    what: 'a description is one sentence of at most 12 words',
    check: forVisible((step) => {
      const d = step.def.display.description;
      const n = words(d).length;
      const count = sentences(d).length;
      return count > 1 || n > 12 ? [{ message: `${count} sentence(s), ${n} words` }] : [];
    }),
  },
  {
    id: 'very-short-sentence',
    source: 'BG (phrase + 3–5 words)',
    firm: false,
    what: 'a description has at most 8 words (the guideline; reported only)',
    check: forVisible((step) => {
      const n = words(step.def.display.description).length;
      return n > 8 ? [{ message: `${n} words` }] : [];
    }),
  },
  {
    id: 'singular-noun',
    source: 'PR 4.1',
    firm: true,
    what: 'the noun is singular',
    check: forVisible((step) => (isPlural(step.def.noun) ? [{ message: `noun "${step.def.noun}" is plural` }] : [])),
  },
  {
    id: 'required-first',
    source: 'PR 4.2.5/5.2.2/6.3.5',
    firm: true,
    what: 'required inputs come before optional ones (an optional input a dropdown depends on comes before it)',
    check: forVisible((step) => {
      // An optional input that a dropdown depends on (a calendar before its appointments) must come first.
      const needed = new Set(step.inputs.flatMap((f) => f.dependsOn ?? []));
      const inputs = visibleInputs(step).filter((f) => f.required || !needed.has(f.key));
      const firstOptional = inputs.findIndex((f) => !f.required);
      if (firstOptional < 0) return [];
      return inputs
        .slice(firstOptional)
        .filter((f) => f.required)
        .map((f) => ({ field: f.key, message: `required "${f.label}" comes after optional "${inputs[firstOptional].label}"` }));
    }),
  },
  {
    id: 'unique-input-labels',
    source: 'PR 4.2/5.2/6.3; issue 11 §5',
    firm: true,
    what: 'no two inputs of a step share a label',
    check: (step) => {
      const seen = new Map<string, string>();
      const out: Omit<Violation, 'rule' | 'key'>[] = [];
      for (const f of visibleInputs(step)) {
        const label = (f.label ?? f.key).trim().toLowerCase();
        const other = seen.get(label);
        if (other) out.push({ field: f.key, message: `"${f.label}" is also the label of ${other}` });
        else seen.set(label, f.key);
      }
      return out;
    },
  },
  {
    id: 'input-help-text',
    source: 'PR 4.2/5.2/6.3; issue 11 §5',
    firm: true,
    what: 'every visible input has help text',
    check: forVisible((step) =>
      visibleInputs(step)
        .filter((f) => !f.helpText || f.helpText.trim() === '')
        .map((f) => ({ field: f.key, message: `"${f.label}" has no help text` })),
    ),
  },
  {
    id: 'D001 no-secret-input',
    source: 'ICR D001',
    firm: true,
    what: 'no operation input asks for a password or other secret',
    check: (step) =>
      step.inputs
        .filter((f) => f.type === 'password' || /password|secret|api.?key|token/i.test(`${f.key} ${f.label ?? ''}`))
        .map((f) => ({ field: f.key, message: `"${f.label}" looks like a secret` })),
  },
  {
    id: 'D002 auth-help-link',
    source: 'ICR D002',
    firm: true,
    what: 'each connection field the user fills says where to find the value; a token or key field links to the page where it is made',
    checkAuth: (fields) =>
      fields
        .filter((f) => !f.computed && !f.choices)
        .filter((f) => !f.helpText || (f.type === 'password' && !/\]\(https:\/\/[^)]+\)/.test(f.helpText)))
        .map((f) => ({
          field: f.key,
          message: f.helpText
            ? `"${f.label ?? f.key}" has no markdown link to where the value is made`
            : `"${f.label ?? f.key}" has no help text`,
        })),
  },
  {
    id: 'D008 no-bare-url',
    source: 'ICR D008',
    firm: true,
    what: 'help texts and descriptions have no bare URL (a markdown link or code instead)',
    check: (step) =>
      [
        ...step.inputs.map((f) => ({ field: f.key as string | undefined, text: f.helpText ?? '' })),
        { field: undefined, text: step.def.display.description },
      ]
        .filter(({ text }) => bareUrls(text).length)
        .map(({ field, text }) => ({ ...(field ? { field } : {}), message: `bare URL ${bareUrls(text)[0]}` })),
    checkAuth: (fields) =>
      fields
        .filter((f) => bareUrls(f.helpText ?? '').length)
        .map((f) => ({ field: f.key, message: `bare URL ${bareUrls(f.helpText ?? '')[0]}` })),
  },
  {
    id: 'hidden-trigger-purpose',
    source: 'issue 11 §3',
    firm: true,
    what: 'a hidden trigger fills a dropdown, or says it remains only for existing Zaps',
    check: (step, ctx) =>
      step.kind === 'trigger' &&
      isHidden(step) &&
      !ctx.dynamics.some((d) => parseDynamic(d).key === step.key) &&
      !/existing Zaps/i.test(step.def.display.description)
        ? [{ message: 'hidden, no dropdown uses it, and its description does not say it remains for existing Zaps' }]
        : [],
  },
  {
    id: 'one-trigger-per-event',
    source: 'issue 11 §3',
    firm: true,
    what: 'no two visible triggers have the same label',
    check: forVisible((step, ctx) =>
      step.kind === 'trigger' &&
      ctx.steps.some((o) => o !== step && o.kind === 'trigger' && !isHidden(o) && o.def.display.label === step.def.display.label)
        ? [{ message: `another visible trigger is also "${step.def.display.label}"` }]
        : [],
    ),
  },
  {
    id: 'unique-step-labels',
    source: 'ICR (operation labels)',
    firm: true,
    what: 'no two visible steps of one kind share a label',
    check: forVisible((step, ctx) =>
      ctx.steps.some(
        (o) =>
          o !== step && o.kind === step.kind && !isHidden(o) && o.def.display.label.toLowerCase() === step.def.display.label.toLowerCase(),
      )
        ? [{ message: `label "${step.def.display.label}" is used twice` }]
        : [],
    ),
  },
  {
    id: 'D005/D013 dropdown-target',
    source: 'ICR D005, D013',
    firm: true,
    what: 'a dropdown reads an existing trigger whose sample has its value and label fields; a search link names a search',
    check: (step, ctx) =>
      step.inputs.flatMap((f) => {
        const out: Omit<Violation, 'rule' | 'key'>[] = [];
        if (f.dynamic) {
          const { key, value, label } = parseDynamic(f.dynamic);
          const target = ctx.steps.find((s) => s.kind === 'trigger' && s.key === key);
          if (!target) out.push({ field: f.key, message: `dropdown trigger ${key} does not exist` });
          else {
            const sample = target.def.operation.sample ?? {};
            for (const k of [value, label]) if (k && !(k in sample)) out.push({ field: f.key, message: `${key}'s sample has no "${k}"` });
          }
        }
        if (f.search) {
          const key = f.search.split('.')[0];
          if (!ctx.steps.some((s) => s.kind === 'search' && s.key === key))
            out.push({ field: f.key, message: `search ${key} does not exist` });
        }
        return out;
      }),
  },
  {
    id: 'D010/D012 sample',
    source: 'ICR D010, D012; PR 4.6',
    firm: true,
    what: "every step has a sample, and a trigger's sample has an id",
    check: (step) => {
      const sample = step.def.operation.sample;
      if (!sample || !Object.keys(sample).length) return [{ message: 'no sample' }];
      return step.kind === 'trigger' && (sample.id === undefined || sample.id === '') ? [{ message: 'trigger sample has no id' }] : [];
    },
  },
  {
    id: 'search-link',
    source: 'ICR D014; issue 11 §2',
    firm: false,
    what: "an action's record dropdown also links a search that finds that record by other values (reported only: some searches need an agency connection)",
    check: forVisible((step, ctx) =>
      step.kind !== 'create'
        ? []
        : visibleInputs(step)
            .filter((f) => f.dynamic && !f.search && !f.list)
            .flatMap((f) => {
              const noun = ctx.steps.find((s) => s.kind === 'trigger' && s.key === parseDynamic(f.dynamic ?? '').key)?.def.noun;
              const finder = ctx.steps.find(
                (s) =>
                  s.kind === 'search' &&
                  s !== step &&
                  !isHidden(s) &&
                  s.def.noun === noun &&
                  visibleInputs(s).some((i) => !isIdInput(i) && !i.dynamic),
              );
              return finder ? [{ field: f.key, message: `"${f.label}" could link ${finder.key} ("${finder.def.display.label}")` }] : [];
            }),
    ),
  },
  {
    id: 'D003 connection-label',
    source: 'ICR D003',
    firm: true,
    what: 'the connection has a label that tells accounts apart',
    checkApp: (app) =>
      app.authentication && !app.authentication.connectionLabel
        ? [{ rule: 'D003 connection-label', key: 'authentication', message: 'no connectionLabel' }]
        : [],
  },
  {
    id: 'D007 https',
    source: 'ICR D007',
    firm: true,
    what: 'every URL in help texts and descriptions is https',
    check: (step) =>
      [...step.inputs.map((f) => f.helpText ?? ''), step.def.display.description]
        .flatMap((t) => t.match(/http:\/\/[^\s)`]+/g) ?? [])
        .map((url) => ({ message: `${url} is not https` })),
    checkAuth: (fields) =>
      fields.flatMap((f) => (f.helpText ?? '').match(/http:\/\/[^\s)`]+/g) ?? []).map((url) => ({ message: `${url} is not https` })),
  },
  {
    id: 'D009 search-input',
    source: 'ICR D009',
    firm: true,
    what: 'a search has at least one field to search on',
    check: forVisible((step) =>
      step.kind === 'search' && !visibleInputs(step).length ? [{ message: 'a search without input fields' }] : [],
    ),
  },
  {
    id: 'D011 redundant-help',
    source: 'ICR D011; issue 21',
    firm: true,
    what: 'help text says more than the label (not "The contact\'s first name." under "First Name")',
    check: (step) =>
      step.inputs
        .filter((f) => f.label && echoesLabel(f.label, f.helpText, step.def.noun))
        .map((f) => ({ field: f.key, message: `help text of "${f.label}" only repeats the label: "${f.helpText}"` })),
  },
  {
    id: 'D014 search-needs-dropdown',
    source: 'ICR D014',
    firm: true,
    what: 'an input with a search link also has a dynamic dropdown',
    check: (step) =>
      step.inputs
        .filter((f) => f.search && !f.dynamic)
        .map((f) => ({ field: f.key, message: `"${f.label}" links a search but has no dropdown` })),
  },
  {
    id: 'D015 search-or-create',
    source: 'ICR D015',
    firm: true,
    what: 'a search-or-create names an existing search and create',
    checkApp: (app, ctx) =>
      Object.entries(app.searchOrCreates ?? {}).flatMap(([key, soc]) =>
        [
          ['search', soc.search],
          ['create', soc.create],
        ]
          .filter(([kind, k]) => !ctx.steps.some((s) => s.kind === kind && s.key === k))
          .map(([kind, k]) => ({ rule: 'D015 search-or-create', key, message: `${kind} ${k} does not exist` })),
      ),
  },
  {
    id: 'D018 title-case',
    source: 'ICR D018',
    firm: true,
    what: 'step labels are in title case',
    check: forVisible((step) => {
      const bad = words(step.def.display.label.replace(/[()]/g, ' ')).filter(
        (w, i) => /^[a-z]/.test(w) && (i === 0 || !SMALL_WORDS.has(w)),
      );
      return bad.length ? [{ message: `"${step.def.display.label}": ${bad.join(', ')} not capitalised` }] : [];
    }),
  },
  {
    id: 'D022 create-inputs',
    source: 'ICR D022',
    firm: true,
    what: 'an action has static input fields (for Zap templates)',
    check: forVisible((step) => (step.kind === 'create' && !visibleInputs(step).length ? [{ message: 'no static input fields' }] : [])),
  },
  {
    id: 'D024 sample-types',
    source: 'ICR D024',
    firm: true,
    what: 'the sample has every required output field, and its values match the output field types',
    check: (step) => {
      const values = new Map<string, unknown>();
      walkSample(
        step.def.operation.sample ?? {},
        '',
        (path, value) => values.set(path, value),
        (path, items) => values.set(path, items),
      );
      const out: Omit<Violation, 'rule' | 'key'>[] = [];
      for (const o of step.outputs) {
        const v = values.get(o.key);
        if (v === undefined || v === null) {
          if (o.required) out.push({ field: o.key, message: `required output "${o.key}" is not in the sample` });
          continue;
        }
        if (Array.isArray(v)) continue;
        const ok =
          o.type === 'number' || o.type === 'integer'
            ? typeof v === 'number' && (o.type === 'number' || Number.isInteger(v))
            : o.type === 'boolean'
              ? typeof v === 'boolean'
              : o.type === 'datetime'
                ? typeof v === 'string' && !Number.isNaN(Date.parse(v))
                : true;
        if (!ok) out.push({ field: o.key, message: `sample value ${JSON.stringify(v)} is not of type ${o.type}` });
      }
      return out;
    },
  },
  {
    id: 'notation',
    source: 'zapier-platform-schema RefResourceSchema; issue 11 §4',
    firm: true,
    what: 'output keys of arrays of objects are `parent[]child`, never `parent[]__child`',
    check: (step) => step.outputs.filter((o) => o.key.includes('[]__')).map((o) => ({ field: o.key, message: `"${o.key}" uses []__` })),
  },
  {
    id: 'D024 list-outputs',
    source: 'ICR D024',
    firm: true,
    what: 'an output whose sample value is an array of values is declared `list: true` with its item type (visible steps: a hidden one maps nothing)',
    check: forVisible((step) => {
      const out: Omit<Violation, 'rule' | 'key'>[] = [];
      const byKey = new Map(step.outputs.map((o) => [o.key, o]));
      walkSample(
        step.def.operation.sample ?? {},
        '',
        () => undefined,
        (path, items) => {
          if (items.length && typeof items[0] === 'object' && items[0] !== null) return;
          const o = byKey.get(path);
          if (!o || !o.list || !o.type) out.push({ field: path, message: `array "${path}" is not declared list: true with a type` });
        },
      );
      return out;
    }),
  },
  {
    id: 'D023 iso-dates',
    source: 'ICR D023; PR 4.6.3',
    firm: true,
    what: 'dates in samples are ISO 8601 with an offset, never epoch milliseconds',
    check: (step) => {
      const out: Omit<Violation, 'rule' | 'key'>[] = [];
      walkSample(
        step.def.operation.sample ?? {},
        '',
        (path, value, key) => {
          if (typeof value === 'string' && DATETIME_LIKE.test(value) && !ISO_WITH_OFFSET.test(value))
            out.push({ field: path, message: `"${value}" is not ISO 8601 with an offset` });
          if (typeof value === 'number' && DATE_KEY.test(key) && EPOCH_MS(value))
            out.push({ field: path, message: `${value} is epoch milliseconds` });
        },
        () => undefined,
      );
      return out;
    },
  },
  {
    id: 'output-labels',
    source: 'issue 11 §4',
    firm: true,
    what: 'every declared output field has a label',
    check: (step) =>
      step.outputs.filter((o) => !o.label || !o.label.trim()).map((o) => ({ field: o.key, message: `output "${o.key}" has no label` })),
  },
  {
    id: 'PR 5.7 delete-action',
    source: 'PR 5.7',
    firm: false,
    what: 'no delete actions (the catalog promises them: a product choice, reported only)',
    check: forVisible((step) =>
      step.kind === 'create' && /^Delete /.test(step.def.display.label) ? [{ message: 'a delete action' }] : [],
    ),
  },
  {
    id: 'PR 5.6 create-or-update',
    source: 'PR 5.6',
    firm: false,
    what: 'no Create-or-Update actions (the catalog promises them: a product choice, reported only)',
    check: forVisible((step) =>
      step.kind === 'create' && /^Create or Update /.test(step.def.display.label) ? [{ message: 'a create-or-update action' }] : [],
    ),
  },
];

// ---------------------------------------------------------------------------------------------
// Running the rules, exceptions and figures
// ---------------------------------------------------------------------------------------------

export interface AcceptedException {
  rule: string;
  key: string;
  field?: string;
  reason: string;
}

export const isAccepted = (v: Violation, accepted: readonly AcceptedException[]) =>
  accepted.some((a) => a.rule === v.rule && a.key === v.key && (a.field === undefined || a.field === v.field));

/** Runs every rule on one definition. `extraDynamics`: `dynamic`s of fields computed at run time. */
export const checkApp = (app: AppDef, extraDynamics: string[] = []): { steps: Step[]; violations: Violation[] } => {
  const steps = stepsOf(app);
  const authFields = (app.authentication?.fields ?? []).filter(isField);
  const dynamics = [
    ...steps.flatMap((s) => s.inputs.map((f) => f.dynamic).filter((d): d is string => Boolean(d))),
    ...authFields.map((f) => f.dynamic).filter((d): d is string => Boolean(d)),
    ...extraDynamics,
  ];
  const ctx: Context = { steps, dynamics };
  const violations: Violation[] = [];
  for (const rule of rules) {
    for (const step of steps) for (const v of rule.check?.(step, ctx) ?? []) violations.push({ rule: rule.id, key: step.key, ...v });
    for (const v of rule.checkAuth?.(authFields) ?? []) violations.push({ rule: rule.id, key: 'authentication', ...v });
    violations.push(...(rule.checkApp?.(app, ctx) ?? []));
  }
  return { steps, violations };
};

export interface Figures {
  operations: number;
  /** Operations with no violation of a firm rule. */
  passing: number;
  /** Operations whose firm violations are all accepted exceptions. */
  passingWithExceptions: number;
  /** Operations with no violation of an ICR D-check. */
  passingDChecks: number;
}

export const figures = (steps: Step[], violations: Violation[], accepted: readonly AcceptedException[]): Figures => {
  const firm = new Set(rules.filter((r) => r.firm).map((r) => r.id));
  const firmOf = (key: string) => violations.filter((v) => v.key === key && firm.has(v.rule));
  return {
    operations: steps.length,
    passing: steps.filter((s) => firmOf(s.key).length === 0).length,
    passingWithExceptions: steps.filter((s) => firmOf(s.key).every((v) => isAccepted(v, accepted))).length,
    passingDChecks: steps.filter((s) => firmOf(s.key).every((v) => !/^D\d{3}/.test(v.rule))).length,
  };
};
