/**
 * Builds a Zapier app definition from one authentication and the operations. The operations come
 * from the caller (index.ts passes the generated registry): nothing in src/ imports an operation
 * file.
 */
import { version as platformVersion } from 'zapier-platform-core';
import { addGhlDefaults, handleGhlErrors } from './http';
import type { Operation } from './define';
import { hydrators } from './hydrators';
import { searchOrCreates } from './search-or-create';
import packageJson from '../package.json';

/** Which app a definition is: OAuth (marketplace app, gets instant triggers) or Private Integration Token. */
export type Connection = 'oauth' | 'token';

const byKind = (operations: readonly Operation[], kind: Operation['kind'], connection: Connection) =>
  Object.fromEntries(
    operations.filter((op) => op.kind === kind && (connection === 'oauth' || !op.oauthOnly)).map((op) => [op.key, op.definition]),
  );

export const buildApp = (authentication: Record<string, unknown>, operations: readonly Operation[], connection: Connection) => ({
  version: packageJson.version,
  platformVersion,
  authentication,
  beforeRequest: [addGhlDefaults],
  afterResponse: [handleGhlErrors],
  triggers: byKind(operations, 'trigger', connection),
  searches: byKind(operations, 'search', connection),
  creates: byKind(operations, 'create', connection),
  searchOrCreates,
  hydrators,
});
