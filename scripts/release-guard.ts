/**
 * The breaking-change guard for released Zaps.
 *
 * Live Zaps store step keys, input keys, input values (choice values included) and the output keys
 * later steps map; a trigger's type decides how Zapier runs it; the authentication type decides
 * which connections work. Zapier pauses the promotion of a version that breaks any of these unless
 * its major version is higher, and never migrates Zaps across a major version. This file builds a
 * compact snapshot of what Zaps depend on, for both app definitions, and compares it with the
 * snapshot of the last released version kept in `released/` (written by `npm run release:snapshot`
 * when a version is pushed). `test/release-guard.test.ts` runs the comparison in `npm test`.
 *
 *   npm run release:snapshot   writes released/oauth.json and released/token.json
 *   npm run release:check      prints what changed since the release and fails on a breaking change
 */
import { readFileSync, writeFileSync, mkdirSync } from 'fs';
import path from 'path';

/** What a stored Zap depends on in one input. Only what is set is written. */
export interface InputSnapshot {
  type: string;
  required?: true;
  default?: true;
  list?: true;
  dict?: true;
  /** The static choice values (not labels): a stored value must stay one of them. */
  choices?: string[];
}

export interface StepSnapshot {
  kind: 'trigger' | 'search' | 'create';
  hidden?: true;
  /** Triggers: polling or hook. */
  type?: string;
  inputs: Record<string, InputSnapshot>;
  /** Output keys later steps map: the sample's keys (nested as a__b, lists as a[]b) and static outputFields. */
  outputs: string[];
}

export interface AppSnapshot {
  version: string;
  authentication: string;
  steps: Record<string, StepSnapshot>;
}

export type Rule =
  | 'step-removed'
  | 'trigger-type'
  | 'authentication-type'
  | 'input-removed'
  | 'input-newly-required'
  | 'input-made-optional'
  | 'input-type'
  | 'choice-removed'
  | 'output-removed';

export interface Change {
  rule: Rule;
  /** "triggers.new_contact", "creates.create_contact.inputs.email" */
  where: string;
  what: string;
  /** Set on a change the guard allows, saying why it cannot break a stored value. */
  allowedBecause?: string;
}

/**
 * Type changes that cannot break a stored value, with the reason. The first four come from the
 * coercion fix: numbers, yes/no values and dates are declared as text so Zapier stops turning bad
 * values into 0, true or now; the app parses them as strictly as Zapier parsed good ones.
 */
export const WIDENINGS: { from: string; to: string; reason: string }[] = [
  { from: 'number', to: 'string', reason: 'the app reads the text as a number, accepting what Zapier accepted' },
  { from: 'integer', to: 'string', reason: 'the app reads the text as a whole number, accepting what Zapier accepted' },
  { from: 'boolean', to: 'string', reason: 'the app reads true/false/yes/no/1/0; the True/False dropdown stays' },
  { from: 'datetime', to: 'string', reason: 'the app reads the date as before, in the Zap time zone' },
  { from: 'integer', to: 'number', reason: 'every whole number is a number' },
  { from: 'string', to: 'text', reason: 'the same value in a larger box' },
];

// ---------------------------------------------------------------------------------------------
// Snapshot

const KINDS = [
  ['trigger', 'triggers'],
  ['search', 'searches'],
  ['create', 'creates'],
] as const;

type Field = Record<string, any>;

const choiceValues = (choices: unknown): string[] | undefined => {
  if (Array.isArray(choices)) return choices.map((c) => String(c && typeof c === 'object' ? (c as { value: unknown }).value : c));
  if (choices && typeof choices === 'object') return Object.keys(choices);
  return undefined;
};

const inputOf = (f: Field): InputSnapshot => {
  const choices = choiceValues(f.choices);
  return {
    type: String(f.type ?? 'string'),
    ...(f.required ? { required: true as const } : {}),
    ...(f.default !== undefined && f.default !== '' ? { default: true as const } : {}),
    ...(f.list ? { list: true as const } : {}),
    ...(f.dict ? { dict: true as const } : {}),
    ...(choices ? { choices: [...choices].sort() } : {}),
  };
};

