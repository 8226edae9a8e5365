/** Blog sites, authors, categories and posts. */
import type { Accounts, SeedContext } from './context';

export const seedBlogs = (_ctx: SeedContext, _accounts: Accounts) => ({});
