import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { permissionsField, platformLanguageField, userRoleField, userSample, userTypeField, withUserName } from '../../src/areas/users';

export default defineCreate({
  key: 'create_user',
  noun: 'User',
  label: 'Create User',
  description: 'Creates a user who can log in to GHL, with access to the connected location or to the locations you choose.',
  endpoint: 'POST /users/',
  scopes: ['users.write'],
  access: 'any',
  input: {
    firstName: fields.string('First Name', { required: true }),
    lastName: fields.string('Last Name', { required: true }),
    email: fields.email('Email', { required: true }),
    password: fields.password('Password', {
      required: true,
      helpText: 'The first login password. Map it from a password generator step rather than typing it here.',
    }),
    phone: fields.phone('Phone', { helpText: 'With country code, e.g. +15551234567.' }),
    type: userTypeField(true),
    role: userRoleField(true),
    locationIds: fields.ids('Location IDs', {
      helpText: 'The locations the user may open. Leave blank for the connected location (required on an agency connection).',
    }),
    platformLanguage: platformLanguageField,
    profilePhoto: fields.url('Profile Photo URL'),
    permissions: permissionsField,
  },
  // The company id comes from the connection or a lookup of the location, so this builds the request.
  perform: async (ctx) => {
    const { locationIds, ...rest } = ctx.input;
    const locations = locationIds ?? (ctx.bundle.authData?.locationId ? [ctx.bundle.authData.locationId] : undefined);
    if (!locations) {
      throw new ctx.z.errors.Error('Create User: "Location IDs" (locationIds) is required on an agency connection.', 'InvalidInput', 400);
    }
    const body: Record<string, unknown> = { companyId: await ctx.companyId() };
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) body[k] = v;
    body.locationIds = locations;
    const res = await ctx.request({ method: 'POST', path: '/users/', body });
    return res.data;
  },
  result: (data) => withUserName(data ?? {}),
  sample: userSample,
});
