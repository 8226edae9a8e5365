/**
 * A local stand-in for the hook URL Zapier gives a REST-hook subscription (`bundle.targetUrl`):
 * an HTTP server on 127.0.0.1 (a free port) that answers every POST 200 and keeps what arrived,
 * with the time it arrived, so a script or a test can wait for a delivery.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { now } from './figures';

export interface Delivery {
  /** `now()` (ms, monotonic) when the body had arrived. */
  at: number;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export interface HookTarget {
  /** The hook URL to subscribe with. */
  url: string;
  /** The origin (with a trailing slash) to allow at the relay. */
  origin: string;
  deliveries: Delivery[];
  /** The first delivery (already arrived or still to come) that `match` accepts; rejects after `timeoutMs`. */
  waitFor: (match: (d: Delivery) => boolean, timeoutMs: number) => Promise<Delivery>;
  close: () => Promise<void>;
}

export const startHookTarget = async (hookPath = '/hooks/catch/local/instant/'): Promise<HookTarget> => {
  const deliveries: Delivery[] = [];
  let waiters: Array<(d: Delivery) => void> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = Buffer.concat(chunks).toString('utf8');
      }
      const d: Delivery = { at: now(), path: req.url ?? '', headers: req.headers, body };
      deliveries.push(d);
      waiters.forEach((w) => w(d));
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"success"}');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const waitFor = (match: (d: Delivery) => boolean, timeoutMs: number) =>
    new Promise<Delivery>((resolve, reject) => {
      const found = deliveries.find(match);
      if (found) return resolve(found);
      const waiter = (d: Delivery) => {
        if (!match(d)) return;
        clearTimeout(timer);
        waiters = waiters.filter((w) => w !== waiter);
        resolve(d);
      };
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== waiter);
        reject(new Error(`nothing arrived at the hook URL within ${timeoutMs / 1000} s (${deliveries.length} other deliveries)`));
      }, timeoutMs);
      waiters.push(waiter);
    });

  return {
    url: `${origin}${hookPath.replace(/^\//, '')}`,
    origin,
    deliveries,
    waitFor,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
