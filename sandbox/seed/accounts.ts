/** The agency (company), its locations and users; custom fields and tags of a location. */
import type { Row } from '../lib/types';
import type { Accounts, SeedContext } from './context';
import { DAY } from './context';

export const seedAccounts = ({ id, now, iso }: SeedContext): Accounts => {
  const company: Row = {
    id: id(),
    name: 'Sunrise Marketing Agency',
    email: 'ops@sunrise-agency.example',
    phone: '+15125550100',
    website: 'https://sunrise-agency.example',
    domain: 'https://app.sunrise-agency.example',
    logoUrl: 'https://files.sunrise-agency.example/logo.png',
    address: '500 W 2nd St',
    city: 'Austin',
    state: 'TX',
    postalCode: '78701',
    country: 'US',
    timezone: 'America/Chicago',
    plan: 2,
    status: 'active',
    locationCount: 2,
    isReselling: false,
  };
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
  // A second sub-account of the agency: what an agency connection chooses between.
  const second: Row = {
    ...location,
    id: id(),
    name: 'Round Rock Family Dental',
    address: '201 E Main St',
    city: 'Round Rock',
    postalCode: '78664',
    website: 'https://roundrockdental.example',
    email: 'hello@roundrockdental.example',
    phone: '+15125550188',
    business: { name: 'Round Rock Family Dental', email: 'hello@roundrockdental.example' },
    dateAdded: iso(now - 120 * DAY),
  };
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
    dateAdded: iso(now - (300 - i * 40) * DAY),
    roles: { type: 'account', role, locationIds: i === 0 ? [L, second.id] : [L], restrictSubAccount: false },
    platformLanguage: 'en_US',
    permissions: { contactsEnabled: true, opportunitiesEnabled: true, appointmentsEnabled: true },
  }));
  return { company, locations: [location, second], users, L };
};

/** Custom fields of the connected location: one of each type GHL has, for contacts and opportunities. */
export const seedCustomFields = (L: string): Row[] =>
  [
    ['cfFavColor0000001', 'Favorite Color', 'contact.favorite_color', 'TEXT'],
    ['cfRenewal00000002', 'Renewal Date', 'contact.renewal_date', 'DATE'],
    ['cfPlan00000000003', 'Plan', 'contact.plan', 'SINGLE_OPTIONS', ['Basic', 'Pro']],
    ['cfNotes0000000006', 'Treatment Notes', 'contact.treatment_notes', 'LARGE_TEXT'],
    ['cfVisits000000007', 'Visits per Year', 'contact.visits_per_year', 'NUMERICAL'],
    ['cfSpend0000000008', 'Lifetime Spend', 'contact.lifetime_spend', 'MONETORY'],
    ['cfServices0000009', 'Services', 'contact.services', 'MULTIPLE_OPTIONS', ['Cleaning', 'Whitening', 'Implants']],
    ['cfConsent00000010', 'Consents', 'contact.consents', 'CHECKBOX', ['SMS reminders', 'Email newsletter']],
    ['cfSmsOk000000011', 'Text Reminders', 'contact.text_reminders', 'RADIO', ['Yes', 'No']],
    ['cfEmergency00012', 'Emergency Phone', 'contact.emergency_phone', 'PHONE'],
    ['cfBilling0000013', 'Billing Email', 'contact.billing_email', 'EMAIL'],
    ['cfInsurer0000014', 'Insurer', 'contact.insurer', 'TEXTBOX_LIST', ['Provider', 'Member ID']],
    ['cfXray00000000015', 'X-ray', 'contact.x_ray', 'FILE_UPLOAD'],
    ['cfReferral000016', 'Referred By', 'contact.referred_by', 'SIGNATURE'],
    ['cfBudget000000004', 'Budget', 'opportunity.budget', 'MONETORY'],
    ['cfCloseDate000005', 'Close Date', 'opportunity.close_date', 'DATE'],
    ['cfProbability0017', 'Probability', 'opportunity.probability', 'NUMERICAL'],
    ['cfLeadSource00018', 'Lead Source', 'opportunity.lead_source', 'SINGLE_OPTIONS', ['Website', 'Referral', 'Ads']],
  ].map(([id, name, fieldKey, dataType, picklistOptions], position) => ({
    id,
    name,
    fieldKey,
    dataType,
    ...(picklistOptions ? { picklistOptions } : {}),
    model: String(fieldKey).split('.')[0],
    position,
    placeholder: '',
    locationId: L,
  }));
