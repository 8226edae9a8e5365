#!/usr/bin/env node
// Plain JavaScript on purpose, the one script that is not TypeScript: it runs in `postinstall`,
// before anything is built (scripts/build.mts), on whatever Node runs the install.
// Runs after `patch-package` on every install (package.json postinstall). The core patch in
// patches/ was written against zapier-platform-core 19.1.0 only: any other version, or a core
// without the patch in place, stops the install with a message saying what to do.
// See docs/upstream-core-patch.md and the README's "Core patch" section.
const fs = require('fs');
const path = require('path');

const PINNED = '19.1.0';
const MARKER = 'ghl-zapier core patch';
const FILES = ['src/tools/schema.js', 'src/http-middlewares/before/prepare-request.js'];

const fail = (message) => {
  console.error(`\n*** zapier-platform-core patch: ${message}\n*** See docs/upstream-core-patch.md.\n`);
  process.exit(1);
};

let dir;
try {
  dir = path.dirname(require.resolve('zapier-platform-core/package.json', { paths: [path.join(__dirname, '..')] }));
} catch {
  dir = path.join(__dirname, '..', 'node_modules', 'zapier-platform-core');
}
const pkgFile = path.join(dir, 'package.json');
if (!fs.existsSync(pkgFile)) fail(`zapier-platform-core is not installed (looked in ${dir}).`);
const { version } = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
if (version !== PINNED) {
  fail(
    `installed version is ${version}, the patch is for ${PINNED}. Check whether ${version} still rebuilds the app on every call; then regenerate patches/zapier-platform-core+${version}.patch and update PINNED here, or drop the patch.`,
  );
}
const missing = FILES.filter((f) => !fs.readFileSync(path.join(dir, f), 'utf8').includes(MARKER));
if (missing.length) fail(`not applied to ${missing.join(', ')}: run \`npx patch-package\`.`);
console.log(`zapier-platform-core ${PINNED}: core patch in place (docs/upstream-core-patch.md).`);
