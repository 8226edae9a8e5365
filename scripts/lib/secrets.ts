/**
 * What must never reach git or either zip `push` uploads: `.env*` files (the example aside) and
 * anything token-shaped. Pure functions over file names and texts, so a test can feed them a
 * secret and see it caught (test/secrets.test.ts); `npm run build:check` runs them on every zip.
 */

export interface Finding {
  file: string;
  what: string;
  /** The start of what matched, never the whole secret. */
  excerpt?: string;
}

/** A `.env` file of any name but `.env.example` (the CLI itself leaves out only names ending in .env). */
export const isEnvFile = (name: string) => {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.startsWith('.env') && base !== '.env.example';
};

/** Token shapes, each with what it is. */
export const TOKEN_SHAPES: Array<[string, RegExp]> = [
  ['a GHL Private Integration Token', /\bpit-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi],
  ['a JWT (GHL access tokens are JWTs)', /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g],
  ['a bearer token', /\bBearer\s+[A-Za-z0-9._~+/-]{24,}=*/g],
  ['a token the sandbox issued', /\bsandbox-(?:at|rt|code)-[A-Za-z0-9_-]{20,}/g],
  [
    'a client secret or connection token assigned in .env style',
    /^[ \t]*(?:export[ \t]+)?(?:CLIENT_SECRET|authData_(?:access_token|refresh_token|apiKey))[ \t]*=[ \t]*['"]?[^\s'"#]{8,}/gm,
  ],
];

const mask = (s: string) => `${s.slice(0, Math.min(12, Math.ceil(s.length / 3)))}…`;

/** The token-shaped strings in one text. */
export const findTokens = (file: string, text: string): Finding[] =>
  TOKEN_SHAPES.flatMap(([what, re]) => [...text.matchAll(re)].map((m) => ({ file, what, excerpt: mask(m[0].trim()) })));

/** Every `.env*` file and token-shaped string among these files. */
export const findSecrets = (files: Array<{ name: string; text: string }>): Finding[] =>
  files.flatMap(({ name, text }) => [
    ...(isEnvFile(name) ? [{ file: name, what: 'a .env file (it can hold secrets)' }] : []),
    ...findTokens(name, text),
  ]);
