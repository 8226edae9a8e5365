/** Types of sandbox/invoke-env.js for the TypeScript tests. */
import type { SandboxState } from './server';

export function invokeEnv(
  connection: 'oauth' | 'token',
  opts: { url: string; state: SandboxState; clientId: string; clientSecret: string; locationToken: string },
): string;
export function writeInvokeEnv(text: string, root?: string): string;
export function stopWithParent(stop: () => void, intervalMs?: number): void;
