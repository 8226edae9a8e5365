/**
 * `npm run sandbox`: starts the GHL sandbox and prints how to use it, a ready `.env` for
 * `zapier-platform invoke` included.
 *
 *   npm run sandbox -- --port 4010 --rate-limit 100 --faults 429=0.1,500=0.05,reset=0.02,slow=0.05
 *   npm run sandbox -- --write-env          (or --write-env=token)
 *   npm run sandbox -- --routes             (lists every endpoint it serves, and exits)
 *   npm run sandbox -- --webhook-url http://127.0.0.1:8080/webhooks/ghl --webhook-key-out sandbox-webhook.pem
 *                                           (GHL's signed webhooks for its writes, e.g. to the relay)
 *   npm run sandbox -- --help               (options.ts)
 */
import { invokeEnv, stopWithParent, writeInvokeEnv } from './invoke-env';
import { USAGE, parseSandboxOptions } from './options';
import { SANDBOX_AGENCY_TOKEN, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, SANDBOX_LOCATION_TOKEN, routes, startSandbox } from './server';

const main = async () => {
  const parsed = parseSandboxOptions(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') return console.log(USAGE);
  if (parsed.kind === 'error') {
    console.error(`npm run sandbox: ${parsed.message}`);
    process.exit(2);
  }
  const o = parsed.options;
  if (o.routes) {
    for (const { method, pattern } of routes().sort((a, b) => a.pattern.localeCompare(b.pattern) || a.method.localeCompare(b.method)))
      console.log(`${method.padEnd(6)} ${pattern}`);
    return;
  }
  const { url, state, close } = await startSandbox({
    port: o.port,
    host: o.host,
    ...(o.rateLimit ? { rateLimit: { max: o.rateLimit } } : {}),
    ...(o.faults ? { faults: { rates: o.faults, seed: o.faultSeed } } : {}),
    webhookUrl: o.webhookUrl,
    webhookKeyOut: o.webhookKeyOut,
  });
  const say = (line = '') => console.log(line);
  say(`GHL sandbox listening on ${url}, serving ${routes().length} endpoints (README: "The sandbox")`);
  say(`  location:            ${state.locationId} (${state.locations[0].name})`);
  say(`  agency (company):    ${state.companyId} (${state.company.name})`);
  say(`  location token:      ${SANDBOX_LOCATION_TOKEN}  (a location Private Integration Token)`);
  say(`  agency token:        ${SANDBOX_AGENCY_TOKEN}  (an agency Private Integration Token, for agency steps)`);
  say(`  OAuth client:        CLIENT_ID=${SANDBOX_CLIENT_ID} CLIENT_SECRET=${SANDBOX_CLIENT_SECRET}`);
  say(`  one-time OAuth code: ${state.issueAuthCode()}`);
  say(`  rate limit:          ${state.rateLimit.max} requests per ${state.rateLimit.intervalMs / 1000} s per location`);
  if (o.faultText) say(`  faults:              ${o.faultText}`);
  if (state.webhooks) {
    say(`  webhooks:            signed events for its writes to ${o.webhookUrl}`);
    say(
      `                       public key: ${url}/.sandbox/webhook-public-key${o.webhookKeyOut ? ` (written to ${o.webhookKeyOut})` : ''}`,
    );
    say(`                       uninstall a location: curl -X POST ${url}/.sandbox/uninstall/${state.locationId}`);
  }
  say(`Point the app at it: GHL_API_BASE_URL=${url}`);
  say(`Try: curl -H "Authorization: Bearer ${SANDBOX_LOCATION_TOKEN}" -H "Version: 2021-07-28" ${url}/locations/${state.locationId}`);
  const envOf = (connection: 'oauth' | 'token') =>
    invokeEnv(connection, {
      url,
      state,
      clientId: SANDBOX_CLIENT_ID,
      clientSecret: SANDBOX_CLIENT_SECRET,
      locationToken: SANDBOX_LOCATION_TOKEN,
    });
  for (const connection of ['oauth', 'token'] as const)
    say(`\n.env for \`zapier-platform invoke\` (${connection} connection):\n${envOf(connection)}`);
  if (o.writeEnv) {
    const { file, backup } = writeInvokeEnv(envOf(o.writeEnv));
    say(`Wrote ${file} for the ${o.writeEnv} connection.`);
    if (backup) say(`The earlier .env is kept in ${backup} (outside the project, where neither git nor a zip picks it up).`);
  }
  say('Stop with Ctrl-C.');
  const stop = () => void close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  stopWithParent(stop);
};

main().catch((err: Error) => {
  console.error(`Could not start the sandbox: ${err.message}`);
  process.exit(1);
});
