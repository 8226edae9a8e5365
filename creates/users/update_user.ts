import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import { permissionsField, platformLanguageField, userRoleField, userSample, userTypeField, withUserName } from '../../src/areas/users';

export default defineCreate({
  key: 'update_user',
  noun: 'User',
  label: 'Update User',
  description: 'Updates a user; fields left blank keep their current value. GHL does not allow changing a user’s email.',
  endpoint: 'PUT /users/{userId}',
  scopes: ['users.write'],
  access: 'any',
  input: {
    userId: fields.user({ required: true }),
    firstName: fields.string('First Name'),
    lastName: fields.string('Last Name'),
    // No email field: GHL has stopped accepting email changes.
    password: fields.password('New Password', { helpText: 'Leave blank to keep the current password.' }),
    phone: fields.phone('Phone', { helpText: 'With country code, e.g. +15551234567.' }),
    type: userTypeField(),
    role: userRoleField(),
    locationIds: fields.ids('Location IDs', { helpText: 'Replaces the locations the user may open.' }),
    platformLanguage: platformLanguageField,
    profilePhoto: fields.url('Profile Photo URL'),
    permissions: permissionsField,
  },
  body: ({ userId: _userId, ...input }, ctx) => {
    // GHL needs companyId on an agency connection (one without a location); it is in the connection.
    const body: Record<string, unknown> = ctx.bundle.authData?.locationId ? {} : { companyId: ctx.bundle.authData?.companyId };
    for (const [k, v] of Object.entries(input)) if (v !== undefined) body[k] = v;
    return body;
  },
  result: (data) => withUserName(data ?? {}),
  sample: userSample,
});
