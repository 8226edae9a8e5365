/**
 * Input field builders. One declaration gives Zapier's input field (label, type, help, dropdown)
 * and the zod schema that validates and normalises the value before any request is sent.
 */
import { z as zod, type ZodTypeAny } from 'zod';
import { parseDate, toDateOnly, toIsoWithOffset } from './dates';

/** What a field may know about the invocation while it reads a value. */
export interface ReadContext {
  timezone?: string | null;
}

/** The Zapier side of a field, without its key (the key is the property name in `input`). */
export interface ZapierFieldProps {
  label: string;
  helpText?: string;
  type?: 'string' | 'text' | 'integer' | 'number' | 'boolean' | 'datetime' | 'password' | 'copy' | 'code' | 'file';
  required?: boolean;
  list?: boolean;
  dict?: boolean;
  default?: string;
  placeholder?: string;
  choices?: Record<string, string> | { value: string; label: string; sample: string }[];
  dynamic?: string;
  search?: string;
  altersDynamicFields?: boolean;
  /** Inputs that must be filled first; Zapier clears this one when they change (dependent dropdowns). */
  dependsOn?: string[];
  computed?: boolean;
  /** Line-item inputs (Zapier's `children`): the value is a list of objects with these keys. */
  children?: Array<{ key: string } & Omit<ZapierFieldProps, 'children'>>;
}

export interface FieldDef<T = unknown> {
  props: ZapierFieldProps;
  /** Builds the schema of the value as given (undefined when empty). */
  schema: (ctx: ReadContext) => ZodTypeAny;
  /** Phantom type of the parsed value. */
  readonly _type?: T;
}

export interface FieldOptions {
  required?: boolean;
  helpText?: string;
  default?: string;
  placeholder?: string;
  altersDynamicFields?: boolean;
  /** Input keys this one depends on, e.g. a blog post on its blog: the dropdown lists what they select. */
  dependsOn?: string[];
}

type Opts<X = object> = FieldOptions & X;

/** Empty strings, whitespace and null count as "not given". Strings are trimmed. */
const blankToUndefined = (v: unknown): unknown => {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? undefined : t;
  }
  if (Array.isArray(v)) {
    const items = v.map(blankToUndefined).filter((x) => x !== undefined);
    return items.length ? items : undefined;
  }
  return v;
};

const make = <T>(props: ZapierFieldProps, inner: (ctx: ReadContext) => ZodTypeAny, opts: FieldOptions): FieldDef<T> => ({
  props: {
    ...props,
    required: Boolean(opts.required),
    ...(opts.helpText ? { helpText: opts.helpText } : {}),
    ...(opts.default !== undefined ? { default: opts.default } : {}),
    ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
    ...(opts.altersDynamicFields ? { altersDynamicFields: true } : {}),
    ...(opts.dependsOn?.length ? { dependsOn: opts.dependsOn } : {}),
  },
  schema: (ctx) => {
    const base = inner(ctx);
    if (!opts.required) return zod.preprocess(blankToUndefined, base.optional());
    // A missing value is "required" whatever the field's own schema would say of undefined.
    return zod.preprocess(
      blankToUndefined,
      zod
        .any()
        .refine((v) => v !== undefined, { message: 'is required' })
        .pipe(base),
    );
  },
});

const string = (label: string, opts: Opts = {}) =>
  make<string>({ label, type: 'string' }, () => zod.string({ invalid_type_error: 'must be text' }), opts);

const text = (label: string, opts: Opts = {}) =>
  make<string>({ label, type: 'text' }, () => zod.string({ invalid_type_error: 'must be text' }), opts);

const password = (label: string, opts: Opts = {}) => make<string>({ label, type: 'password' }, () => zod.string(), opts);

/** Help text that says the format, for fields whose declaration gives none. */
const withFormat = (opts: FieldOptions, format: string): FieldOptions => ({ ...opts, helpText: opts.helpText ?? format });

const email = (label: string, opts: Opts = {}) =>
  make<string>(
    { label, type: 'string' },
    () => zod.string().email('must be an email address, like jane@example.com'),
    withFormat(opts, 'An email address, e.g. jane@example.com.'),
  );

