/** Builds a Zapier app definition from one authentication and the shared operations. */
import { version as platformVersion } from 'zapier-platform-core';
import { addGhlDefaults, handleGhlErrors } from './http';
import type { Operation } from './define';
import { operations } from './registry.generated';
import { hydrators } from './hydrators';
import { searchOrCreates } from './search-or-create';
import packageJson from '../package.json';

const byKind = (kind: Operation['kind']) =>
  Object.fromEntries(operations.filter((op) => op.kind === kind).map((op) => [op.key, op.definition]));

export const buildApp = (authentication: Record<string, unknown>) => ({
  version: packageJson.version,
  platformVersion,
  authentication,
  beforeRequest: [addGhlDefaults],
  afterResponse: [handleGhlErrors],
  triggers: byKind('trigger'),
  searches: byKind('search'),
  creates: byKind('create'),
  searchOrCreates,
  hydrators,
});
