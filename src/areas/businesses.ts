/** What the Businesses operations share: the business dropdown, fields, body and sample. */
import { compact, fields, postalAddressFields } from '../fields';

export const businessField = (opts: { required?: boolean; label?: string; helpText?: string } = {}) =>
  fields.id(opts.label ?? 'Business', {
    dynamic: 'list_businesses.id.name',
    required: opts.required,
    helpText: opts.helpText ?? 'Choose a business, or map a business ID from an earlier step.',
  });

export const businessFields = (required: boolean) => ({
  name: fields.string('Business Name', { required, helpText: 'The company name, e.g. Knight Dental.' }),
  email: fields.email('Email'),
  phone: fields.phone('Phone', { helpText: 'With country code, e.g. +15551234567.' }),
  website: fields.string('Website', { helpText: 'The business website, e.g. `https://knightdental.example.com`.' }),
  ...postalAddressFields('address'),
  description: fields.text('Description', { helpText: 'A few words about the business.' }),
});

/** Given fields only, so an update never blanks what was left empty. */
export const businessBody = (input: Record<string, unknown>) => compact(input);

/**
 * The business in a create or update answer. GHL's spec names that key `buiseness` (sic) while
 * GET uses `business`: read both, so a fix on GHL's side does not break the step.
 */
export const readBusiness = (data: any) => data?.business ?? data?.buiseness ?? {};

export const businessSample = {
  id: '63771dcac1116f0e21de8e12',
  name: 'Knight Dental',
  phone: '+14155550123',
  email: 'hello@knightdental.example.com',
  website: 'https://knightdental.example.com',
  address: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  description: 'Family dental clinic',
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2026-03-01T14:30:00.000Z',
  updatedAt: '2026-03-02T09:10:00.000Z',
};