const url = (label: string, opts: Opts = {}) =>
  make<string>(
    { label, type: 'string' },
    () => zod.string().url('must be a full URL, like https://example.com/page'),
    withFormat(opts, 'A full web address, e.g. `https://example.com/page`.'),
  );

/** A file: Zapier hands the step a URL it can download (a file from an earlier step, or text it made a file of). */
const file = (label: string, opts: Opts = {}) =>
  make<string>({ label, type: 'file' }, () => zod.string().url('must be a file or a full URL to one'), opts);

/** A phone number; GHL stores E.164 (+15551234567). Spaces, dots, dashes and brackets are dropped. */
const phone = (label: string, opts: Opts = {}) =>
  make<string>(
    { label, type: 'string' },
    () =>
      zod
        .string()
        .transform((s) => s.replace(/[\s().-]/g, ''))
        .refine((s) => /^\+?\d{5,16}$/.test(s), 'must be a phone number, like +15551234567'),
    withFormat(opts, 'A phone number with country code, e.g. +15551234567.'),
  );

/*
 * Numbers, yes/no values and dates are declared to Zapier as text and read here. Zapier's own
 * parser (production, and the CLI's `invoke`) turns a `number`/`integer` input that holds no
 * number into 0, any unknown word in a `boolean` input into true, and a `datetime` input with no
 * date in it into the current time, all before the app sees the value: the step would save the
 * wrong thing without a word. Declared as text, the value arrives as the user typed or mapped it,
 * and the schemas below accept what Zapier's parser reads correctly and refuse the rest, naming
 * the field, before any request.
 */

/** "$1,200.50", " 42 ", "-3", "1,200": a currency sign and thousands commas may surround the number. */
const NUMBER_TEXT = /^([-+]?)\s*\p{Sc}?\s*([-+]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?$/u;

/** The number in `v` when it is text holding one; other values pass through to the number schema. */
export const readNumber = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  const m = NUMBER_TEXT.exec(v.trim().replace(/\s*\p{Sc}\s*$/u, ''));
  if (!m || (m[3] === undefined && m[4] === undefined) || (m[1] && m[2])) return v;
  return Number(`${m[1] || m[2]}${(m[3] ?? '0').replace(/,/g, '')}${m[4] ?? ''}`);
};

const number = (label: string, opts: Opts<{ integer?: boolean; min?: number; max?: number }> = {}) =>
  make<number>(
    { label, type: 'string' },
    () => {
      let n = zod.number({ invalid_type_error: `must be a number, e.g. ${opts.integer ? '42' : '1200.50'}` }).finite('must be a number');
      if (opts.integer) n = n.int('must be a whole number');
      if (opts.min !== undefined) n = n.min(opts.min, `must be at least ${opts.min}`);
      if (opts.max !== undefined) n = n.max(opts.max, `must be at most ${opts.max}`);
      return zod.preprocess(readNumber, n);
    },
    opts,
  );

const TRUE = new Set(['true', 'yes', 'y', 't', '1', 'on']);
const FALSE = new Set(['false', 'no', 'n', 'f', '0', 'off']);

/** The two values the editor offers for a yes/no input. */
const BOOLEAN_CHOICES = { true: 'True', false: 'False' };

const boolean = (label: string, opts: Opts = {}) =>
  make<boolean>(
    { label, type: 'string', choices: BOOLEAN_CHOICES },
    () =>
      zod.preprocess(
        (v) => {
          if (typeof v === 'number' && (v === 0 || v === 1)) return v === 1;
          if (typeof v === 'string') {
            const t = v.toLowerCase();
            if (TRUE.has(t)) return true;
            if (FALSE.has(t)) return false;
          }
          return v;
        },
        zod.boolean({ invalid_type_error: 'must be yes or no (true/false)' }),
      ),
    opts,
  );

/** Format help of date-and-time inputs. */
const DATETIME_HELP = "A date and time, e.g. 2026-03-01T14:30:00-05:00; without an offset, the Zap's time zone applies.";

export type DateFormat = 'iso' | 'isoUtc' | 'epochMs' | 'dateOnly';

