/**
 * Two app definitions from one codebase. The default export is the OAuth 2 app (GHL marketplace
 * app); `tokenApp` is the Private Integration Token app. Zapier's CLI reads the default export, so
 * `GHL_CONNECTION=token` makes the token app the default for validating, building and pushing it
 * as its own integration (see README).
 */
import { oauthAuthentication, tokenAuthentication } from './authentication';
import { operations } from './registry.generated';
import { buildApp } from './src/app';

const oauthApp = buildApp(oauthAuthentication, operations, 'oauth');
const tokenApp = buildApp(tokenAuthentication, operations, 'token');

const app = { ...(process.env.GHL_CONNECTION === 'token' ? tokenApp : oauthApp) } as ReturnType<typeof buildApp> & {
  readonly oauthApp: ReturnType<typeof buildApp>;
  readonly tokenApp: ReturnType<typeof buildApp>;
};
// Not enumerable: Zapier's schema sees only the selected definition.
Object.defineProperties(app, { oauthApp: { value: oauthApp }, tokenApp: { value: tokenApp } });

export = app;
