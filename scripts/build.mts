/**
 * `npm run build`: the one build. Writes the registry (gen-registry.mts), then bundles every
 * entry with esbuild, with the flags written here once:
 *
 *   dist/app.js          the app (index.ts): what the root index.js, Zapier's wrapper, `npm start`,
 *                        the bench, the soak and build:check load
 *   dist/sandbox/*.js    the sandbox (`npm run sandbox`)
 *   dist/scripts/*.js    the tools in scripts/ (start, bench, soak, contract, build-check, …)
 *
 * Packages stay external (node_modules is beside them). Run by Node 22 straight from this file
 * (it strips the types), like gen-registry.mts, because nothing is built before it; so it imports
 * nothing of the project but that script.
 */
import { build } from 'esbuild';
import { writeRegistry } from './gen-registry.mts';

const ENTRIES: Record<string, string> = {
  app: 'index.ts',
  'sandbox/cli': 'sandbox/cli.ts',
  'sandbox/server': 'sandbox/server.ts',
  'scripts/start': 'scripts/start.ts',
  'scripts/soak': 'scripts/soak/cli.ts',
  'scripts/bench': 'scripts/bench.ts',
  'scripts/contract': 'scripts/contract.ts',
  'scripts/build-check': 'scripts/build-check.ts',
  'scripts/zapier-token': 'scripts/zapier-token.ts',
  'scripts/release-guard': 'scripts/release-guard.ts',
  'scripts/zapier-checks': 'test/zapier-checks/report.ts',
};

writeRegistry(process.cwd());
build({
  entryPoints: Object.entries(ENTRIES).map(([out, from]) => ({ in: from, out })),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  packages: 'external',
  logLevel: 'warning',
}).catch(() => process.exit(1)); // esbuild has printed what failed
