/** Associations and relations between records. */
import type { Accounts, SeedContext } from './context';

export const seedAssociations = (_ctx: SeedContext, _accounts: Accounts) => ({});
