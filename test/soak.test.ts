/**
 * The soak at a small size, through the built app (the same esbuild bundle `npm run build`
 * makes, dist/app.js): Zap walks against the sandbox with faults injected. Nothing is written
 * twice; every step that failed although its write was applied told the user it may have been
 * saved; every failure is a ThrottledError or a message naming the problem.
 */
import { buildSync } from 'esbuild';
import path from 'path';
import { soak } from '../scripts/soak/harness';

jest.setTimeout(60_000);

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'soak-test', 'app.js');

beforeAll(() => {
  buildSync({
    entryPoints: [path.join(root, 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
    outfile: bundle,
  });
});

it('40 walks under 429s, 5xx, dropped connections and slow answers: nothing twice, nothing silently lost', async () => {
  const app = require(bundle);
  const r = await soak({ app, walks: 40, rates: { '429': 0.1, '500': 0.05, reset: 0.05, slow: 0.05 }, seed: 11, slowMs: 20 });
  // The faults happened, or the run proves nothing.
  expect(r.faults['429']).toBeGreaterThan(0);
  expect(r.faults.reset).toBeGreaterThan(0);
  expect(r.faults['reset-after']).toBeGreaterThan(0);
  expect(r.retries).toBeGreaterThan(0);
  expect(r.completedWalks).toBeGreaterThan(0);
  expect(r.duplicatedWrites).toBe(0);
  expect(r.failedButApplied).toBeGreaterThan(0);
  expect(r.failedButAppliedSurfaced).toBe(r.failedButApplied);
  expect(r.unclearFailures).toEqual([]);
});
