import { createPublicKey, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { GHL_PUBLIC_KEY_PEM } from './ghl-public-key';

export interface Config {
  port: number;
  host: string;
  /** Absent → embedded PGlite (in `dataDir`, or in memory). */
  databaseUrl?: string;
  dataDir?: string;
  sharedSecret: string;
  ghlPublicKey: KeyObject;
  ghlApiBaseUrl: string;
  allowedHookOrigins: URL[];
  maxBodyBytes: number;
  logLevel: string;
  /** ±window for a webhook's `timestamp`. */
  timestampToleranceMs: number;
  /** Per delivery attempt. */
  deliveryTimeoutMs: number;
  /** A failing delivery is retried at least this long, then dead-lettered. */
  retryForMs: number;
}

const publicKey = z
  .string()
  .default(GHL_PUBLIC_KEY_PEM)
  .transform((value, ctx) => {
    // PEM text, or a path to a PEM file.
    const pem = value.includes('-----BEGIN') ? value.replace(/\\n/g, '\n') : readPem(value);
    try {
      return createPublicKey(pem ?? '');
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is neither a PEM public key nor a path to a readable PEM file' });
      return z.NEVER;
    }
  });
const readPem = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

const origins = z
  .string()
  .default('https://hooks.zapier.com/')
  .transform((value, ctx) => {
    const list = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const urls: URL[] = [];
    for (const item of list) {
      const url = URL.canParse(item) ? new URL(item) : undefined;
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash) {
        ctx.addIssue({ code: 'custom', message: `"${item}" is not an http(s) origin with an optional path` });
        return z.NEVER;
      }
      urls.push(url);
    }
    if (urls.length === 0) ctx.addIssue({ code: 'custom', message: 'names no origin' });
    return urls;
  });

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  RELAY_DATA_DIR: z.string().min(1).optional(),
  RELAY_SHARED_SECRET: z.string().min(32, 'must be at least 32 characters'),
  GHL_WEBHOOK_PUBLIC_KEY: publicKey,
  GHL_API_BASE_URL: z.string().url().default('https://services.leadconnectorhq.com'),
  ALLOWED_HOOK_ORIGINS: origins,
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(262_144),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Reads and validates the environment once; a bad value throws an error naming the variable. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`);
    throw new Error(`relay: invalid configuration\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.RELAY_DATA_DIR,
    sharedSecret: e.RELAY_SHARED_SECRET,
    ghlPublicKey: e.GHL_WEBHOOK_PUBLIC_KEY,
    ghlApiBaseUrl: e.GHL_API_BASE_URL.replace(/\/+$/, ''),
    allowedHookOrigins: e.ALLOWED_HOOK_ORIGINS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    logLevel: e.LOG_LEVEL,
    timestampToleranceMs: 5 * 60_000,
    deliveryTimeoutMs: 10_000,
    retryForMs: 24 * 3_600_000,
  };
};
