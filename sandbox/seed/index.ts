/**
 * The sandbox's starting data: one agency with its locations and users, and every area's records
 * (one module per area, like areas/). Deterministic ids (20 letters and digits, like GHL's) so
 * runs can be compared; dates are relative to the moment the sandbox starts.
 */
import { seedAccounts, seedCustomFields } from './accounts';
import { seedAssociations } from './associations';
import { seedBlogs } from './blogs';
import { seedBusinesses } from './businesses';
import { seedCalendars } from './calendars';
import { seedContacts, seedNotesAndTasks } from './contacts';
import type { Data, Row } from '../lib/types';
import { makeIds, type SeedContext } from './context';
import { seedConversations } from './conversations';
import { seedForms } from './forms';
import { seedLinksAndValues } from './links';
import { seedMedias } from './medias';
import { seedInvoices } from './invoices';
import { seedObjects } from './objects';
import { seedOpportunities } from './opportunities';
import { seedPayments } from './payments';
import { seedProducts } from './products';
import { seedWorkflows } from './workflows';

export const seed = ({ now = Date.now() }: { now?: number } = {}): Data => {
  const ctx: SeedContext = { id: makeIds(), now, iso: (ms) => new Date(ms).toISOString() };
  const accounts = seedAccounts(ctx);
  const { contacts } = seedContacts(ctx, accounts);
  const { L: _L, ...records } = accounts;
  const { paymentIds, ...catalogue } = seedProducts(ctx, accounts);
  return {
    ...records,
    contacts,
    ...seedOpportunities(ctx, accounts, contacts),
    ...seedCalendars(ctx, accounts, contacts),
    ...seedWorkflows(ctx, accounts),
    ...seedConversations(ctx, accounts, contacts),
    ...seedNotesAndTasks(ctx, accounts, contacts),
    customFields: seedCustomFields(accounts.L),
    ...seedBlogs(ctx, accounts),
    ...seedBusinesses(ctx, accounts),
    ...seedAssociations(ctx, accounts, contacts),
    ...seedForms(ctx, accounts, contacts),
    ...seedMedias(ctx, accounts),
    ...seedLinksAndValues(ctx, accounts),
    ...seedInvoices(ctx, accounts, contacts),
    ...catalogue,
    ...seedPayments(ctx, accounts, contacts, { ...catalogue, paymentIds }),
    ...seedObjects(ctx, accounts),
    /** Tags of the locations, made as contacts carry them (GET /locations/{id}/tags). */
    tags: [] as Row[],
    nextId: ctx.id,
  };
};
