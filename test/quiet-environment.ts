/**
 * The Node test environment, quiet on success: what a test writes to the console is kept and
 * shown only when that test fails, so a passing run prints nothing but jest's own summary.
 */
import { format } from 'util';
import NodeEnvironment from 'jest-environment-node';
import type { Circus } from '@jest/types';

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;
type Method = (typeof METHODS)[number];

export default class QuietEnvironment extends NodeEnvironment {
  private lines: string[] = [];
  private originals: Partial<Record<Method, (...args: unknown[]) => void>> = {};

  async handleTestEvent(event: Circus.Event) {
    const console = this.global.console as unknown as Record<Method, (...args: unknown[]) => void>;
    if (event.name === 'test_start') {
      this.lines = [];
      for (const m of METHODS) {
        this.originals[m] = console[m];
        console[m] = (...args: unknown[]) => {
          this.lines.push(`console.${m}: ${format(...args)}`);
        };
      }
    } else if (event.name === 'test_done') {
      for (const m of METHODS) if (this.originals[m]) console[m] = this.originals[m]!;
      if (event.test.errors.length && this.lines.length) console.error(`Console output of the failed test:\n${this.lines.join('\n')}`);
      this.lines = [];
    }
  }
}
