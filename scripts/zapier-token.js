#!/usr/bin/env node
// Runs a zapier-platform command for the Private Integration Token integration: its registration
// lives in .zapierapprc.token, swapped in for the command and restored afterwards.
//   npm run zapier:token -- register "GoHighLevel (Private Integration Token)"
//   npm run zapier:token -- push --skip-npm-install
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const rc = path.join(root, '.zapierapprc');
const tokenRc = path.join(root, '.zapierapprc.token');
const saved = fs.readFileSync(rc, 'utf8');
fs.copyFileSync(tokenRc, rc);
try {
  const result = spawnSync('npx', ['zapier-platform', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, GHL_CONNECTION: 'token' },
  });
  process.exitCode = result.status ?? 1;
} finally {
  fs.copyFileSync(rc, tokenRc); // keep what register wrote (id/key) for the token integration
  fs.writeFileSync(rc, saved);
}
