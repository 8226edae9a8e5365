/** The agency (company), its locations and users; custom fields and tags of a location. */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';

export const seedAccounts = ({ id, now, iso }: SeedContext): Accounts => {
  const company: Row = { id: id(), name: 'Sunrise Marketing Agency', email: 'ops@sunrise-agency.example', phone: '+15125550100' };
  const location: Row = {
    id: id(),
    companyId: company.id,
    name: 'Austin Smiles Dental',
    address: '1200 Congress Ave',
    city: 'Austin',
    state: 'TX',
    country: 'US',
    postalCode: '78701',
    website: 'https://austinsmiles.example',
    timezone: 'America/Chicago',
    email: 'frontdesk@austinsmiles.example',
    phone: '+15125550123',
    business: { name: 'Austin Smiles Dental', email: 'frontdesk@austinsmiles.example' },
    settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false },
    dateAdded: iso(now - 400 * DAY),
  };
  const L = location.id;
  const users: Row[] = [
    ['Dana', 'Whitfield', 'dana@austinsmiles.example', 'admin'],
    ['Marco', 'Alvarez', 'marco@austinsmiles.example', 'user'],
    ['Priya', 'Raman', 'priya@austinsmiles.example', 'user'],
  ].map(([firstName, lastName, email, role], i) => ({
    id: id(),
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    email,
    phone: `+1512555020${i}`,
    extension: '',
    deleted: false,
    roles: { type: 'account', role, locationIds: [L] },
    permissions: { contactsEnabled: true, opportunitiesEnabled: true, appointmentsEnabled: true },
  }));
  return { company, locations: [location], users, L };
};

/** Custom fields of the connected location, one list for contacts and opportunities. */
export const seedCustomFields = (L: string): Row[] =>
  [
    { id: 'cfFavColor0000001', name: 'Favorite Color', fieldKey: 'contact.favorite_color', dataType: 'TEXT', model: 'contact' },
    { id: 'cfRenewal00000002', name: 'Renewal Date', fieldKey: 'contact.renewal_date', dataType: 'DATE', model: 'contact' },
    {
      id: 'cfPlan00000000003',
      name: 'Plan',
      fieldKey: 'contact.plan',
      dataType: 'SINGLE_OPTIONS',
      picklistOptions: ['Basic', 'Pro'],
      model: 'contact',
    },
    { id: 'cfBudget000000004', name: 'Budget', fieldKey: 'opportunity.budget', dataType: 'MONETORY', model: 'opportunity' },
    { id: 'cfCloseDate000005', name: 'Close Date', fieldKey: 'opportunity.close_date', dataType: 'DATE', model: 'opportunity' },
  ].map((f) => ({ ...f, locationId: L }));
