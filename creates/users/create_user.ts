import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import {
  permissionsField,
  platformLanguageField,
  strongPassword,
  userLocationsField,
  userRoleField,
  userSample,
  userTypeField,
  withUserName,
} from '../../src/areas/users';

export default defineCreate({
  key: 'create_user',
  noun: 'User',
  label: 'Create User',
  description: 'Creates a user with access to the chosen locations.',
  endpoint: 'POST /users/',
  scopes: ['users.write'],
  access: 'any',
  input: {
    firstName: fields.string('First Name', { required: true, helpText: 'Given name, e.g. Jane.' }),
    lastName: fields.string('Last Name', { required: true, helpText: 'Family name, e.g. Doe.' }),
    email: fields.email('Email', { required: true, helpText: 'The login email, e.g. maya@example.com.' }),
    type: userTypeField(true),
    role: userRoleField(true),
    // D001: a password input stays for Zaps that map one; left empty, a strong one is generated.
    password: fields.password('Password', {
      helpText:
        'Leave empty to have a strong random password generated: the user then sets their own with "Forgot password" on the login page. To set one, map it from a password generator step rather than typing it.',
    }),
    phone: fields.phone('Phone', { helpText: 'With country code, e.g. +15551234567.' }),
    locationIds: userLocationsField(
      'The locations the user may open. Leave empty for the connected location (required on an agency connection).',
    ),
    platformLanguage: platformLanguageField,
    profilePhoto: fields.url('Profile Photo URL', { helpText: 'A public image address, e.g. `https://example.com/maya.png`.' }),
    permissions: permissionsField,
  },
  // The company id comes from the connection or a lookup of the location, so this builds the request.
  perform: async (ctx) => {
    const { locationIds, password, ...rest } = ctx.input;
    const locations = locationIds ?? (ctx.bundle.authData?.locationId ? [ctx.bundle.authData.locationId] : undefined);
    if (!locations) {
      throw new ctx.z.errors.Error('Create User: "Locations" (locationIds) is required on an agency connection.', 'InvalidInput', 400);
    }
    const body: Record<string, unknown> = { companyId: await ctx.companyId() };
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) body[k] = v;
    body.password = password ?? strongPassword();
    body.locationIds = locations;
    const res = await ctx.request({ method: 'POST', path: '/users/', body });
    return res.data;
  },
  result: (data) => withUserName(data ?? {}),
  sample: userSample,
});
