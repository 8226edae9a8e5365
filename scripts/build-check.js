#!/usr/bin/env node
// Builds build.zip for both app definitions offline, as `zapier-platform push` would, and lets
// the CLI's own "Testing build" step load each one. Prints the zip size. The token app is built
// first and its zips kept in build/token/; the OAuth app last, so build/build.zip is the
// integration .zapierapprc names (`npm run zapier:token -- upload` swaps build/token/ in).
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
for (const connection of ['token', 'oauth']) {
  const env = { ...process.env, GHL_CONNECTION: connection, DISABLE_ZAPIER_ANALYTICS: '1' };
  // The CLI copies the project with many files open at once: lift the soft limit to the hard one.
  execFileSync('bash', ['-c', 'ulimit -n $(ulimit -Hn) 2>/dev/null; exec npx zapier-platform build --skip-validation --skip-dep-install'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const zip = path.join(root, 'build', 'build.zip');
  const size = fs.statSync(zip).size;
  console.log(`build-check: ${connection} build.zip ${(size / 1024 / 1024).toFixed(2)} MB`);
  if (connection === 'token') {
    const keep = path.join(root, 'build', 'token');
    fs.mkdirSync(keep, { recursive: true });
    for (const name of ['build.zip', 'source.zip']) {
      const from = path.join(root, 'build', name);
      if (fs.existsSync(from)) fs.renameSync(from, path.join(keep, name));
    }
  }
}
