/** What the Locations, Custom Fields and Company operations share: dropdowns and samples. */
import { fields } from '../fields';

export const locationField = (opts: { required?: boolean; label?: string; helpText?: string } = {}) =>
  fields.id(opts.label ?? 'Location', {
    dynamic: 'search_locations.id.name',
    helpText: opts.helpText ?? 'Choose a location (sub-account), or map a location ID from an earlier step.',
    required: opts.required,
  });

/**
 * An agency's id. GHL lists no agencies (a connection belongs to one) and the connection knows its
 * own (agency OAuth tokens and agency Private Integration Tokens carry it; a location's is looked
 * up), so the step uses the connected agency and this input stays empty. It is kept, optional,
 * because live Zaps store it; a value given is used.
 */
export const companyIdField = (note = '') =>
  fields.id('Company (Agency) ID', {
    helpText: `Leave empty: the connected agency is used.${note} Only to use another agency the connection can reach, map the Company ID from an earlier step (e.g. Find Location).`,
  });

export const locationSample = {
  id: 've9EPM428h8vShlRW1KT',
  companyId: 'cmp5KxW0t9R1aQ7mNbC2',
  name: 'Knight Dental',
  email: 'desk@knightdental.example.com',
  phone: '+14155550100',
  address: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  country: 'US',
  postalCode: '35061',
  website: 'https://knightdental.example.com',
  timezone: 'America/Chicago',
  domain: 'app.knightdental.example.com',
  logoUrl: 'https://files.example.com/knight-logo.png',
  dateAdded: '2026-01-15T10:00:00.000Z',
};

export const customFieldSample = {
  id: '3sv6UEo51C9Bmpo1cKTq',
  name: 'Pet Name',
  fieldKey: 'contact.pet_name',
  placeholder: 'e.g. Rex',
  dataType: 'TEXT',
  position: 0,
  picklistOptions: ['first option'],
  model: 'contact',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const companySample = {
  id: 'cmp5KxW0t9R1aQ7mNbC2',
  name: 'Knight Marketing Agency',
  email: 'owner@knightagency.example.com',
  phone: '+14155550199',
  website: 'https://knightagency.example.com',
  domain: 'https://app.knightagency.example.com',
  logoUrl: 'https://files.example.com/agency-logo.png',
  address: '100 Market St',
  city: 'San Francisco',
  state: 'CA',
  postalCode: '94105',
  country: 'US',
  timezone: 'America/Los_Angeles',
  plan: 2,
  status: 'active',
  locationCount: 12,
  isReselling: false,
};
