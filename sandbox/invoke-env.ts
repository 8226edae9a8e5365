/**
 * A ready `.env` for `zapier-platform invoke` against a running sandbox, for either connection:
 * tokens are minted by the sandbox itself (no OAuth code exchanged by hand). Printed by
 * `npm run sandbox`; `--write-env` (OAuth) or `--write-env=token` writes it to the project's .env.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { State } from './lib/types';

export interface InvokeEnvOptions {
  url: string;
  state: State;
  clientId: string;
  clientSecret: string;
  locationToken: string;
}

/** The .env lines of one connection. */
export const invokeEnv = (connection: 'oauth' | 'token', { url, state, clientId, clientSecret, locationToken }: InvokeEnvOptions) => {
  const head = [
    `# GHL sandbox at ${url} (npm run sandbox), for \`npx zapier-platform invoke\`. Sandbox tokens only.`,
    `GHL_API_BASE_URL=${url}`,
  ];
  if (connection === 'token') {
    return [
      ...head,
      '# Private Integration Token connection: the CLI loads the token app.',
      'GHL_CONNECTION=token',
      `authData_apiKey=${locationToken}`,
      `authData_locationId=${state.locationId}`,
      '',
    ].join('\n');
  }
  const tokens = state.issueTokens();
  return [
    ...head,
    '# OAuth connection (the default app). `invoke auth refresh` appends the rotated tokens below.',
    `CLIENT_ID=${clientId}`,
    `CLIENT_SECRET=${clientSecret}`,
    `authData_access_token=${tokens.access_token}`,
    `authData_refresh_token=${tokens.refresh_token}`,
    `authData_locationId=${state.locationId}`,
    `authData_companyId=${state.companyId}`,
    'authData_userType=Location',
    '',
  ].join('\n');
};

/**
 * Writes `.env` in the project root. An existing one is kept first, under the OS temp folder
 * (never beside .env: a `.env.bak` there could reach git or the source.zip `push` uploads, with
 * its client secret and tokens).
 */
export const writeInvokeEnv = (text: string, root = process.cwd(), backupDir = path.join(os.tmpdir(), 'ghl-sandbox-env')) => {
  const file = path.join(root, '.env');
  let backup: string | undefined;
  if (fs.existsSync(file)) {
    fs.mkdirSync(backupDir, { recursive: true, mode: 0o700 });
    backup = path.join(backupDir, `.env.${new Date().toISOString().replace(/[:.]/g, '-')}`);
    fs.copyFileSync(file, backup);
    fs.chmodSync(backup, 0o600);
  }
  fs.writeFileSync(file, text);
  return { file, backup };
};

/**
 * Stops the server when the process that started it goes away: `npm run sandbox` starts Node 22
 * through the `node` package's launcher, so killing the launcher would otherwise leave this
 * process answering on its port.
 */
export const stopWithParent = (stop: () => void, intervalMs = 500) => {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) stop();
  }, intervalMs);
  timer.unref();
};
