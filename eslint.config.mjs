import tseslint from 'typescript-eslint';

/**
 * The layering rule (CONTRIBUTING.md, "Layers"): what each deployable may import. Import paths are
 * matched as written, so a pattern names a root folder reached through any number of `../`.
 */
const up = (names) => `^(\\.\\.?/)+(${names.join('|')})(/.*)?$`;
const APP = ['src', 'triggers', 'searches', 'creates', 'index', 'authentication', 'registry\\.generated'];
const OPERATIONS = ['triggers', 'searches', 'creates', 'index', 'authentication', 'registry\\.generated'];
const TOOLING = ['scripts', 'test'];
const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const never = (names, message) => ({ regex: up(names), message });

export const layers = [
  restrict(
    ['index.ts', 'authentication.ts', 'registry.generated.ts', 'triggers/**', 'searches/**', 'creates/**'],
    [
      never(['sandbox', 'relay'], 'The app never imports the sandbox or the relay (CONTRIBUTING.md, "Layers").'),
      never(TOOLING, 'The app never imports scripts/ or test/.'),
    ],
  ),
  restrict(
    ['src/**'],
    [
      never(
        OPERATIONS,
        'src/ is the shared floor: it never imports an operation file, the registry or the entry files (CONTRIBUTING.md, "Layers").',
      ),
      never(['sandbox', 'relay'], 'The app never imports the sandbox or the relay (CONTRIBUTING.md, "Layers").'),
      never(TOOLING, 'The app never imports scripts/ or test/.'),
    ],
  ),
  restrict(
    ['sandbox/**'],
    [
      never(APP, 'The sandbox never imports the app: it stays an independent stand-in for GHL (CONTRIBUTING.md, "Layers").'),
      never(['relay', ...TOOLING], 'The sandbox never imports the relay, scripts/ or test/.'),
    ],
  ),
  restrict(
    ['relay/**'],
    [
      never(APP, 'The relay never imports the app (CONTRIBUTING.md, "Layers").'),
      never(['sandbox', ...TOOLING], 'The relay never imports the sandbox, scripts/ or test/.'),
    ],
  ),
  // In relay's own folders (src/, test/, bench/), `../src` is the relay's src: the app's is two or more levels up.
  restrict(
    ['relay/*/**'],
    [
      never(
        APP.filter((name) => name !== 'src'),
        'The relay never imports the app (CONTRIBUTING.md, "Layers").',
      ),
      { regex: '^(\\.\\./){2,}src(/.*)?$', message: 'The relay never imports the app (CONTRIBUTING.md, "Layers").' },
      never(['sandbox', ...TOOLING], 'The relay never imports the sandbox, scripts/ or test/.'),
    ],
  ),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      'coverage/',
      '**/*.js',
      '**/*.mjs',
      // Left in the root by a failed `zapier-platform build`.
      'definition.json',
      'zapierwrapper.js',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  ...layers,
);
