/**
 * A small method + path router. Patterns are `/contacts/:contactId/notes/:id`. A fixed segment
 * always beats a `:param` in the same place, whatever the order routes were added in, so
 * `/calendars/groups` is never taken for `/calendars/:calendarId`.
 */
import type { Handler } from './types';

interface Route {
  method: string;
  pattern: string;
  segments: string[];
  handler: Handler;
}

export interface Match {
  handler: Handler;
  params: Record<string, string>;
  pattern: string;
}

const split = (path: string) => path.split('/').filter(Boolean);

/** Fixed segments first, left to right: a route that is more specific earlier wins. */
const moreSpecific = (a: Route, b: Route) => {
  for (let i = 0; i < a.segments.length; i++) {
    const ap = a.segments[i].startsWith(':');
    const bp = b.segments[i].startsWith(':');
    if (ap !== bp) return ap ? 1 : -1;
  }
  return 0;
};

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, pattern, segments: split(pattern), handler });
    return this;
  }
  get(pattern: string, handler: Handler) {
    return this.add('GET', pattern, handler);
  }
  post(pattern: string, handler: Handler) {
    return this.add('POST', pattern, handler);
  }
  put(pattern: string, handler: Handler) {
    return this.add('PUT', pattern, handler);
  }
  patch(pattern: string, handler: Handler) {
    return this.add('PATCH', pattern, handler);
  }
  delete(pattern: string, handler: Handler) {
    return this.add('DELETE', pattern, handler);
  }

  /** The route for a request, its parameters still encoded; undefined when none fits. */
  match(method: string, path: string): Match | undefined {
    const parts = split(path);
    let best: Route | undefined;
    for (const r of this.routes) {
      if (r.method !== method || r.segments.length !== parts.length) continue;
      if (!r.segments.every((s, i) => s.startsWith(':') || s === parts[i])) continue;
      if (!best || moreSpecific(r, best) < 0) best = r;
    }
    if (!best) return undefined;
    const params: Record<string, string> = {};
    best.segments.forEach((s, i) => {
      if (s.startsWith(':')) params[s.slice(1)] = parts[i];
    });
    return { handler: best.handler, params, pattern: best.pattern };
  }

  /** Every route, for the coverage check and the README. */
  list(): Array<{ method: string; pattern: string }> {
    return this.routes.map(({ method, pattern }) => ({ method, pattern }));
  }
}