/** Keys of a sample as Zapier names them for mapping: nested objects a__b, lists of objects a[]b. */
export const sampleKeys = (value: unknown, prefix = ''): string[] => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
    const key = `${prefix}${k}`;
    if (Array.isArray(v)) {
      const first = v.find((x) => x && typeof x === 'object' && !Array.isArray(x));
      return [key, ...(first ? sampleKeys(first, `${key}[]`) : [])];
    }
    if (v && typeof v === 'object') return [key, ...sampleKeys(v, `${key}__`)];
    return [key];
  });
};

const stepOf = (kind: StepSnapshot['kind'], def: Record<string, any>): StepSnapshot => {
  const op = def.operation ?? {};
  const fields = ((op.inputFields ?? []) as unknown[]).filter((f): f is Field => Boolean(f && typeof f === 'object' && (f as Field).key));
  const outputs = new Set(sampleKeys(op.sample));
  for (const o of (op.outputFields ?? []) as unknown[]) if (o && typeof o === 'object' && (o as Field).key) outputs.add((o as Field).key);
  return {
    kind,
    ...(def.display?.hidden ? { hidden: true as const } : {}),
    ...(kind === 'trigger' ? { type: String(op.type ?? 'polling') } : {}),
    // Dynamic inputs (custom fields, the agency Location) are functions: the Zap stores their
    // values, but their keys come from the account, not from this code.
    inputs: Object.fromEntries(fields.filter((f) => !f.computed && f.type !== 'copy').map((f) => [String(f.key), inputOf(f)])),
    outputs: [...outputs].sort(),
  };
};

/** The snapshot of one app definition. */
export const snapshotOf = (app: Record<string, any>, version = String(app.version)): AppSnapshot => {
  const steps: Record<string, StepSnapshot> = {};
  for (const [kind, prop] of KINDS) {
    for (const key of Object.keys(app[prop] ?? {}).sort()) steps[`${prop}.${key}`] = stepOf(kind, app[prop][key]);
  }
  return { version, authentication: String(app.authentication?.type ?? 'none'), steps };
};

// ---------------------------------------------------------------------------------------------
// Comparison

const major = (version: string) => Number(String(version).split('.')[0]) || 0;

const widening = (from: string, to: string) => WIDENINGS.find((w) => w.from === from && w.to === to);

const compareInput = (where: string, before: InputSnapshot | undefined, after: InputSnapshot): Change[] => {
  const out: Change[] = [];
  const requiredNow = after.required && !after.default;
  if (requiredNow && (!before || !before.required || before.default)) {
    out.push({
      rule: 'input-newly-required',
      where,
      what: before ? 'became required with no default (stored Zaps may lack a value)' : 'is new and required with no default',
    });
  }
  if (!before) return out;
  if (before.required && !after.required)
    out.push({ rule: 'input-made-optional', where, what: 'became optional', allowedBecause: 'every stored value is still accepted' });
  if (before.type !== after.type) {
    const w = widening(before.type, after.type);
    out.push({ rule: 'input-type', where, what: `type ${before.type} → ${after.type}`, ...(w ? { allowedBecause: w.reason } : {}) });
  }
  if (Boolean(before.list) !== Boolean(after.list)) {
    out.push({
      rule: 'input-type',
      where,
      what: after.list ? 'became a list' : 'is no longer a list',
      ...(after.list ? { allowedBecause: 'a single stored value is read as a one-item list' } : {}),
    });
  }
  if (Boolean(before.dict) !== Boolean(after.dict))
    out.push({ rule: 'input-type', where, what: after.dict ? 'became key/value pairs' : 'is no longer key/value pairs' });
  if (before.choices) {
    if (!after.choices) {
      out.push({
        rule: 'choice-removed',
        where,
        what: 'no longer has fixed choices',
        allowedBecause: 'any value is accepted now, so every stored one is',
      });
    } else {
      const gone = before.choices.filter((c) => !after.choices!.includes(c));
      if (gone.length) out.push({ rule: 'choice-removed', where, what: `choice value(s) removed: ${gone.join(', ')}` });
    }
  }
  return out;
};

/**
 * Every change between the released snapshot and the current one that a live Zap could notice.
 * Changes with `allowedBecause` are listed, not counted as breaking.
 */
