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

const byKind = (operations: readonly Operation[], kind: Operation['kind']) =>
  Object.fromEntries(operations.filter((op) => op.kind === kind).map((op) => [op.key, op.definition]));

export const buildApp = (authentication: Record<string, unknown>, operations: readonly Operation[]) => ({
  version: packageJson.version,
  platformVersion,
  authentication,
  beforeRequest: [addGhlDefaults],
  afterResponse: [handleGhlErrors],
  triggers: byKind(operations, 'trigger'),
  searches: byKind(operations, 'search'),
  creates: byKind(operations, 'create'),
  searchOrCreates,
  hydrators,
});