/**
 * A date and time. Sent as GHL wants it: ISO 8601 with the Zap's offset (`iso`), ISO in UTC
 * (`isoUtc`), epoch milliseconds (`epochMs`) or YYYY-MM-DD (`dateOnly`).
 */
const datetime = (label: string, opts: Opts<{ as: DateFormat }>) =>
  make<string | number>(
    { label, type: 'string' },
    (ctx) =>
      zod.unknown().transform((v, c) => {
        const ms = parseDate(v, ctx.timezone);
        if (ms === undefined) {
          c.addIssue({
            code: 'custom',
            message: `could not be read as a date ("${String(v).slice(0, 40)}"); use e.g. 2026-03-01T14:30:00-05:00`,
          });
          return zod.NEVER;
        }
        switch (opts.as) {
          case 'epochMs':
            return ms;
          case 'isoUtc':
            return new Date(ms).toISOString();
          case 'dateOnly':
            return toDateOnly(ms, ctx.timezone);
          default:
            return toIsoWithOffset(ms, ctx.timezone);
        }
      }),
    withFormat(opts, opts.as === 'dateOnly' ? 'A date, e.g. 2026-03-01.' : DATETIME_HELP),
  );

/** One of a fixed set of values; `choices` maps value → label. */
const choice = <V extends string>(label: string, choices: Record<V, string>, opts: Opts = {}) => {
  const values = Object.keys(choices) as [V, ...V[]];
  return make<V>(
    { label, type: 'string', choices },
    () =>
      zod.preprocess(
        // Accept a label or any capitalisation of a value, as users map them from other apps.
        (v) => {
          if (typeof v !== 'string') return v;
          const found = values.find((k) => k.toLowerCase() === v.toLowerCase() || String(choices[k]).toLowerCase() === v.toLowerCase());
          return found ?? v;
        },
        zod.enum(values, { errorMap: () => ({ message: `must be one of: ${values.join(', ')}` }) }),
      ),
    opts,
  );
};

/** Splits "a, b" or one-per-line text into items; arrays pass through. */
const splitList = (v: unknown): unknown => {
  if (typeof v === 'string')
    return v
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  return v;
};

/** A list of text values (Zapier list field; comma-separated text is accepted too). */
const list = (label: string, opts: Opts = {}) =>
  make<string[]>(
    { label, type: 'string', list: true },
    () => zod.preprocess(splitList, zod.array(zod.coerce.string().trim().min(1)).min(1, 'needs at least one value')),
    opts,
  );

/** JSON typed by the user (an object or array), for the few deeply nested bodies GHL takes. */
const json = (label: string, opts: Opts<{ shape?: 'object' | 'array' | 'any' }> = {}) =>
  make<unknown>(
    { label, type: 'code' },
    () =>
      zod.unknown().transform((v, c) => {
        let value = v;
        if (typeof v === 'string') {
          try {
            value = JSON.parse(v);
          } catch {
            c.addIssue({ code: 'custom', message: 'must be valid JSON' });
            return zod.NEVER;
          }
        }
        const shape = opts.shape ?? 'any';
        if (shape === 'array' && !Array.isArray(value)) c.addIssue({ code: 'custom', message: 'must be a JSON array ([...])' });
        if (shape === 'object' && (typeof value !== 'object' || value === null || Array.isArray(value)))
          c.addIssue({ code: 'custom', message: 'must be a JSON object ({...})' });
        return value;
      }),
    opts,
  );

/**
 * A note shown in the step (Zapier copy field): what the user should know before relying on the
 * step, e.g. which records a trigger can see. Takes no value.
 */
const about = (helpText: string) =>
  make<undefined>({ label: 'About This Step', type: 'copy' }, () => zod.any().transform(() => undefined), { helpText });

/** Key/value pairs (Zapier dict field). */
const dict = (label: string, opts: Opts = {}) =>
  make<Record<string, string>>(
    { label, type: 'string', dict: true },
    () =>
      zod.preprocess(
        (v) => {
          if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
          const entries = Object.entries(v as Record<string, unknown>)
            .map(([k, val]) => [k.trim(), val] as const)
            .filter(([k, val]) => k !== '' && val !== undefined && val !== null && String(val).trim() !== '');
          return entries.length ? Object.fromEntries(entries) : undefined;
        },
        zod.record(zod.union([zod.string(), zod.number(), zod.boolean(), zod.array(zod.string())])),
      ),
    opts,
  );