export const compareSnapshots = (released: AppSnapshot, current: AppSnapshot): Change[] => {
  const out: Change[] = [];
  if (released.authentication !== current.authentication) {
    out.push({ rule: 'authentication-type', where: 'authentication', what: `${released.authentication} → ${current.authentication}` });
  }
  for (const [stepKey, before] of Object.entries(released.steps)) {
    const after = current.steps[stepKey];
    if (!after) {
      out.push({ rule: 'step-removed', where: stepKey, what: 'was removed or renamed (hide a step instead of deleting it)' });
      continue;
    }
    if (before.kind === 'trigger' && (before.type ?? 'polling') !== (after.type ?? 'polling')) {
      out.push({ rule: 'trigger-type', where: stepKey, what: `switched from ${before.type} to ${after.type}` });
    }
    for (const key of Object.keys(before.inputs)) {
      if (!after.inputs[key]) out.push({ rule: 'input-removed', where: `${stepKey}.inputs.${key}`, what: 'was removed or renamed' });
    }
    for (const [key, input] of Object.entries(after.inputs))
      out.push(...compareInput(`${stepKey}.inputs.${key}`, before.inputs[key], input));
    // Nobody maps the outputs of a hidden step (a dropdown's source).
    if (!before.hidden) {
      const now = new Set(after.outputs);
      const gone = before.outputs.filter((o) => !now.has(o));
      if (gone.length) out.push({ rule: 'output-removed', where: `${stepKey}.outputs`, what: `output key(s) removed: ${gone.join(', ')}` });
    }
  }
  return out;
};

export interface GuardResult {
  changes: Change[];
  breaking: Change[];
  /** True when the major version is higher than the released one: breaking changes are then allowed. */
  newMajor: boolean;
}

export const guard = (released: AppSnapshot, current: AppSnapshot): GuardResult => {
  const changes = compareSnapshots(released, current);
  const newMajor = major(current.version) > major(released.version);
  return { changes, newMajor, breaking: newMajor ? [] : changes.filter((c) => !c.allowedBecause) };
};

export const describeChange = (c: Change) =>
  `${c.where}: ${c.what} [${c.rule}]${c.allowedBecause ? ` (allowed: ${c.allowedBecause})` : ''}`;

// ---------------------------------------------------------------------------------------------
// Files

export const RELEASED_DIR = path.join(__dirname, '..', 'released');
export const CONNECTIONS = ['oauth', 'token'] as const;
export type Connection = (typeof CONNECTIONS)[number];

export const releasedFile = (connection: Connection, dir = RELEASED_DIR) => path.join(dir, `${connection}.json`);

export const readReleased = (connection: Connection, dir = RELEASED_DIR): AppSnapshot =>
  JSON.parse(readFileSync(releasedFile(connection, dir), 'utf8')) as AppSnapshot;

/** Both app definitions of this checkout (index.ts builds them; tokenApp and oauthApp are on the export). */
export const currentApps = (): Record<Connection, Record<string, any>> => {
  const App = require('../index');
  return { oauth: App.oauthApp, token: App.tokenApp };
};

const writeSnapshots = async (dir = RELEASED_DIR) => {
  const prettier = require('prettier');
  const apps = currentApps();
  mkdirSync(dir, { recursive: true });
  for (const connection of CONNECTIONS) {
    const file = releasedFile(connection, dir);
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(JSON.stringify(snapshotOf(apps[connection])), { ...options, parser: 'json' }));
    console.log(`wrote ${path.relative(process.cwd(), file)} (version ${apps[connection].version})`);
  }
};

const check = (): number => {
  const apps = currentApps();
  let failures = 0;
  for (const connection of CONNECTIONS) {
    const released = readReleased(connection);
    const result = guard(released, snapshotOf(apps[connection]));
    console.log(`${connection}: released ${released.version}, now ${apps[connection].version}`);
    for (const c of result.changes) console.log(`  ${result.breaking.includes(c) ? 'BREAKING' : 'ok      '} ${describeChange(c)}`);
    failures += result.breaking.length;
  }
  if (failures) console.log(`${failures} breaking change(s): keep the old keys and values, or raise the major version.`);
  return failures ? 1 : 0;
};

if (require.main === module) {
  const write = process.argv.includes('--write');
  (write ? writeSnapshots().then(() => 0) : Promise.resolve(check())).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
