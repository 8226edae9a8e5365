/** The sandbox (sandbox/), started for a script on a free port with the app pointed at it. */
import {
  SANDBOX_AGENCY_TOKEN,
  SANDBOX_CLIENT_ID,
  SANDBOX_CLIENT_SECRET,
  SANDBOX_LOCATION_TOKEN,
  startSandbox,
  type SandboxOptions,
} from '../../sandbox/server';

export { SANDBOX_AGENCY_TOKEN, SANDBOX_LOCATION_TOKEN };

/**
 * Starts the sandbox on 127.0.0.1 (a free port unless told) and, unless `pointApp` is false,
 * points the app at it: GHL_API_BASE_URL and the OAuth client's CLIENT_ID/CLIENT_SECRET, put back
 * as they were by `close()`.
 */
export const startLocalGhl = async (options: SandboxOptions = {}, { pointApp = true } = {}) => {
  const sandbox = await startSandbox({ port: 0, ...options });
  const keys = ['GHL_API_BASE_URL', 'CLIENT_ID', 'CLIENT_SECRET'] as const;
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  if (pointApp) {
    process.env.GHL_API_BASE_URL = sandbox.url;
    process.env.CLIENT_ID = SANDBOX_CLIENT_ID;
    process.env.CLIENT_SECRET = SANDBOX_CLIENT_SECRET;
  }
  return {
    ...sandbox,
    close: async () => {
      if (pointApp)
        for (const k of keys) {
          if (saved[k] === undefined) delete process.env[k];
          else process.env[k] = saved[k];
        }
      await sandbox.close();
    },
  };
};
