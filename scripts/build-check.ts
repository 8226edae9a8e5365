/**
 * `npm run build:check`: builds build.zip for both app definitions offline, as `zapier-platform
 * push` would, and lets the CLI's own "Testing build" step load each one. Prints the zip size.
 * The token app is built first and its zips kept in build/token/; the OAuth app last, so
 * build/build.zip is the integration .zapierapprc names (`npm run zapier:token -- upload` swaps
 * build/token/ in). Fails when any of the four zips holds a `.env*` file or anything token-shaped
 * (scripts/lib/secrets.ts): those zips are what `push` uploads to Zapier.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { root } from './lib/built-app';
import { findSecrets, type Finding } from './lib/secrets';

const AdmZip = require('adm-zip'); // the CLI's own zip dependency

/**
 * Loads build.zip as Zapier's Lambda does (its zapierwrapper.js, `definition` command) and checks
 * that the app inside is whole: the CLI's "Testing build" only loads the wrapper, which finds the
 * app lazily, so a zip without the app's code would pass it and fail on Zapier.
 */
const loadBuiltApp = (zip: string, connection: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-build-'));
  try {
    new AdmZip(zip).extractAllTo(dir, true);
    const script = `require('./zapierwrapper.js').handler({ command: 'definition', bundle: {}, platformVersion: '19.1.0' }, {}, (err, res) => {
      if (err) { console.error(err.message); process.exit(1); }
      const d = res.results;
      process.stdout.write(JSON.stringify({ auth: d.authentication.type, steps: ['triggers', 'searches', 'creates'].map((k) => Object.keys(d[k]).length) }));
    });`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: dir, env: { ...process.env, GHL_CONNECTION: connection } });
    const { auth, steps } = JSON.parse(String(out).trim().split('\n').pop() ?? '{}') as { auth: string; steps: number[] };
    const want = connection === 'token' ? 'custom' : 'oauth2';
    if (auth !== want || steps.some((n) => n === 0))
      throw new Error(`build-check: ${connection} build.zip loads ${auth} with ${steps} steps`);
    console.log(`build-check: ${connection} build.zip loads in Zapier's wrapper: ${auth}, ${steps.join('/')} triggers/searches/creates`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/**
 * The relay (relay/) is its own package and never part of the app. The CLI's build still adds every
 * package.json under the project (a preset pattern it applies to the whole tree), so relay/package.json
 * and its dependencies' package.json files would ride along: drop every relay/ entry and prove none is
 * left. (This is why a release uploads these zips with `upload` instead of building anew with `push`.)
 */
const dropRelay = (zip: string) => {
  type Entry = { entryName: string; attr: number; getData: () => Buffer };
  const isRelay = (e: Entry) => e.entryName.startsWith('relay/') || e.entryName.includes('/relay/node_modules/');
  const archive = new AdmZip(zip);
  const relay = (archive.getEntries() as Entry[]).filter(isRelay);
  if (relay.length === 0) return;
  // Rewrite into a fresh zip (deleting in place leaves entries adm-zip cannot read back), each entry with its own attributes.
  const kept = new AdmZip();
  for (const e of archive.getEntries() as Entry[]) if (!isRelay(e)) kept.addFile(e.entryName, e.getData()).attr = e.attr;
  kept.writeZip(zip);
  const left = (new AdmZip(zip).getEntries() as Entry[]).filter(isRelay);
  if (left.length > 0) throw new Error(`build-check: build.zip still holds relay files: ${left.map((e) => e.entryName).slice(0, 5)}`);
  console.log(`build-check: dropped ${relay.length} relay/ entries (package.json metadata only) from build.zip`);
};

/** Every `.env*` file and token-shaped string in a zip. */
const scanZip = (zip: string): Finding[] => {
  const files = (new AdmZip(zip).getEntries() as Array<{ entryName: string; isDirectory: boolean; getData: () => Buffer }>)
    .filter((e) => !e.isDirectory)
    .map((e) => ({ name: e.entryName, text: e.getData().toString('latin1') }));
  return findSecrets(files).map((f) => ({ ...f, file: `${path.relative(root, zip)}: ${f.file}` }));
};

const main = () => {
  for (const connection of ['token', 'oauth']) {
    const env = { ...process.env, GHL_CONNECTION: connection, DISABLE_ZAPIER_ANALYTICS: '1' };
    // The CLI copies the project with many files open at once: lift the soft limit to the hard one.
    execFileSync(
      'bash',
      ['-c', 'ulimit -n $(ulimit -Hn) 2>/dev/null; exec npx zapier-platform build --skip-validation --skip-dep-install'],
      {
        cwd: root,
        env,
        stdio: 'inherit',
      },
    );
    const zip = path.join(root, 'build', 'build.zip');
    dropRelay(zip);
    console.log(`build-check: ${connection} build.zip ${(fs.statSync(zip).size / 1024 / 1024).toFixed(2)} MB`);
    loadBuiltApp(zip, connection);
    if (connection === 'token') {
      const keep = path.join(root, 'build', 'token');
      fs.mkdirSync(keep, { recursive: true });
      for (const name of ['build.zip', 'source.zip']) {
        const from = path.join(root, 'build', name);
        if (fs.existsSync(from)) fs.renameSync(from, path.join(keep, name));
      }
    }
  }
  const zips = ['build/build.zip', 'build/source.zip', 'build/token/build.zip', 'build/token/source.zip']
    .map((z) => path.join(root, z))
    .filter((z) => fs.existsSync(z));
  const found = zips.flatMap(scanZip);
  if (found.length) {
    console.error(`build-check: ${found.length} possible secret(s) in what \`push\` would upload; remove them and build again:`);
    for (const f of found) console.error(`  ${f.file}: ${f.what}${f.excerpt ? ` (${f.excerpt})` : ''}`);
    process.exit(1);
  }
  console.log(`build-check: no .env file or token-shaped string in ${zips.map((z) => path.relative(root, z)).join(', ')}`);
};

main();
