import { defineCreate } from '../../src/define';
import { fields } from '../../src/fields';
import {
  permissionsField,
  platformLanguageField,
  userLocationsField,
  userRoleField,
  userSample,
  userTypeField,
  withUserName,
} from '../../src/areas/users';

export default defineCreate({
  key: 'update_user',
  noun: 'User',
  label: 'Update User',
  description: 'Updates a user; fields left empty keep their value.',
  endpoint: 'PUT /users/{userId}',
  scopes: ['users.write'],
  access: 'any',
  input: {
    userId: fields.user({ required: true }),
    firstName: fields.string('First Name', { helpText: 'The new first name. Leave empty to keep it.' }),
    lastName: fields.string('Last Name', { helpText: "The new last name. Leave empty to keep it. (A user's email cannot be changed.)" }),
    // No email field: GHL has stopped accepting email changes.
    // D001: kept for Zaps that reset a password; accepted exception in test/zapier-checks/exceptions.ts.
    password: fields.password('New Password', {
      helpText: 'Leave empty to keep the current password. To set one, map it from a password generator step rather than typing it.',
    }),
    phone: fields.phone('Phone', { helpText: 'With country code, e.g. +15551234567.' }),
    type: userTypeField(),
    role: userRoleField(),
    locationIds: userLocationsField('Replaces the locations the user may open. Leave empty to keep them.'),
    platformLanguage: platformLanguageField,
    profilePhoto: fields.url('Profile Photo URL', { helpText: 'A public image address, e.g. `https://example.com/maya.png`.' }),
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
