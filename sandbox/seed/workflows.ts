/** Workflows and campaigns of the location; two snapshots of the agency (one its own, one imported). */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';

export const seedWorkflows = ({ id, now, iso }: SeedContext, { L, company }: Accounts) => {
  const workflows: Row[] = [
    ['New Lead Nurture', 'published'],
    ['Appointment Reminder', 'published'],
    ['Review Request', 'draft'],
  ].map(([name, status], i) => ({
    id: id(),
    name,
    status,
    version: i + 1,
    locationId: L,
    createdAt: iso(now - (90 - i) * DAY),
    updatedAt: iso(now - (30 - i) * DAY),
  }));
  const campaigns: Row[] = [
    ['Spring Whitening Promo', 'published'],
    ['Lapsed Patient Win-back', 'draft'],
  ].map(([name, status]) => ({ id: id(), name, status, locationId: L }));
  const snapshots: Row[] = [
    ['Dental Practice Starter', 'own'],
    ['Med Spa Funnels', 'imported'],
  ].map(([name, type]) => ({ id: id(), name, type, companyId: company.id }));
  return { workflows, campaigns, snapshots };
};
