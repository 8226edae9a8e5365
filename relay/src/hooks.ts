/**
 * Whether the relay may ever call `target`: it must parse as a URL (WHATWG), carry no credentials,
 * and have the same scheme, host and port as one allowed origin, with its path under the allowed
 * path. A string prefix alone would let `https://hooks.zapier.com.evil.com/` through; the parsed
 * host does not. Returns the normalised URL to call, or undefined.
 */
export const allowedTarget = (target: string, allowed: readonly URL[]): URL | undefined => {
  if (!URL.canParse(target)) return undefined;
  const url = new URL(target);
  if (url.username || url.password) return undefined;
  const ok = allowed.some((a) => url.protocol === a.protocol && url.host === a.host && underPath(url.pathname, a.pathname));
  return ok ? url : undefined;
};

const underPath = (path: string, prefix: string): boolean => {
  if (prefix === '/' || path === prefix) return true;
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  return path.startsWith(base);
};
