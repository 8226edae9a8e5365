/**
 * The soak: many Zap walks (scripts/lib/walk.ts, the walk `npm start` prints) through an app (the built one) against the sandbox with injected
 * faults, and what came of them: writes applied more than once, steps reported failed whose
 * write was in fact applied (and whether the user was told so), and how every failure read.
 */
import { createAppTester } from 'zapier-platform-core';
import type { FaultKind } from '../../sandbox/lib/types';
import { startLocalGhl } from '../lib/local-ghl';
import { countApplied, runWalk, slotFor, zapWalk, type Runner, type StepResult } from '../lib/walk';

export interface SoakOptions {
  /** The app definition with `oauthApp` (the default export of the built dist/app.js). */
  app: any;
  walks: number;
  /** Walks run side by side. */
  concurrency?: number;
  rates: Partial<Record<FaultKind, number>>;
  seed?: number;
  slowMs?: number;
}

/** The words that tell a user a failed write may have been saved after all. */
export const MAY_HAVE_SAVED = /may or may not have been saved|already saved a change in GHL/;
/** A failure that names its problem: GHL's answer or the connection, in the step's terms. */
const NAMED = /GHL|connection/;

export interface SoakReport {
  /** Steps of one walk. */
  stepsPerWalk: number;
  walks: number;
  steps: number;
  completedWalks: number;
  requests: number;
  faults: Record<string, number>;
  retries: number;
  failures: number;
  throttledFailures: number;
  /** Writes found more than once in the sandbox. Must be 0. */
  duplicatedWrites: number;
  /** Steps reported failed whose write was applied. */
  failedButApplied: number;
  /** …and of those, the ones whose message says it may have been saved. Must equal the above. */
  failedButAppliedSurfaced: number;
  /** Failures that are neither a ThrottledError nor a message naming the problem. Must be 0. */
  unclearFailures: Array<{ step: string; name: string; message: string }>;
  /** Every step that failed for good. */
  failureList: Array<{ step: string; name: string; message: string; applied: number }>;
  seconds: number;
}

export const soak = async ({ app, walks, concurrency = 4, rates, seed = 7, slowMs = 200 }: SoakOptions): Promise<SoakReport> => {
  const started = Date.now();
  // Only the injected 429s: GHL's own burst limit would turn a quick run into a slow one.
  const sandbox = await startLocalGhl({ rateLimit: { max: 1_000_000 }, faults: { rates, seed, slowMs } });
  try {
    const oauthApp = app.oauthApp ?? app;
    const tester = createAppTester(oauthApp);
    const authData = {
      ...sandbox.state.issueTokens(),
      locationId: sandbox.state.locationId,
      companyId: sandbox.state.companyId,
      userType: 'Location',
    };
    const run: Runner = (kind, key, inputData) => tester(oauthApp[kind][key].operation.perform, { authData, inputData } as any, true);
    const results: StepResult[][] = [];
    const walkOf = (i: number) =>
      zapWalk({
        id: String(i),
        email: `soak-${i}@example.com`,
        firstName: 'Soak',
        lastName: `Walker ${i}`,
        phone: `+1737555${String(i).padStart(4, '0')}`,
        // One slot per walk: four walks side by side would otherwise race for the first free one.
        startTime: slotFor(i),
      });
    const stepsPerWalk = walkOf(0).length;
    let next = 0;
    const worker = async () => {
      while (next < walks) {
        const i = next++;
        const steps = walkOf(i);
        results[i] = await runWalk(steps, run);
        // Counted once the walk is over: what the sandbox holds is what GHL would hold.
        countApplied(steps, results[i], sandbox.state);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    const steps = results.flat();
    const failed = steps.filter((s) => s.error);
    const applied = failed.filter((s) => s.applied > 0);
    return {
      stepsPerWalk,
      walks,
      steps: steps.length,
      completedWalks: results.filter((w) => w.length === stepsPerWalk && w.every((s) => !s.error)).length,
      requests: sandbox.state.log.length,
      faults: { ...sandbox.state.faults.counts },
      retries: steps.reduce((n, s) => n + s.attempts - 1, 0),
      failures: failed.length,
      throttledFailures: failed.filter((s) => s.error?.name === 'ThrottledError').length,
      duplicatedWrites: steps.filter((s) => s.applied > 1).length,
      failedButApplied: applied.length,
      failedButAppliedSurfaced: applied.filter((s) => MAY_HAVE_SAVED.test(s.error?.message ?? '')).length,
      unclearFailures: failed
        .filter((s) => s.error?.name !== 'ThrottledError' && !NAMED.test(s.error?.message ?? ''))
        .map((s) => ({ step: s.step, name: s.error!.name, message: s.error!.message })),
      failureList: failed.map((s) => ({ step: s.step, name: s.error!.name, message: s.error!.message, applied: s.applied })),
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    await sandbox.close();
  }
};