/**
 * An id. Never empty, never "." or "..", no control characters: together with encoding in the
 * request layer this keeps any value inside its own path segment.
 */
const idSchema = () =>
  zod
    .preprocess((v) => (typeof v === 'number' ? String(v) : v), zod.string({ invalid_type_error: 'must be an id (text)' }))
    .refine((s) => s !== '.' && s !== '..', 'is not a valid id')
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters')
    .refine((s) => s.length <= 512, 'is too long to be an id');

interface IdOpts extends FieldOptions {
  dynamic?: string;
  search?: string;
}

const id = (label: string, opts: IdOpts = {}) =>
  make<string>(
    {
      label,
      type: 'string',
      ...(opts.dynamic ? { dynamic: opts.dynamic } : {}),
      ...(opts.search ? { search: opts.search } : {}),
    },
    idSchema,
    opts,
  );

/** Several ids (a list field with the same dropdown). */
const ids = (label: string, opts: IdOpts = {}) =>
  make<string[]>(
    {
      label,
      type: 'string',
      list: true,
      ...(opts.dynamic ? { dynamic: opts.dynamic } : {}),
      ...(opts.search ? { search: opts.search } : {}),
    },
    () => zod.preprocess(splitList, zod.array(idSchema()).min(1, 'needs at least one id')),
    opts,
  );

/** Dropdown-backed id builders: one place says which trigger fills which dropdown. */
const dropdown =
  (label: string, dynamic: string, search?: string, helpText?: string) =>
  (opts: IdOpts & { label?: string } = {}) =>
    id(opts.label ?? label, { dynamic, search, helpText, ...opts });
const dropdownList =
  (label: string, dynamic: string, helpText?: string) =>
  (opts: IdOpts & { label?: string } = {}) =>
    ids(opts.label ?? label, { dynamic, helpText, ...opts });

export const fields = {
  string,
  text,
  password,
  email,
  url,
  file,
  phone,
  number,
  boolean,
  datetime,
  choice,
  list,
  json,
  dict,
  about,
  id,
  ids,
  contact: dropdown('Contact', 'search_contacts.id.name', 'find_contact.id', 'Choose a contact, or map a contact ID from an earlier step.'),
  user: dropdown('User', 'list_users_by_location.id.name', undefined, 'Choose a user of this location, or map a user ID.'),
  users: dropdownList('Users', 'list_users_by_location.id.name', 'Choose users of this location, or map user IDs.'),
  campaign: dropdown('Campaign', 'list_campaigns.id.name', undefined, 'Choose a campaign, or map a campaign ID from an earlier step.'),
  workflow: dropdown('Workflow', 'list_workflows.id.name', undefined, 'Choose a workflow, or map a workflow ID from an earlier step.'),
};

export type InputDefs = Record<string, FieldDef>;

/**
 * Leaves out the keys whose value is undefined, so a body never blanks in GHL what the user left
 * empty: every field's schema has turned a blank input (null, '', whitespace) into undefined.
 */
export const compact = <T extends Record<string, unknown>>(values: T): Partial<T> =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;

/** A postal address; `street` is the key GHL uses for the street line (address1 or address). */
export const postalAddressFields = <K extends string>(street: K) =>
  ({
    [street]: string('Street Address', { helpText: 'Street and number, e.g. 3535 1st St N.' }),
    city: string('City', { helpText: 'The city or town.' }),
    state: string('State / Region', { helpText: 'State, province or region, e.g. AL or Ontario.' }),
    postalCode: string('Postal Code', { helpText: 'ZIP or postal code, e.g. 35061.' }),
    country: string('Country', { helpText: 'Two-letter country code, e.g. US or GB.' }),
  }) as Record<K | 'city' | 'state' | 'postalCode' | 'country', FieldDef<string>>;

/** The parsed input of an operation, typed from its field declarations. */
export type InputOf<D extends InputDefs> = {
  [K in keyof D]: D[K] extends FieldDef<infer T> ? T | undefined : never;
};
