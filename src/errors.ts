/** Turns a GHL error response into one sentence a Zap user can act on. Pure functions. */

export interface GhlErrorBody {
  statusCode?: number;
  message?: string | string[];
  error?: string;
  msg?: string;
  /** OAuth token endpoint errors: {error: 'invalid_grant', error_description}. */
  error_description?: string;
  traceId?: string;
  /** A duplicate contact: GHL names the contact that already has the email or phone. */
  meta?: { contactId?: string; contactName?: string; matchingField?: string };
}

export interface ErrorContext {
  /** What the step was doing, e.g. "creating a contact". */
  action?: string;
  /** The record the path points at, e.g. "Contact 'abc123'". */
  target?: string;
  /** OAuth scopes the operation needs. */
  scopes?: string[];
  /** True for POST/PUT/PATCH/DELETE. */
  write?: boolean;
}

export const parseErrorBody = (content: unknown): GhlErrorBody => {
  if (content && typeof content === 'object') return content as GhlErrorBody;
  if (typeof content !== 'string' || !content.trim()) return {};
  try {
    const parsed = JSON.parse(content);
    return parsed && typeof parsed === 'object' ? parsed : { message: String(parsed) };
  } catch {
    // Not JSON (a proxy's HTML page, say): keep a short, single-line excerpt.
    return {
      message: content
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200),
    };
  }
};

/** GHL's own words: `message` is a string or, on 422, an array of field messages. */
export const ghlMessages = (body: GhlErrorBody): string[] => {
  const raw = body.message ?? body.msg ?? body.error_description ?? body.error;
  const list = Array.isArray(raw) ? raw : raw !== undefined ? [raw] : [];
  return list.map((m) => String(m).trim()).filter(Boolean);
};

/** Ends a sentence with one period: GHL's own words often end with one already. */
export const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** "The contact 'abc' (Rosie Knight) already has this email: …" from GHL's duplicate-contact 400. */
const duplicateHint = (body: GhlErrorBody): string => {
  const { contactId, contactName, matchingField } = body.meta ?? {};
  if (!contactId) return '';
  const who = `The existing contact '${contactId}'${contactName ? ` (${contactName})` : ''}`;
  const field = matchingField ? ` has the same ${matchingField}` : ' matches';
  return ` ${who}${field}: map its ID into Update Contact, or use Create or Update Contact.`;
};

/**
 * What to do about a refusal GHL words without naming a field: the one table of known messages.
 * First match wins; each pattern is GHL's wording as it reaches the user (any capitalisation).
 */
export const KNOWN_REFUSALS: { says: RegExp; todo: string }[] = [
  {
    says: /contact does not have (a )?phone( number)?/i,
    todo: 'Add a phone number to the contact in GHL, or choose another channel (e.g. Email) for this message.',
  },
  {
    says: /contact does not have (an )?email( address)?/i,
    todo: 'Add an email address to the contact in GHL, or choose another channel (e.g. SMS) for this message.',
  },
  {
    says: /contact (was )?not found|contact (does not|doesn't) exist/i,
    todo: 'Pick the contact again: it may have been deleted, merged, or belong to another location.',
  },
  {
    says: /slot .*(no longer|not) available|slot .*already (been )?booked/i,
    todo: 'Choose another slot, e.g. one that Find Free Slots returns for this calendar.',
  },
];

/**
 * Whether GHL's message names a field of the request: its validation messages start with the
 * property ("email must be an email", "customFields.0.id should not be empty").
 */
export const namesField = (message: string): boolean =>
  /^[a-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_[\]]+)*\s+(must|should|is not|is required|has to|cannot|can not|needs)\b/.test(message) ||
  /^property [A-Za-z0-9_.]+ should not exist/i.test(message);

/** The next step after a 400/422 in GHL's words: the known advice, "check these fields", or a generic step. */
const nextStep = (words: string[]): string => {
  const known = KNOWN_REFUSALS.find((k) => words.some((w) => k.says.test(w)));
  if (known) return known.todo;
  if (words.some(namesField)) return 'Check these fields and try again.';
  return words.length
    ? "Change what GHL's message points at (in GHL, or in the values this step maps), then run the step again."
    : 'Check the values this step sends, then run the step again.';
};

/** OAuth token endpoint refusals: a used, expired or revoked refresh token or code. */
const isGrantRefusal = (body: GhlErrorBody) => ['invalid_grant', 'invalid_client', 'unauthorized_client'].includes(String(body.error));

const scopeHint = (scopes?: string[]) => (scopes && scopes.length ? ` This step needs the scope ${scopes.join(' and ')}.` : '');

/** The message for a status >= 400 (429 and 5xx on reads are handled as retryable by the caller). */
export const describeError = (status: number, body: GhlErrorBody, ctx: ErrorContext, tokenKind: 'oauth' | 'token'): string => {
  const words = ghlMessages(body);
  const said = words.length ? `: ${words.join('; ')}` : '';
  const doing = ctx.action ? ` while ${ctx.action}` : '';
  if (isGrantRefusal(body) || (ctx.action === 'connecting to GHL' && (status === 400 || status === 401))) {
    return `GHL refused the connection${doing} (${status}${said}). The sign-in was revoked, or its refresh token was already used or has expired: reconnect your GHL account.`;
  }
  if (status === 401) {
    return tokenKind === 'token'
      ? `GHL rejected the Private Integration Token (401${said}). Check that the token is still valid and has the scopes this step needs.${scopeHint(ctx.scopes)} Create a new token under Settings > Private Integrations if needed, then reconnect.`
      : `GHL rejected the connection (401${said}). Reconnect your GHL account.${scopeHint(ctx.scopes)}`;
  }
  if (status === 403) {
    return `GHL refused access${doing} (403${said}). The connection may not have access to this location, or lacks a scope.${scopeHint(ctx.scopes)}`;
  }
  if (status === 404) {
    // Only a path with an id in it can point at a wrong id; a listing that is not there cannot.
    return ctx.target
      ? `${ctx.target} was not found (404${said}). Check the ID, and that it belongs to the connected location.`
      : `GHL found nothing to answer${doing} (404${said}). This location may not have this feature set up, or the connection cannot see it.`;
  }
  if (status === 400 || status === 422) {
    const list = words.length ? words.join('; ') : 'no details given';
    const duplicate = duplicateHint(body);
    return duplicate
      ? `GHL rejected the request${doing} (${status}): ${sentence(list)}${duplicate}`
      : `GHL rejected the request${doing} (${status}): ${sentence(list)} ${nextStep(words)}`;
  }
  if (status >= 500) {
    return ctx.write
      ? `GHL had a server error${doing} (${status}${said}). The change may or may not have been saved: check GHL before running this step again. It was not retried, so nothing was done twice.`
      : `GHL had a server error${doing} (${status}${said}). This is usually temporary.`;
  }
  return `GHL returned an error${doing} (${status}${said}).`;
};

/** Seconds to wait after a 429, from GHL's headers. */
export const throttleDelaySeconds = (headers: { get(name: string): string | null | undefined }): number => {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const secs = Number(retryAfter);
    if (Number.isFinite(secs) && secs >= 0) return Math.max(1, Math.ceil(secs));
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(1, Math.ceil((at - Date.now()) / 1000));
  }
  if (headers.get('x-ratelimit-daily-remaining') === '0') return 3600;
  const intervalMs = Number(headers.get('x-ratelimit-interval-milliseconds'));
  if (Number.isFinite(intervalMs) && intervalMs > 0) return Math.max(1, Math.ceil(intervalMs / 1000));
  return 10;
};
