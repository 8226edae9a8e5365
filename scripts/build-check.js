#!/usr/bin/env node
// Builds build.zip for both app definitions offline, as `zapier-platform push` would, and lets
// the CLI's own "Testing build" step load each one. Prints the zip size. The token app is built
// first and its zips kept in build/token/; the OAuth app last, so build/build.zip is the
// integration .zapierapprc names (`npm run zapier:token -- upload` swaps build/token/ in).
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const os = require('os');
const AdmZip = require('adm-zip'); // the CLI's own zip dependency

const root = path.join(__dirname, '..');

/**
 * Loads build.zip as Zapier's Lambda does (its zapierwrapper.js, `definition` command) and checks
 * that the app inside is whole: the CLI's "Testing build" only loads the wrapper, which finds the
 * app lazily, so a zip without the app's code would pass it and fail on Zapier.
 */
const loadBuiltApp = (zip, connection) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-build-'));
  try {
    new AdmZip(zip).extractAllTo(dir, true);
    const script = `require('./zapierwrapper.js').handler({ command: 'definition', bundle: {}, platformVersion: '19.1.0' }, {}, (err, res) => {
      if (err) { console.error(err.message); process.exit(1); }
      const d = res.results;
      process.stdout.write(JSON.stringify({ auth: d.authentication.type, steps: ['triggers', 'searches', 'creates'].map((k) => Object.keys(d[k]).length) }));
    });`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: dir, env: { ...process.env, GHL_CONNECTION: connection } });
    const { auth, steps } = JSON.parse(String(out).trim().split('\n').pop());
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
 * and its dependencies' package.json files would ride along: drop every relay/ entry and prove none is left.
 */
const dropRelay = (zip) => {
  const archive = new AdmZip(zip);
  const relay = archive.getEntries().filter((e) => e.entryName.startsWith('relay/'));
  if (relay.length === 0) return;
  // Rewrite into a fresh zip (deleting in place leaves entries adm-zip cannot read back), each entry with its own attributes.
  const kept = new AdmZip();
  for (const e of archive.getEntries()) if (!e.entryName.startsWith('relay/')) kept.addFile(e.entryName, e.getData()).attr = e.attr;
  kept.writeZip(zip);
  const left = new AdmZip(zip).getEntries().filter((e) => e.entryName.startsWith('relay/') || e.entryName.includes('/relay/node_modules/'));
  if (left.length > 0) throw new Error(`build-check: build.zip still holds relay files: ${left.map((e) => e.entryName).slice(0, 5)}`);
  console.log(`build-check: dropped ${relay.length} relay/ entries (package.json metadata only) from build.zip`);
};

for (const connection of ['token', 'oauth']) {
  const env = { ...process.env, GHL_CONNECTION: connection, DISABLE_ZAPIER_ANALYTICS: '1' };
  // The CLI copies the project with many files open at once: lift the soft limit to the hard one.
  execFileSync('bash', ['-c', 'ulimit -n $(ulimit -Hn) 2>/dev/null; exec npx zapier-platform build --skip-validation --skip-dep-install'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const zip = path.join(root, 'build', 'build.zip');
  dropRelay(zip);
  const size = fs.statSync(zip).size;
  console.log(`build-check: ${connection} build.zip ${(size / 1024 / 1024).toFixed(2)} MB`);
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
