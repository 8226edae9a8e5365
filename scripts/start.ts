/**
 * `npm start`: walks a typical Zap (scripts/lib/walk.ts, the one the soak walks) through the
 * built app (dist/app.js), as Zapier would run it, and prints each step, what changed and every
 * request sent.
 *
 * By default it starts the local GHL sandbox on a free port and connects through the OAuth code
 * exchange, so nothing leaves this machine. `--live` runs the same walk against the GHL account
 * configured in .env (CLIENT_ID, CLIENT_SECRET, authData_* lines, GHL_API_BASE_URL if set; see
 * .env.example) and leaves out the SMS. Live runs create real records: a contact, an opportunity
 * and an appointment. `GHL_CONNECTION=token` connects with the Private Integration Token.
 *
 * On the sandbox with OAuth, an instant step follows the walk (scripts/lib/instant.ts): the webhook
 * relay (relay/) runs as a child process, started beside the walk, and a contact created through
 * the app reaches a local stand-in for Zapier's hook URL through it, with the latency printed.
 */
import './soak/quiet-core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAppTester } from 'zapier-platform-core';
import { loadBuiltApp, root } from './lib/built-app';
import { SANDBOX_LOCATION_TOKEN, startLocalGhl } from './lib/local-ghl';
import { contactLabel, errorParts, localFailure, runWalk, zapWalk } from './lib/walk';
import { instantSandboxOptions, runInstantStep, startInstantChain, type InstantChain } from './lib/instant';

const DEFAULT_GHL = 'https://services.leadconnectorhq.com';
const live = process.argv.includes('--live');

/** Reads KEY=VALUE lines of .env into process.env (values already set win). */
const loadEnvFile = (file: string) => {
  if (!fs.existsSync(file)) return false;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    if (process.env[m[1]] === undefined) process.env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return true;
};

const say = (text = '') => process.stdout.write(`${text}\n`);
const detail = (text: string) => say(`   ${text}`);

