/** What API Request (creates/api/) needs beyond the request layer: the check of its path. */
/**
 * Checks the path of an API Request: a GHL path only, never a URL. Returns the path and any
 * query typed after "?" (merged into the query by the caller), or the reason it is refused.
 */
export const checkApiPath = (raw: string): { path: string; query: Record<string, string> } | { error: string } => {
  const text = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//') || text.startsWith('\\') || text.startsWith('/\\')) {
    return { error: 'must be a path on the GHL API, like /contacts/abc123, not a full URL (requests go only to GHL)' };
  }
  if (!text.startsWith('/')) return { error: 'must start with "/", like /contacts/abc123' };
  const [pathPart, ...rest] = text.split('#')[0].split('?');
  if (/[\s\\\u0000-\u001f\u007f]/.test(pathPart) || !/^[A-Za-z0-9\-._~!$&'()*+,;=:@%/{}]*$/.test(pathPart)) {
    return { error: 'has characters a URL path cannot hold; encode them (e.g. a space as %20)' };
  }
  if (pathPart.split('/').some((s) => s === '.' || s === '..' || /^%2e(%2e)?$|^\.%2e$|^%2e\.$/i.test(s))) {
    return { error: 'must not contain "." or ".." segments' };
  }
  const query = Object.fromEntries(new URLSearchParams(rest.join('?')));
  return { path: pathPart, query };
};
