/**
 * GHL's paging styles, by name. A polling trigger asks for the first page only (one request per
 * poll, newest first); a dynamic dropdown asks for `bundle.meta.page` ("load more").
 */
import type { HttpResponse } from 'zapier-platform-core';
import { RATE_LIMIT } from './config';

export type Paging =
  /** skip/limit: `skip` counts records. */
  | { style: 'skip'; size?: number; skipParam?: string; limitParam?: string }
  /** offset/limit: `offset` counts records. */
  | { style: 'offset'; size?: number; offsetParam?: string; limitParam?: string }
  /** page/limit: 1-based page number. */
  | { style: 'page'; size?: number; pageParam?: string; limitParam?: string }
  /**
   * A cursor from the previous answer (startAfter/startAfterId, lastMessageId, startAfterDate):
   * `next` reads it from an answer as the query of the next page (undefined on the last page).
   */
  | {
      style: 'cursor';
      size?: number;
      limitParam?: string;
      next: (data: any) => string | undefined;
      cursorQuery: (cursor: string) => Record<string, unknown>;
    };

export const DEFAULT_PAGE_SIZE = 100;

/** The query of page `page` (0-based, as `bundle.meta.page`). */
export const pagingQuery = (paging: Paging, page: number, cursor?: string | null): Record<string, unknown> => {
  const size = paging.size ?? DEFAULT_PAGE_SIZE;
  switch (paging.style) {
    case 'skip':
      return { [paging.limitParam ?? 'limit']: size, [paging.skipParam ?? 'skip']: page * size };
    case 'offset':
      return { [paging.limitParam ?? 'limit']: size, [paging.offsetParam ?? 'offset']: page * size };
    case 'page':
      return { [paging.limitParam ?? 'limit']: size, [paging.pageParam ?? 'page']: page + 1 };
    case 'cursor':
      return { [paging.limitParam ?? 'limit']: size, ...(page > 0 && cursor ? paging.cursorQuery(cursor) : {}) };
  }
};

/**
 * How long to wait before the next request of a loop, from GHL's rate-limit headers: 0 while
 * requests remain in the window, the window's length when none do.
 */
export const rateLimitPauseMs = (response: Pick<HttpResponse, 'getHeader'>): number => {
  const remaining = response.getHeader('x-ratelimit-remaining');
  if (remaining === undefined || remaining === null || Number(remaining) > 0) return 0;
  const interval = Number(response.getHeader('x-ratelimit-interval-milliseconds'));
  return Number.isFinite(interval) && interval > 0 ? interval : RATE_LIMIT.intervalMs;
};

export interface PageLoopOptions {
  /** Stop after this many pages. */
  maxPages: number;
  /** Longest pause the loop may take for the rate limit; a longer one stops the loop cleanly. */
  maxPauseMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Walks pages until `fetchPage` says there are no more, pausing when GHL says the window is spent
 * and stopping cleanly (with what it has) when the pause would be too long. Never hammers.
 */
export const collectPages = async <T>(
  fetchPage: (page: number) => Promise<{ items: T[]; more: boolean; response: Pick<HttpResponse, 'getHeader'> }>,
  { maxPages, maxPauseMs = RATE_LIMIT.intervalMs, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }: PageLoopOptions,
): Promise<{ items: T[]; complete: boolean; pages: number }> => {
  const items: T[] = [];
  for (let page = 0; page < maxPages; page++) {
    const { items: pageItems, more, response } = await fetchPage(page);
    items.push(...pageItems);
    if (!more) return { items, complete: true, pages: page + 1 };
    const pause = rateLimitPauseMs(response);
    if (pause > maxPauseMs) return { items, complete: false, pages: page + 1 };
    if (pause > 0) await sleep(pause);
  }
  return { items, complete: false, pages: maxPages };
};
