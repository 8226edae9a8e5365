import { defineCreate } from '../../src/define';
import { fields, postalAddressFields } from '../../src/fields';
import { companyIdField, locationSample } from '../../src/areas/locations';

export default defineCreate({
  key: 'create_location',
  noun: 'Location',
  label: 'Create Location',
  description: 'Creates a location (sub-account) in the agency.',
  endpoint: 'POST /locations/',
  scopes: ['locations.write'],
  access: 'agency',
  input: {
    name: fields.string('Name', {
      required: true,
      helpText: 'The business name of the new sub-account. Needs an agency connection and the Agency Pro plan.',
    }),
    companyId: companyIdField(),
    phone: fields.phone('Phone', { helpText: 'With country code, e.g. +15551234567.' }),
    ...postalAddressFields('address'),
    website: fields.url('Website'),
    timezone: fields.string('Time Zone', { helpText: 'IANA name, e.g. America/New_York.' }),
    prospectFirstName: fields.string('Prospect First Name', { helpText: 'The business owner the sub-account is for.' }),
    prospectLastName: fields.string('Prospect Last Name', { helpText: "The business owner's last name." }),
    prospectEmail: fields.email('Prospect Email', { helpText: "The business owner's email, e.g. owner@example.com." }),
    snapshotId: fields.id('Snapshot', {
      dynamic: 'list_snapshots.id.name',
      helpText: 'A snapshot of the agency to load into the new location: choose one, or map a snapshot ID.',
    }),
  },
  body: ({ companyId, prospectFirstName, prospectLastName, prospectEmail, ...rest }, ctx) => {
    const company = companyId ?? ctx.bundle.authData?.companyId;
    if (!company) {
      throw new ctx.z.errors.Error(
        'Create Location: this connection names no agency (company). Reconnect GHL at agency level, or connect an agency Private Integration Token with its Company ID.',
        'InvalidInput',
        400,
      );
    }
    const prospect = { firstName: prospectFirstName, lastName: prospectLastName, email: prospectEmail };
    // GHL's spec requires the prospect's first name, last name and email together, or none of them.
    const labels = {
      firstName: 'Prospect First Name" (prospectFirstName)',
      lastName: 'Prospect Last Name" (prospectLastName)',
      email: 'Prospect Email" (prospectEmail)',
    };
    const missing = (Object.keys(prospect) as Array<keyof typeof prospect>).filter((k) => !prospect[k]);
    if (missing.length && missing.length < 3) {
      throw new ctx.z.errors.Error(
        `Create Location: ${missing.map((k) => `"${labels[k]}`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required with the other prospect fields: give all three, or none.`,
        'InvalidInput',
        400,
      );
    }
    return {
      ...rest,
      companyId: company,
      ...(missing.length ? {} : { prospectInfo: prospect }),
    };
  },
  // GHL answers with the new location at the top level.
  result: (data) => data,
  sample: locationSample,
});