const main = async () => {
  let sandbox: Awaited<ReturnType<typeof startLocalGhl>> | undefined;
  let chain: Promise<{ chain: InstantChain } | { error: unknown }> | undefined;
  if (live) {
    if (!loadEnvFile(path.join(root, '.env'))) throw new Error('--live needs a .env file: copy .env.example to .env and fill it in.');
  }
  const useToken = process.env.GHL_CONNECTION === 'token';
  if (!live) {
    // OAuth: the sandbox sends its webhooks to the relay, which starts while the walk runs.
    const instant = useToken ? undefined : await instantSandboxOptions();
    sandbox = await startLocalGhl(instant?.sandbox ?? {});
    if (instant)
      chain = startInstantChain(sandbox.url, instant.relayPort).then(
        (c) => ({ chain: c }),
        (error: unknown) => ({ error }),
      );
  }
  const App = loadBuiltApp();
  const app: any = useToken ? App.tokenApp : App.oauthApp;
  const appTester = createAppTester(app);
  const ghl = process.env.GHL_API_BASE_URL || DEFAULT_GHL;
  say(
    sandbox
      ? `GHL sandbox running at ${sandbox.url}`
      : `Walking a Zap against the GHL at ${ghl} with the account in .env (this creates real records).`,
  );

  say(`\n0. ${useToken ? 'Connect (Private Integration Token)' : 'Connect (OAuth 2)'}`);
  let authData: Record<string, any>;
  if (!sandbox) {
    authData = Object.fromEntries(
      Object.entries(process.env)
        .filter(([k]) => k.startsWith('authData_'))
        .map(([k, v]) => [k.slice('authData_'.length), v]),
    );
    if (!authData.access_token && !authData.apiKey)
      throw new Error('.env has no authData_access_token (or authData_apiKey with GHL_CONNECTION=token): see .env.example.');
    detail('using the connection from .env');
  } else if (useToken) {
    authData = { apiKey: SANDBOX_LOCATION_TOKEN, locationId: sandbox.state.locationId };
    detail('using the sandbox Private Integration Token');
  } else {
    const code = sandbox.state.issueAuthCode();
    authData = await appTester(app.authentication.oauth2Config.getAccessToken, {
      inputData: { code, redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App/' },
    } as any);
    detail(`exchanged a one-time code for tokens (userType ${authData.userType}, location ${authData.locationId})`);
  }
  const location: any = await appTester(app.authentication.test, { authData } as any);
  detail(`connected to "${location.name}" (${location.id ?? authData.locationId}), time zone ${location.timezone ?? 'not set'}`);

  const meta = { timezone: location.timezone ?? null, isLoadingSample: false, isFillingDynamicDropdown: false };
  const run = (kind: string, key: string, inputData: Record<string, any>) =>
    appTester(app[kind][key].operation.perform, { authData, inputData, meta } as any);

  const state = sandbox?.state;
  const before = state && {
    contacts: state.contacts.length,
    opportunities: state.opportunities.length,
    events: state.events.filter((e) => !e.isBlockSlot).length,
    messages: state.messages.length,
  };
  const stamp = Date.now().toString(36);
  const steps = zapWalk({
    id: live ? stamp : 'start',
    email: live ? `zap-walk+${stamp}@example.com` : 'jordan.reyes@example.com',
    firstName: 'Jordan',
    lastName: 'Reyes',
    phone: live ? undefined : '+15125559876',
    sms: !live,
  });
  let n = 0;
  const results = await runWalk(steps, run, (s, r) => {
    say(`\n${++n}. ${s.title}`);
    r.lines.forEach(detail);
    if (r.error) detail(localFailure(s.step, r.error));
  });
  const failed = results.find((r) => r.error);

  say(`\n${++n}. Instant trigger: New Contact (Instant), through the webhook relay`);
  let instantFailed = false;
  if (live) {
    detail(
      'skipped with --live: a real GHL sends its webhooks to the marketplace app\'s webhook URL, not to a relay on this machine (README: "Webhook relay")',
    );
  } else if (useToken) {
    detail('skipped: instant triggers need the OAuth app (GHL sends no webhooks for Private Integration Tokens); the token app polls');
  } else {
    const started = await chain!;
    if ('error' in started) {
      instantFailed = true;
      detail(localFailure('the instant step', errorParts(started.error)));
    } else {
      const res = await runInstantStep(started.chain, {
        app,
        tester: appTester as any,
        authData,
        meta,
        sandboxIdle: () => state?.webhooks?.idle() ?? Promise.resolve(),
        contact: { firstName: 'Avery', lastName: 'Instant', email: `avery.instant+${stamp}@example.com` },
      });
      await started.chain.stop();
      res.lines.forEach(detail);
      if (res.error) {
        instantFailed = true;
        detail(localFailure('the instant step', res.error));
      }
    }
  }

  say(`\n${++n}. What changed`);
  if (state && before) {
    detail(
      `contacts ${before.contacts} → ${state.contacts.length}, opportunities ${before.opportunities} → ${state.opportunities.length}, appointments ${before.events} → ${state.events.filter((e) => !e.isBlockSlot).length}, messages ${before.messages} → ${state.messages.length}`,
    );
    const c = state.contacts.find((x) => x.email === 'jordan.reyes@example.com');
    if (c) detail(`contact ${contactLabel(c)} now has tags ${JSON.stringify(c.tags)}`);
    const o = state.opportunities.find((x) => x.name === 'Jordan Reyes - first visit');
    if (o) {
      const p = state.pipelines.find((x) => x.id === o.pipelineId);
      detail(`opportunity "${o.name}" sits in "${p?.name}" / "${p?.stages.find((st: any) => st.id === o.pipelineStageId)?.name}"`);
    }
    const e = state.events.find((x) => x.title === 'First visit - Jordan Reyes');
    if (e) detail(`appointment booked ${e.startTime} on calendar ${e.calendarId}, assigned to ${e.assignedUserId}`);
    // Every request since the sandbox started: the connect step's token exchange included.
    detail(`requests sent to GHL (the app's${useToken ? '' : ", and the relay's check that the token owns the location"}):`);
    for (const r of state.log.filter((x) => !x.path.startsWith('/.sandbox/'))) detail(`  ${r.status} ${r.method} ${r.path}`);
    await sandbox!.close();
  } else {
    detail(
      `created in ${ghl}: a contact, an opportunity and an appointment named for Jordan Reyes (${stamp}); delete them if this was only a test`,
    );
  }
  say(
    failed
      ? `\nStopped at ${failed.step}: see the message above.`
      : instantFailed
        ? '\nThe walk ran, the instant step failed: see the message above.'
        : '\nDone: every step ran through the app.',
  );
  return failed || instantFailed ? 1 : 0;
};

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`\n${localFailure('the start', errorParts(err))}\n`);
    process.exit(1);
  },
);
