#!/usr/bin/env node
/**
 * `npm start`: walks a typical Zap through the app's own operations, as Zapier would run them.
 *
 *   New Contact fires → Find or Create Contact → Create Opportunity in a pipeline stage →
 *   Add Tags → Create Appointment in the first free slot → what changed
 *
 * By default it starts the local GHL sandbox (sandbox/, built to dist/sandbox/ by npm start) on a free port and connects
 * through the OAuth code exchange, so nothing leaves this machine. `--live` runs the same walk
 * against the real GHL account configured in .env (CLIENT_ID, CLIENT_SECRET, authData_* lines;
 * see .env.example). Live runs create real records: a contact, an opportunity and an appointment.
 *
 * It uses the built app (dist/, from `npm run build`): `npm start` builds first.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const live = process.argv.includes('--live');

/** Reads KEY=VALUE lines of .env into process.env (values already set win). */
const loadEnvFile = (file) => {
  if (!fs.existsSync(file)) return false;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    const value = m[2].replace(/^(['"])(.*)\1$/, '$2');
    if (process.env[m[1]] === undefined) process.env[m[1]] = value;
  }
  return true;
};

const say = (text = '') => process.stdout.write(`${text}\n`);
const step = (n, title) => say(`\n${n}. ${title}`);
const detail = (text) => say(`   ${text}`);
const skipped = (key) => detail(`skipped: operation ${key} not available`);
const contactLabel = (c) =>
  `${[c.firstName, c.lastName].filter(Boolean).join(' ') || c.name || c.contactName || '(no name)'}${c.email ? ` <${c.email}>` : ''} [${c.id}]`;

const main = async () => {
  let sandbox;
  if (live) {
    if (!loadEnvFile(path.join(root, '.env'))) throw new Error('--live needs a .env file (copy .env.example and fill it in).');
    delete process.env.GHL_API_BASE_URL;
  } else {
    const { startSandbox, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } = require('../dist/sandbox/server');
    sandbox = await startSandbox({ port: 0 });
    process.env.GHL_API_BASE_URL = sandbox.url;
    process.env.CLIENT_ID = SANDBOX_CLIENT_ID;
    process.env.CLIENT_SECRET = SANDBOX_CLIENT_SECRET;
  }

  const distIndex = path.join(root, 'dist', 'index.js');
  if (!fs.existsSync(distIndex)) throw new Error('dist/index.js is missing: run `npm run build` first (npm start does).');
  // As in a test run: zapier-platform-core then skips its per-invocation memory log and applies its
  // stricter result checks (e.g. trigger items need an id).
  process.env.NODE_ENV ??= 'test';
  const { createAppTester } = require('zapier-platform-core');
  const App = require(distIndex);
  const useToken = process.env.GHL_CONNECTION === 'token';
  const app = useToken ? App.tokenApp : App.oauthApp;
  const appTester = createAppTester(app);

  say(live ? 'Walking a Zap against the LIVE GHL account from .env (this creates real records).' : `GHL sandbox running at ${sandbox.url}`);

  // --- Connect -------------------------------------------------------------------------------
  let authData;
  step(0, useToken ? 'Connect (Private Integration Token)' : 'Connect (OAuth 2)');
  if (live) {
    authData = Object.fromEntries(
      Object.entries(process.env)
        .filter(([k]) => k.startsWith('authData_'))
        .map(([k, v]) => [k.slice('authData_'.length), v]),
    );
    if (!authData.access_token && !authData.apiKey)
      throw new Error('.env has no authData_access_token (or authData_apiKey with GHL_CONNECTION=token).');
    detail('using the connection from .env');
  } else if (useToken) {
    const { SANDBOX_LOCATION_TOKEN } = require('../dist/sandbox/server');
    authData = { apiKey: SANDBOX_LOCATION_TOKEN, locationId: sandbox.state.locationId };
    detail('using the sandbox Private Integration Token');
  } else {
    const code = sandbox.state.issueAuthCode();
    authData = await appTester(app.authentication.oauth2Config.getAccessToken, {
      inputData: { code, redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App/' },
    });
    detail(`exchanged a one-time code for tokens (userType ${authData.userType}, location ${authData.locationId})`);
  }
  const location = await appTester(app.authentication.test, { authData });
  detail(`connected to "${location.name}" (${location.id ?? authData.locationId}), time zone ${location.timezone ?? 'not set'}`);

  const meta = { timezone: location.timezone ?? null, isLoadingSample: false, isFillingDynamicDropdown: false };
  const has = (kind, key) => Boolean(app[kind]?.[key]);
  const run = (kind, key, inputData = {}) => appTester(app[kind][key].operation.perform, { authData, inputData, meta });

  const before = sandbox && {
    contacts: sandbox.state.contacts.length,
    opportunities: sandbox.state.opportunities.length,
    events: sandbox.state.events.filter((e) => !e.isBlockSlot).length,
  };
  const made = {};

  // --- 1. Trigger ---------------------------------------------------------------------------
  step(1, 'Trigger: New Contact');
  const triggerKey = has('triggers', 'new_contact') ? 'new_contact' : 'search_contacts';
  if (has('triggers', triggerKey)) {
    const items = await run('triggers', triggerKey);
    detail(`${triggerKey} polled: ${items.length} contacts, newest first`);
    for (const c of items.slice(0, 3)) detail(`  • ${contactLabel(c)} added ${c.dateAdded ?? '?'}`);
  } else skipped('new_contact / search_contacts');

  // --- 2. Find or Create Contact ------------------------------------------------------------
  step(2, 'Find or Create Contact');
  const stamp = Date.now().toString(36);
  const email = live ? `zap-walk+${stamp}@example.com` : 'jordan.reyes@example.com';
  let contact;
  if (has('searches', 'find_contact')) {
    const found = await run('searches', 'find_contact', { email });
    contact = found[0];
    detail(`find_contact by ${email}: ${contact ? `found ${contactLabel(contact)}` : 'no match'}`);
  } else skipped('find_contact');
  if (!contact) {
    const createKey = has('creates', 'upsert_contact') ? 'upsert_contact' : has('creates', 'create_contact') ? 'create_contact' : null;
    if (createKey) {
      contact = await run('creates', createKey, {
        firstName: 'Jordan',
        lastName: 'Reyes',
        email,
        phone: live ? undefined : '+15125559876',
        source: 'Zapier walk',
        tags: ['zap-walk'],
      });
      made.contact = contact.id;
      detail(`${createKey}: created ${contactLabel(contact)}${contact.new === false ? ' (updated an existing match)' : ''}`);
    } else skipped('upsert_contact / create_contact');
  }

  // --- 3. Create Opportunity ----------------------------------------------------------------
  step(3, 'Create Opportunity in a pipeline stage');
  if (!has('triggers', 'list_pipelines')) skipped('list_pipelines');
  else if (!has('creates', 'create_opportunity')) skipped('create_opportunity');
  else if (!contact) detail('skipped: no contact from step 2');
  else {
    const pipelines = await run('triggers', 'list_pipelines');
    const pipeline = pipelines[0];
    if (!pipeline) detail('skipped: the location has no pipelines');
    else {
      const stages = pipeline.stages ?? [];
      const stage = stages[1] ?? stages[0];
      detail(
        `list_pipelines: ${pipelines.map((p) => `"${p.name}"`).join(', ')}; using "${pipeline.name}", stage "${stage?.name ?? 'first'}"`,
      );
      const opp = await run('creates', 'create_opportunity', {
        contactId: contact.id,
        pipelineId: pipeline.id,
        pipelineStageId: stage?.id,
        name: `${contact.firstName ?? 'New'} ${contact.lastName ?? 'contact'} - first visit`,
        status: 'open',
        monetaryValue: 1200,
      });
      made.opportunity = opp.id;
      detail(`create_opportunity: "${opp.name}" [${opp.id}] worth ${opp.monetaryValue}, status ${opp.status}`);
    }
  }

  // --- 4. Add Tags ---------------------------------------------------------------------------
  step(4, 'Add Tags to Contact');
  if (!has('creates', 'add_contact_tags')) skipped('add_contact_tags');
  else if (!contact) detail('skipped: no contact from step 2');
  else {
    const res = await run('creates', 'add_contact_tags', { contactId: contact.id, tags: ['new-patient', 'zapier'] });
    detail(`add_contact_tags: the contact's tags are now ${JSON.stringify(res.tags ?? [])}`);
  }

  // --- 5. Create Appointment -----------------------------------------------------------------
  step(5, 'Create Appointment in the first free slot');
  if (!has('triggers', 'list_calendars')) skipped('list_calendars');
  else if (!has('searches', 'get_free_slots')) skipped('get_free_slots');
  else if (!has('creates', 'create_appointment')) skipped('create_appointment');
  else if (!contact) detail('skipped: no contact from step 2');
  else {
    const calendars = await run('triggers', 'list_calendars');
    const calendar = calendars[0];
    if (!calendar) detail('skipped: the location has no calendars');
    else {
      const now = Date.now();
      const slots = await run('searches', 'get_free_slots', {
        calendarId: calendar.id,
        startDate: new Date(now).toISOString(),
        endDate: new Date(now + 7 * 86_400_000).toISOString(),
      });
      const slot = slots[0];
      detail(`get_free_slots on "${calendar.name}": ${slots.length} free slots in the next 7 days${slot ? `, first ${slot.start}` : ''}`);
      if (!slot) detail('skipped: no free slot in the next 7 days');
      else {
        const appt = await run('creates', 'create_appointment', {
          calendarId: calendar.id,
          contactId: contact.id,
          startTime: slot.start,
          title: `First visit - ${contact.firstName ?? ''} ${contact.lastName ?? ''}`.trim(),
        });
        made.appointment = appt.id;
        detail(`create_appointment: "${appt.title}" [${appt.id}] ${appt.startTime} → ${appt.endTime}, ${appt.appointmentStatus ?? ''}`);
      }
    }
  }

  // --- What changed ------------------------------------------------------------------------
  step(6, 'What changed');
  if (sandbox) {
    const s = sandbox.state;
    detail(
      `contacts ${before.contacts} → ${s.contacts.length}, opportunities ${before.opportunities} → ${s.opportunities.length}, appointments ${before.events} → ${s.events.filter((e) => !e.isBlockSlot).length}`,
    );
    const c = contact && s.contacts.find((x) => x.id === contact.id);
    if (c) detail(`contact ${contactLabel(c)} now has tags ${JSON.stringify(c.tags)}`);
    const o = made.opportunity && s.opportunities.find((x) => x.id === made.opportunity);
    if (o) {
      const p = s.pipelines.find((x) => x.id === o.pipelineId);
      detail(`opportunity "${o.name}" sits in "${p?.name}" / "${p?.stages.find((st) => st.id === o.pipelineStageId)?.name}"`);
    }
    const e = made.appointment && s.events.find((x) => x.id === made.appointment);
    if (e) detail(`appointment booked ${e.startTime} on calendar ${e.calendarId}, assigned to ${e.assignedUserId}`);
    // Every request since the sandbox started: the connect step's token exchange included.
    detail('requests the app sent to GHL:');
    for (const r of s.log) detail(`  ${r.status} ${r.method} ${r.path}`);
  } else {
    detail(`created: ${JSON.stringify(made)} (remove them in GHL if this was only a test)`);
  }

  const expected = [
    'find_contact',
    'upsert_contact',
    'list_pipelines',
    'create_opportunity',
    'add_contact_tags',
    'list_calendars',
    'get_free_slots',
    'create_appointment',
  ];
  const all = { ...app.triggers, ...app.searches, ...app.creates };
  const missing = [triggerKey, ...expected].filter((k) => !all[k]);
  say(missing.length ? `\nDone, with operations missing from the app: ${missing.join(', ')}` : '\nDone: every step ran through the app.');
  if (sandbox) await sandbox.close();
};

main().then(
  () => process.exit(0),
  (err) => {
    let message = err?.message ?? String(err);
    try {
      message = JSON.parse(message).message ?? message;
    } catch {
      // plain message
    }
    process.stderr.write(`\nFAILED: ${message}\n`);
    process.exit(1);
  },
);
