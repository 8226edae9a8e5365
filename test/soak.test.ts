/**
 * The soak at a small size, through the built app (dist/app.js, built here by `npm run build`'s
 * own scripts/build.mts): Zap walks against the sandbox with faults injected. Nothing is written
 * twice; every step that failed although its write was applied told the user it may have been
 * saved; every failure is a ThrottledError or a message naming the problem.
 */
import { execFileSync } from 'node:child_process';
import { loadBuiltApp, root } from '../scripts/lib/built-app';
import { soak } from '../scripts/soak/harness';

jest.setTimeout(60_000);

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mts'], { cwd: root, stdio: 'pipe' });
}, 60_000);

it('40 walks under 429s, 5xx, dropped connections and slow answers: nothing twice, nothing silently lost', async () => {
  const app = loadBuiltApp();
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
