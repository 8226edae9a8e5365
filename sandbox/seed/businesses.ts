/** Businesses of the location. */
import type { Accounts, SeedContext } from './context';

export const seedBusinesses = (_ctx: SeedContext, _accounts: Accounts) => ({});
