/** What every area's seed gets: an id maker, the clock, and the records seeded before it. */
import { seededRandom } from '../lib/faults';
import type { Row } from '../lib/types';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Ids in GHL's style (20 letters and digits), the same ones for the same seed. */
export const makeIds = (seed = 20240611) => {
  const random = seededRandom(seed);
  return () => {
    let id = '';
    for (let i = 0; i < 20; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return id;
  };
};

export const DAY = 86_400_000;

export interface SeedContext {
  id: () => string;
  now: number;
  iso: (ms: number) => string;
}

/** The records every other area builds on. */
export interface Accounts {
  company: Row;
  /** The first is the connected location; the second exists for agency connections. */
  locations: Row[];
  users: Row[];
  /** The connected location's id. */
  L: string;
}
