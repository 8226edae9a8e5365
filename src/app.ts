/** Builds a Zapier app definition from one authentication and the shared operations. */
import { version as platformVersion } from 'zapier-platform-core';
import { addGhlDefaults, handleGhlErrors } from './http';
import type { Operation } from './define';
import { operations } from './registry.generated';
import { hydrators } from './hydrators';
import { searchOrCreates } from './search-or-create';
import packageJson from '../package.json';

/** Which app a definition is: OAuth (marketplace app, gets instant triggers) or Private Integration Token. */
export type Connection = 'oauth' | 'token';

const byKind = (kind: Operation['kind'], connection: Connection) =>
  Object.fromEntries(
    operations.filter((op) => op.kind === kind && (connection === 'oauth' || !op.oauthOnly)).map((op) => [op.key, op.definition]),
  );

export const buildApp = (authentication: Record<string, unknown>, connection: Connection) => ({
  version: packageJson.version,
  platformVersion,
  authentication,
  beforeRequest: [addGhlDefaults],
  afterResponse: [handleGhlErrors],
  triggers: byKind('trigger', connection),
  searches: byKind('search', connection),
  creates: byKind('create', connection),
  searchOrCreates,
  hydrators,
});
