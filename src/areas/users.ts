/** What the Users operations share: a user's display name, input fields and a sample. */
import { fields } from '../fields';

/** GHL users carry `name`, but some answers only have first and last name: always give `name`. */
export const withUserName = (user: Record<string, any>) => ({
  ...user,
  name: user.name || [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email || user.id,
});

export const userTypeField = (required = false) =>
  fields.choice(
    'User Type',
    { account: 'Account (sub-account user)', agency: 'Agency' },
    { required, helpText: 'Account users work inside sub-accounts; agency users manage the agency.' },
  );

export const userRoleField = (required = false) => fields.choice('Role', { admin: 'Admin', user: 'User' }, { required });

export const platformLanguageField = fields.choice('Platform Language', {
  en_US: 'English (US)',
  es: 'Spanish',
  fr_CA: 'French (Canada)',
  fr_FR: 'French (France)',
  nl: 'Dutch',
  de: 'German',
  pt_PT: 'Portuguese (Portugal)',
  pt_BR: 'Portuguese (Brazil)',
  it: 'Italian',
  sv: 'Swedish',
  da: 'Danish',
  fi: 'Finnish',
  no: 'Norwegian',
});

export const permissionsField = fields.json('Permissions', {
  shape: 'object',
  helpText:
    'Optional JSON object of permission switches, e.g. `{"contactsEnabled": true, "campaignsEnabled": false}`. Left out, GHL keeps its defaults.',
});

export const userSample = {
  id: 'y0BeYjuRIlDwsDcOHOJo',
  name: 'Maya Patel',
  firstName: 'Maya',
  lastName: 'Patel',
  email: 'maya@example.com',
  phone: '+14155550188',
  extension: '',
  roles: { type: 'account', role: 'user', locationIds: ['ve9EPM428h8vShlRW1KT'], restrictSubAccount: false },
  permissions: { contactsEnabled: true, opportunitiesEnabled: true, workflowsEnabled: false },
  platformLanguage: 'en_US',
  deleted: false,
};
