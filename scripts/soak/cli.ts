/**
 * `npm run soak`: Zap walks through the built app (dist/app.js) against the sandbox under
 * injected faults, and the figures for the README's reliability section.
 *
 *   npm run soak -- --walks 200 --faults 429=0.1,500=0.05,reset=0.02,slow=0.05 --seed 7
 */
import './quiet-core';
import { parseFaults } from '../../sandbox/lib/faults';
import { loadBuiltApp } from '../lib/built-app';
import { soak } from './harness';
import { table } from '../lib/figures';
import { MAX_ATTEMPTS } from '../lib/walk';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

const main = async () => {
  const walks = Number(arg('walks', '200'));
  const faults = arg('faults', '429=0.1,500=0.05,reset=0.02,slow=0.05');
  const app = loadBuiltApp();
  const r = await soak({
    app,
    walks,
    rates: parseFaults(faults),
    seed: Number(arg('seed', '7')),
    concurrency: Number(arg('concurrency', '4')),
  });
  const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '-');
  console.log(`Soak: ${r.walks} Zap walks (${r.stepsPerWalk} steps each) through the built app, faults ${faults}, ${r.seconds} s`);
  const faultList = Object.entries(r.faults)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    table([
      ['  requests to the sandbox', r.requests],
      ['  faults injected', faultList || 'none'],
      ['  steps run', `${r.steps}, retried ${r.retries} times (ThrottledError only)`],
      ['  walks completed', `${r.completedWalks} of ${r.walks} (${pct(r.completedWalks, r.walks)})`],
      ['  steps failed for good', `${r.failures} (${r.throttledFailures} still throttled after ${MAX_ATTEMPTS} attempts)`],
      ['  writes applied more than once', r.duplicatedWrites],
      ['  failed but applied', `${r.failedButApplied}, told "may or may not have been saved": ${r.failedButAppliedSurfaced}`],
      ['  unclear failures', r.unclearFailures.length],
    ]),
  );
  for (const u of r.unclearFailures.slice(0, 5)) console.log(`    ${u.step}: ${u.name}: ${u.message}`);
  if (process.argv.includes('--verbose'))
    for (const f of r.failureList) console.log(`    ${f.step} (${f.applied ? 'applied' : 'not applied'}): ${f.name}: ${f.message}`);
  const ok = r.duplicatedWrites === 0 && r.failedButApplied === r.failedButAppliedSurfaced && r.unclearFailures.length === 0;
  if (!ok) process.exitCode = 1;
};

main().catch((err: Error) => {
  console.error(`Soak failed to run: ${err.message}`);
  process.exit(1);
});
