/**
 * The webhook relay (relay/, its own package) started for a script or a test as a child process:
 * its own built entry (relay/dist/src/main.js, `npm --prefix relay run build`), never imported, on
 * 127.0.0.1, with embedded PGlite in memory (no DATABASE_URL, no RELAY_DATA_DIR) and a random
 * shared secret. `stop()` ends it (SIGTERM, then SIGKILL after 5 s).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { root } from './built-app';

export const RELAY_DIR = path.join(root, 'relay');
export const RELAY_ENTRY = path.join(RELAY_DIR, 'dist', 'src', 'main.js');

const newestSource = (dir: string): number =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce(
      (max, e) =>
        Math.max(
          max,
          e.isDirectory() ? newestSource(path.join(dir, e.name)) : e.name.endsWith('.ts') ? fs.statSync(path.join(dir, e.name)).mtimeMs : 0,
        ),
      0,
    );

/** Builds the relay (its own tsc build) when its entry is missing or older than its sources; never blocks the event loop. */
export const ensureRelayBuilt = async () => {
  if (fs.existsSync(RELAY_ENTRY) && fs.statSync(RELAY_ENTRY).mtimeMs >= newestSource(path.join(RELAY_DIR, 'src'))) return false;
  try {
    await promisify(execFile)('npm', ['--prefix', RELAY_DIR, 'run', 'build', '--silent']);
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    const said = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n').slice(-5).join(' / ');
    throw new Error(`the relay could not be built (npm --prefix relay run build): ${said || e.message}`);
  }
  return true;
};

/** A port free right now on 127.0.0.1 (for the sandbox, which must know the relay's URL before the relay starts). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export interface RelayOptions {
  /** 0 lets the relay pick; the address it listens on is read from its log. */
  port?: number;
  /** PEM of the key the webhooks are signed with (the sandbox's). */
  publicKey: string;
  /** Where the relay checks that a token owns a location (the sandbox). */
  ghlApiBaseUrl: string;
  /** Origins (with a path) hook targets must be under. */
  allowedHookOrigins: string[];
  /** Milliseconds to wait for it to listen. Default 60 s (PGlite takes 5 to 15 s on a busy 2-CPU machine). */
  startTimeoutMs?: number;
}

export interface LocalRelay {
  url: string;
  secret: string;
  child: ChildProcess;
  /** Milliseconds from the spawn to a healthy relay. */
  startMs: number;
  /** The relay's log lines (JSON, pino), newest last, at most 200. */
  logs: string[];
  /** A counter of /metrics summed over its labels, e.g. `relay_events_rejected_total`. */
  metric: (name: string, label?: string) => Promise<number>;
  stop: () => Promise<void>;
}

/** The environment the relay gets: this one without any database or data dir setting, plus its own. */
const relayEnv = (o: RelayOptions, secret: string) => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'RELAY_DATA_DIR', 'MAX_BODY_BYTES']) delete env[k];
  return {
    ...env,
    PORT: String(o.port ?? 0),
    HOST: '127.0.0.1',
    RELAY_SHARED_SECRET: secret,
    GHL_WEBHOOK_PUBLIC_KEY: o.publicKey,
    GHL_API_BASE_URL: o.ghlApiBaseUrl,
    ALLOWED_HOOK_ORIGINS: o.allowedHookOrigins.join(','),
    LOG_LEVEL: 'info',
  };
};

export const startRelay = async (o: RelayOptions): Promise<LocalRelay> => {
  await ensureRelayBuilt();
  const secret = crypto.randomBytes(32).toString('base64url');
  const t0 = Date.now();
  const child = spawn(process.execPath, [RELAY_ENTRY], { cwd: RELAY_DIR, env: relayEnv(o, secret), stdio: ['ignore', 'pipe', 'pipe'] });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const logs: string[] = [];
  const keep = (line: string) => {
    if (!line.trim()) return;
    logs.push(line);
    if (logs.length > 200) logs.shift();
  };
  const lines = (stream: NodeJS.ReadableStream, onLine: (line: string) => void) => {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      parts.forEach(onLine);
    });
  };
  const stop = async () => {
    process.removeListener('exit', kill);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(kill, 5000);
    await exited;
    clearTimeout(timer);
  };

  const url = await new Promise<string>((resolve, reject) => {
    const fail = (why: string) => {
      const said = logs
        .slice(-5)
        .map((l) => l.trim())
        .join(' / ');
      reject(new Error(`the relay did not start: ${why}${said ? ` (it said: ${said})` : ''}`));
    };
    const timer = setTimeout(() => {
      fail(`it was not listening after ${(o.startTimeoutMs ?? 60_000) / 1000} s`);
      kill();
    }, o.startTimeoutMs ?? 60_000);
    lines(child.stdout!, (line) => {
      keep(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; address?: string };
        if (entry.msg === 'relay listening' && entry.address) {
          clearTimeout(timer);
          resolve(entry.address.replace('//localhost', '//127.0.0.1'));
        }
      } catch {
        // not a log line
      }
    });
    lines(child.stderr!, keep);
    child.once('error', (err) => (clearTimeout(timer), fail(err.message)));
    child.once('exit', (code, signal) => (clearTimeout(timer), fail(`it exited with ${signal ?? `code ${code}`}`)));
  });

  const metric = async (name: string, label?: string) => {
    const text = await (await fetch(`${url}/metrics`)).text();
    return text
      .split('\n')
      .filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
      .filter((l) => !label || l.includes(label))
      .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
  };
  const health = await fetch(`${url}/healthz`).catch((err: Error) => ({ ok: false, status: err.message }));
  if (!health.ok) {
    await stop();
    throw new Error(`the relay started but /healthz answered ${health.status}`);
  }
  return { url, secret, child, startMs: Date.now() - t0, logs, metric, stop };
};
