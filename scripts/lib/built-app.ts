/**
 * The one built app every runner loads: dist/app.js, the esbuild bundle `npm run build` makes
 * (scripts/build.mts), which is also what the root index.js hands Zapier's wrapper.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The project root: scripts/lib/ in the source and dist/scripts/ in the build both sit two levels down. */
export const root = path.resolve(__dirname, '..', '..');
export const APP_BUNDLE = path.join(root, 'dist', 'app.js');

/** The app module: the selected definition, with `oauthApp` and `tokenApp` beside it (index.ts). */
export type BuiltApp = typeof import('../../index');

/** Fails with what to do when the bundle is missing. */
export const assertBuilt = (file = APP_BUNDLE) => {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run \`npm run build\` first.`);
};

export const loadBuiltApp = (file = APP_BUNDLE): BuiltApp => {
  assertBuilt(file);
  return require(file);
};
