/** A sandbox per test file, and requests to it as the app sends them (bearer token, Version). */
import { SANDBOX_LOCATION_TOKEN, startSandbox, type Sandbox } from '../../sandbox/server';

export interface Reply {
  status: number;
  body: any;
}

/** Starts a sandbox before the file's tests and stops it after; `get()` is the running one. */
export const useSandbox = () => {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox?.close());
  const get = () => {
    if (!sandbox) throw new Error('the sandbox is not running');
    return sandbox;
  };
  const call = async (method: string, path: string, body?: unknown, token = SANDBOX_LOCATION_TOKEN): Promise<Reply> => {
    const version = /^\/(calendars|conversations)(\/|$)/.test(path) ? '2021-04-15' : '2021-07-28';
    const res = await fetch(`${get().url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, Version: version, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return { get, call };
};

/** GHL's message, one string or a list, as one line. */
export const messages = (r: Reply) => ([] as string[]).concat(r.body?.message ?? []).join('; ');
