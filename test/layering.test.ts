/**
 * The layering rule of CONTRIBUTING.md ("Layers") is enforced by `npm run lint`
 * (eslint.config.mjs). These lint a wrong import placed in each folder and expect the error, and
 * a right one and expect none, so a loosened rule fails here.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.join(__dirname, '..');

/**
 * Lints each [file, code] with the project's own config through ESLint's Node API, in one child
 * process (Jest cannot load the ES module config), and gives the layering messages of each.
 */
const lintAll = (cases: Array<[string, string]>): string[][] => {
  const script = `
    const { ESLint } = require('eslint');
    const path = require('node:path');
    const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const eslint = new ESLint({ cwd: process.cwd() });
    Promise.all(cases.map(async ([file, code]) => {
      const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
      return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.fatal).map((m) => m.message);
    })).then((out) => process.stdout.write(JSON.stringify(out)));`;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: root, input: JSON.stringify(cases) });
  return JSON.parse(String(out));
};

const wrong: Array<[string, string, string]> = [
  ['src/areas/example.ts', "import op from '../../triggers/contacts/new_contact';", 'never imports an operation file'],
  ['src/example.ts', "import { operations } from '../registry.generated';", 'never imports an operation file'],
  ['src/example.ts', "export { default } from '../creates/contacts/create_contact';", 'never imports an operation file'],
  ['src/example.ts', "import { startSandbox } from '../sandbox/server';", 'never imports the sandbox or the relay'],
  ['triggers/contacts/example.ts', "import { seed } from '../../sandbox/seed';", 'never imports the sandbox or the relay'],
  ['creates/contacts/example.ts', "import type { Relay } from '../../relay/src/server';", 'never imports the sandbox or the relay'],
  ['sandbox/example.ts', "import { fields } from '../src/fields';", 'The sandbox never imports the app'],
  ['sandbox/areas/example.ts', "import type { Operation } from '../../src/define';", 'The sandbox never imports the app'],
  ['sandbox/example.ts', "import app from '../index';", 'The sandbox never imports the app'],
  ['relay/src/example.ts', "import { ghlRequest } from '../../src/http';", 'The relay never imports the app'],
  ['relay/example.ts', "import { startSandbox } from '../sandbox/server';", 'never imports the sandbox'],
  ['relay/test/example.test.ts', "import { ghlRequest } from '../../src/http';", 'The relay never imports the app'],
  ['relay/example.ts', "import { fields } from '../src/fields';", 'The relay never imports the app'],
];
const right: Array<[string, string]> = [
  ['src/areas/example.ts', "import { fields } from '../fields';"],
  ['triggers/contacts/example.ts', "import { fields } from '../../src/fields';"],
  ['index.ts', "import { operations } from './registry.generated';"],
  ['sandbox/areas/example.ts', "import type { Row } from '../lib/types';"],
  ['test/example.test.ts', "import { startSandbox } from '../sandbox/server';"],
  ['scripts/example.ts', "import { startSandbox } from '../sandbox/server';"],
  ['relay/test/example.test.ts', "import { subjectOf } from '../src/events';"],
];

describe('layering (npm run lint)', () => {
  let results: string[][];
  beforeAll(() => {
    results = lintAll([...wrong, ...right].map(([file, code]) => [file, `${code}\nexport const used = 1;\n`]));
  }, 60_000);

  it.each(wrong.map((c, i) => [...c, i] as const))('%s: refuses %s', (_file, _code, message, i) => {
    expect(results[i]).toHaveLength(1);
    expect(results[i][0]).toContain(message);
  });

  it.each(right.map((c, i) => [...c, wrong.length + i] as const))('%s: allows %s', (_file, _code, i) => {
    expect(results[i]).toEqual([]);
  });
});
