/**
 * Runs a zapier-platform command for the Private Integration Token integration: its registration
 * lives in .zapierapprc.token, swapped in for the command and restored afterwards.
 *   npm run zapier:token -- register "GoHighLevel (Private Integration Token)"
 *   npm run zapier:token -- upload      (uploads build/token/*.zip, made by `npm run build:check`; releases upload, never push: see README)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root } from './lib/built-app';

const rc = path.join(root, '.zapierapprc');
const tokenRc = path.join(root, '.zapierapprc.token');
const saved = fs.readFileSync(rc, 'utf8');
const args = process.argv.slice(2);
const build = path.join(root, 'build');
// `upload` sends build/build.zip, which holds the OAuth app: swap in the token app's zips for it.
const swaps = args[0] === 'upload' ? ['build.zip', 'source.zip'].filter((n) => fs.existsSync(path.join(build, 'token', n))) : [];
const stash = (from: string, to: string) =>
  swaps.forEach((n) => fs.existsSync(path.join(from, n)) && fs.renameSync(path.join(from, n), path.join(to, n)));
const oauthKept = path.join(build, 'oauth-kept');
fs.copyFileSync(tokenRc, rc);
if (swaps.length) {
  fs.mkdirSync(oauthKept, { recursive: true });
  stash(build, oauthKept);
  swaps.forEach((n) => fs.copyFileSync(path.join(build, 'token', n), path.join(build, n)));
}
try {
  const result = spawnSync('npx', ['zapier-platform', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, GHL_CONNECTION: 'token' },
  });
  process.exitCode = result.status ?? 1;
} finally {
  fs.copyFileSync(rc, tokenRc); // keep what register wrote (id/key) for the token integration
  fs.writeFileSync(rc, saved);
  if (swaps.length) {
    swaps.forEach((n) => fs.rmSync(path.join(build, n), { force: true }));
    stash(oauthKept, build);
    fs.rmSync(oauthKept, { recursive: true, force: true });
  }
}
