/** What the Users operations share: a user's display name, input fields and a sample. */
import { randomInt } from 'crypto';
import { EVENT_ID_SAMPLE } from '../output';
import { fields } from '../fields';

const PASSWORD_SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#%*+-=?@_'];

/**
 * A strong random password (20 characters, upper and lower case, digits and symbols), from the
 * operating system's secure random source, for a new user when the Zap gives none. It is sent to
 * GHL only, never returned or logged: the user sets their own with "Forgot password".
 */
export const strongPassword = (length = 20): string => {
  const all = PASSWORD_SETS.join('');
  const chars = PASSWORD_SETS.map((set) => set[randomInt(set.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
};

/** The locations a user may open: a dropdown of the agency's locations (agency connections). */
export const userLocationsField = (helpText: string) => fields.ids('Locations', { dynamic: 'search_locations.id.name', helpText });

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

export const userRoleField = (required = false) =>
  fields.choice('Role', { admin: 'Admin', user: 'User' }, { required, helpText: 'Admins can change settings; users only work in them.' });

export const platformLanguageField = fields.choice(
  'Platform Language',
  {
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
  },
  { helpText: 'The language the app is shown in for this user.' },
);

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
  // GHL's answer also has a `permissions` map of some forty flags; the sample leaves it out, as
  // every user step would pay for it on every call (it shows up after a test all the same).
  roles: { type: 'account', role: 'user', locationIds: ['ve9EPM428h8vShlRW1KT'], restrictSubAccount: false },
  platformLanguage: 'en_US',
  deleted: false,
};

/** A user as the user triggers give it: with `name`, and its id also as `userId`. */
export const userOutput = (user: Record<string, any>) => ({ ...withUserName(user), userId: user.id });

export const userEventSample = { ...userSample, id: EVENT_ID_SAMPLE, userId: userSample.id };
