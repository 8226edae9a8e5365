/**
 * `npm run sandbox`: starts the GHL sandbox and prints how to use it, a ready `.env` for
 * `zapier-platform invoke` included.
 *
 *   npm run sandbox -- --port 4010 --rate-limit 100 --faults 429=0.1,500=0.05,reset=0.02,slow=0.05
 *   npm run sandbox -- --write-env          (or --write-env=token)
 *   npm run sandbox -- --routes             (lists every endpoint it serves, and exits)
 *   npm run sandbox -- --webhook-url http://127.0.0.1:8080/webhooks/ghl --webhook-key-out sandbox-webhook.pem
 *                                           (GHL's signed webhooks for its writes, e.g. to the relay)
 */
import { invokeEnv, stopWithParent, writeInvokeEnv } from './invoke-env';
import { parseFaults } from './lib/faults';
import { DEFAULT_PORT, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, SANDBOX_LOCATION_TOKEN, routes, startSandbox } from './server';

const argValue = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : undefined;
};

const main = async () => {
  if (process.argv.includes('--routes')) {
    for (const { method, pattern } of routes().sort((a, b) => a.pattern.localeCompare(b.pattern) || a.method.localeCompare(b.method)))
      console.log(`${method.padEnd(6)} ${pattern}`);
    return;
  }
  const port = Number(argValue('port') ?? process.env.PORT ?? DEFAULT_PORT);
  const max = argValue('rate-limit');
  const faultText = argValue('faults');
  const rates = faultText ? parseFaults(faultText) : undefined;
  const { url, state, close } = await startSandbox({
    port,
    host: argValue('host') ?? '127.0.0.1',
    ...(max ? { rateLimit: { max: Number(max) } } : {}),
    ...(rates ? { faults: { rates, seed: Number(argValue('fault-seed') ?? 1) } } : {}),
    webhookUrl: argValue('webhook-url'),
    webhookKeyOut: argValue('webhook-key-out'),
  });
  const say = (line = '') => console.log(line);
  say(`GHL sandbox listening on ${url}, serving ${routes().length} endpoints (README: "The sandbox")`);
  say(`  location:            ${state.locationId} (${state.locations[0].name})`);
  say(`  agency (company):    ${state.companyId} (${state.company.name})`);
  say(`  bearer token:        ${SANDBOX_LOCATION_TOKEN}  (a location Private Integration Token)`);
  say(`  OAuth client:        CLIENT_ID=${SANDBOX_CLIENT_ID} CLIENT_SECRET=${SANDBOX_CLIENT_SECRET}`);
  say(`  one-time OAuth code: ${state.issueAuthCode()}`);
  say(`  rate limit:          ${state.rateLimit.max} requests per ${state.rateLimit.intervalMs / 1000} s per location`);
  if (faultText) say(`  faults:              ${faultText}`);
  if (state.webhooks) {
    say(`  webhooks:            signed events for its writes to ${argValue('webhook-url')}`);
    say(
      `                       public key: ${url}/.sandbox/webhook-public-key${argValue('webhook-key-out') ? ` (written to ${argValue('webhook-key-out')})` : ''}`,
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
  const write = process.argv.find((a) => a === '--write-env' || a.startsWith('--write-env='));
  if (write) {
    const connection = write.endsWith('=token') ? 'token' : 'oauth';
    say(`Wrote ${writeInvokeEnv(envOf(connection))} for the ${connection} connection (any earlier one kept as .env.bak).`);
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
