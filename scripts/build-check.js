#!/usr/bin/env node
// Builds build.zip for both app definitions offline, as `zapier-platform push` would, and lets
// the CLI's own "Testing build" step load each one. Prints the zip size.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
for (const connection of ['oauth', 'token']) {
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
}
