/**
 * The options of `npm run sandbox`, read from the command line: a pure function, so every refusal
 * is tested (test/sandbox/options.test.ts). A bad or unknown option is refused with a message
 * naming it, before anything starts.
 */
import { z } from 'zod';
import type { FaultKind } from './lib/types';
import { parseFaults } from './lib/faults';
import { DEFAULT_PORT } from './server';

export const USAGE = `Usage: npm run sandbox -- [options]

Starts the local GHL sandbox and prints its URL, ids, tokens and a ready .env for
\`zapier-platform invoke\`. Stop it with Ctrl-C.

Options:
  --port <n>            port to listen on (default: PORT or 4010; 0 picks a free one)
  --host <address>      address to listen on (default 127.0.0.1)
  --rate-limit <n>      requests per 10 s per location (default 100, as GHL)
  --faults <list>       inject faults, e.g. 429=0.1,500=0.05,reset=0.02,slow=0.05
  --fault-seed <n>      seed for the fault draws, to repeat a run (default 1)
  --webhook-url <url>   send GHL-shaped, signed webhooks for its writes to this URL (e.g. the relay's
                        /webhooks/ghl); the public key is served at /.sandbox/webhook-public-key
  --webhook-key-out <f> also write that public key (PEM) to this file
  --write-env[=token]   write the OAuth (or token) connection's .env into the project
  --routes              list every endpoint it serves, and exit
  --help                print this, and exit`;

export interface SandboxCliOptions {
  port: number;
  host: string;
  rateLimit?: number;
  faultText?: string;
  faults?: Partial<Record<FaultKind, number>>;
  faultSeed: number;
  writeEnv?: 'oauth' | 'token';
  routes: boolean;
  webhookUrl?: string;
  webhookKeyOut?: string;
}

export type ParsedOptions = { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; options: SandboxCliOptions };

const FLAGS = new Set(['routes', 'help', 'write-env']);
const VALUES = new Set(['port', 'host', 'rate-limit', 'faults', 'fault-seed', 'webhook-url', 'webhook-key-out']);

/** The numeric options and the whole numbers each accepts. */
const RANGES = { port: [0, 65_535], 'rate-limit': [1, 1_000_000], 'fault-seed': [0, 2 ** 32 - 1] } as const;
type NumericOption = keyof typeof RANGES;

/** Reads argv (without node and the script) and the environment's PORT. */
export const parseSandboxOptions = (argv: string[], env: { PORT?: string } = {}): ParsedOptions => {
  const given = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) return { kind: 'error', message: `unexpected argument '${arg}' (npm run sandbox -- --help lists the options)` };
    const [, name, inline] = m;
    if (name === 'write-env') given.set(name, inline ?? true);
    else if (FLAGS.has(name)) {
      if (inline !== undefined) return { kind: 'error', message: `--${name} takes no value` };
      given.set(name, true);
    } else if (VALUES.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) return { kind: 'error', message: `--${name} needs a value` };
      given.set(name, value);
    } else return { kind: 'error', message: `unknown option --${name} (npm run sandbox -- --help lists the options)` };
  }
  if (given.has('help')) return { kind: 'help' };

  const numbers: Partial<Record<NumericOption, number>> = {};
  const raw: Record<NumericOption, string | undefined> = {
    port: (given.get('port') as string | undefined) ?? env.PORT,
    'rate-limit': given.get('rate-limit') as string | undefined,
    'fault-seed': given.get('fault-seed') as string | undefined,
  };
  for (const [name, [min, max]] of Object.entries(RANGES) as Array<[NumericOption, readonly [number, number]]>) {
    const value = raw[name];
    if (value === undefined) continue;
    const parsed = z.coerce
      .number()
      .int()
      .min(min)
      .max(max)
      .safeParse(value.trim() === '' ? undefined : value);
    if (!parsed.success) {
      const from = name === 'port' && !given.has('port') ? 'PORT' : `--${name}`;
      return { kind: 'error', message: `${from} must be a whole number from ${min} to ${max}, got '${value}'` };
    }
    numbers[name] = parsed.data;
  }

  const faultText = given.get('faults') as string | undefined;
  let faults: SandboxCliOptions['faults'];
  if (faultText !== undefined) {
    try {
      faults = parseFaults(faultText);
    } catch (err) {
      return { kind: 'error', message: `--faults: ${(err as Error).message}` };
    }
  }
  const webhookUrl = given.get('webhook-url') as string | undefined;
  if (webhookUrl !== undefined && !z.string().url().safeParse(webhookUrl).success)
    return { kind: 'error', message: `--webhook-url must be a URL like http://127.0.0.1:8080/webhooks/ghl, got '${webhookUrl}'` };
  const write = given.get('write-env');
  if (write !== undefined && write !== true && write !== 'token' && write !== 'oauth')
    return { kind: 'error', message: `--write-env takes no value or =token (or =oauth), got '${write}'` };

  return {
    kind: 'run',
    options: {
      port: numbers.port ?? DEFAULT_PORT,
      host: (given.get('host') as string | undefined) ?? '127.0.0.1',
      rateLimit: numbers['rate-limit'],
      faultText,
      faults,
      faultSeed: numbers['fault-seed'] ?? 1,
      writeEnv: write === undefined ? undefined : write === 'token' ? 'token' : 'oauth',
      routes: given.has('routes'),
      webhookUrl,
      webhookKeyOut: given.get('webhook-key-out') as string | undefined,
    },
  };
};
