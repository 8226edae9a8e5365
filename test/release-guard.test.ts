/**
 * The breaking-change guard (scripts/release-guard.ts): both current app definitions against the
 * last released snapshots in released/, and each rule of the comparer shown to fail.
 */
import App from '../index';
import packageJson from '../package.json';
import {
  CONNECTIONS,
  describeChange,
  guard,
  readReleased,
  sampleKeys,
  snapshotOf,
  WIDENINGS,
  type AppSnapshot,
  type Rule,
} from '../scripts/release-guard';

describe('released Zaps keep working', () => {
  const apps = { oauth: App.oauthApp, token: App.tokenApp };

  it.each(CONNECTIONS)('the %s definition breaks nothing a Zap of the released version stores', (connection) => {
    const released = readReleased(connection);
    const result = guard(released, snapshotOf(apps[connection]));
    // On failure: keep the old keys and values (hide a step rather than delete it), or raise the major version.
    expect(result.breaking.map(describeChange)).toEqual([]);
  });

  it.each(CONNECTIONS)('the released %s snapshot is of an older or equal version', (connection) => {
    const [rMajor, rMinor, rPatch] = readReleased(connection).version.split('.').map(Number);
    const [major, minor, patch] = packageJson.version.split('.').map(Number);
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(rMajor * 1e6 + rMinor * 1e3 + rPatch);
  });

  it('snapshots what Zaps depend on: inputs with type, required, default, choices, list; output keys; trigger type', () => {
    const snap = snapshotOf(App.oauthApp);
    expect(snap.authentication).toBe('oauth2');
    expect(snapshotOf(App.tokenApp).authentication).toBe('custom');
    expect(snap.steps['triggers.new_contact']).toMatchObject({ kind: 'trigger', type: 'polling' });
    expect(snap.steps['creates.send_message'].inputs.type).toMatchObject({ type: 'string', required: true, default: true });
    expect(snap.steps['creates.send_message'].inputs.type.choices).toContain('SMS');
    expect(snap.steps['creates.create_contact'].inputs.tags).toMatchObject({ list: true });
    expect(snap.steps['creates.create_contact'].outputs).toContain('id');
  });
});

describe('the comparer', () => {
  const released: AppSnapshot = {
    version: '1.0.0',
    authentication: 'oauth2',
    steps: {
      'triggers.new_contact': {
        kind: 'trigger',
        type: 'polling',
        inputs: { tag: { type: 'string' } },
        outputs: ['id', 'name', 'address__city'],
      },
      'creates.send_message': {
        kind: 'create',
        inputs: {
          type: { type: 'string', required: true, default: true, choices: ['Email', 'SMS'] },
          contactId: { type: 'string', required: true },
          count: { type: 'integer' },
          note: { type: 'string' },
          tags: { type: 'string', list: true },
        },
        outputs: ['id', 'messageId'],
      },
    },
  };
  const clone = (): AppSnapshot => JSON.parse(JSON.stringify({ ...released, version: '1.1.0' }));
  const rulesOf = (current: AppSnapshot) => guard(released, current).breaking.map((c) => c.rule);

  it('passes an unchanged definition', () => {
    expect(guard(released, clone()).changes).toEqual([]);
  });

  it.each<[string, Rule, (s: AppSnapshot) => void]>([
    ['a removed step', 'step-removed', (s) => delete s.steps['triggers.new_contact']],
    [
      'a renamed step',
      'step-removed',
      (s) => {
        s.steps['triggers.new_contact_v2'] = s.steps['triggers.new_contact'];
        delete s.steps['triggers.new_contact'];
      },
    ],
    ['a removed input', 'input-removed', (s) => delete s.steps['creates.send_message'].inputs.note],
    [
      'a renamed input',
      'input-removed',
      (s) => {
        const inputs = s.steps['creates.send_message'].inputs;
        inputs.noteText = inputs.note;
        delete inputs.note;
      },
    ],
    ['a removed output key', 'output-removed', (s) => (s.steps['triggers.new_contact'].outputs = ['id', 'name'])],
    ['an optional input made required', 'input-newly-required', (s) => (s.steps['creates.send_message'].inputs.note.required = true)],
    [
      'a new required input without default',
      'input-newly-required',
      (s) => (s.steps['creates.send_message'].inputs.subject = { type: 'string', required: true }),
    ],
    [
      'a default taken away from a required input',
      'input-newly-required',
      (s) => delete s.steps['creates.send_message'].inputs.type.default,
    ],
    ['a changed input type', 'input-type', (s) => (s.steps['creates.send_message'].inputs.note.type = 'integer')],
    ['an input that is no longer a list', 'input-type', (s) => delete s.steps['creates.send_message'].inputs.tags.list],
    ['a removed choice value', 'choice-removed', (s) => (s.steps['creates.send_message'].inputs.type.choices = ['Email', 'WhatsApp'])],
    ['a polling trigger switched to a hook', 'trigger-type', (s) => (s.steps['triggers.new_contact'].type = 'hook')],
    ['an authentication type change', 'authentication-type', (s) => (s.authentication = 'custom')],
  ])('fails on %s', (_what, rule, change) => {
    const current = clone();
    change(current);
    expect(rulesOf(current)).toEqual([rule]);
    // The same change is allowed when the major version goes up (Zapier never migrates across it).
    expect(guard(released, { ...current, version: '2.0.0' }).breaking).toEqual([]);
  });

  it.each<[string, (s: AppSnapshot) => void]>([
    [
      'a new step',
      (s) => (s.steps['creates.add_tag'] = { kind: 'create', inputs: { tag: { type: 'string', required: true } }, outputs: ['id'] }),
    ],
    ['a new optional input', (s) => (s.steps['creates.send_message'].inputs.subject = { type: 'string' })],
    [
      'a new required input with a default',
      (s) => (s.steps['creates.send_message'].inputs.subject = { type: 'string', required: true, default: true }),
    ],
    ['a new output key', (s) => s.steps['creates.send_message'].outputs.push('conversationId')],
    ['a new choice value', (s) => s.steps['creates.send_message'].inputs.type.choices!.push('WhatsApp')],
    [
      'a removed output key of a hidden step',
      (s) => {
        released.steps['triggers.new_contact'].hidden = true;
        s.steps['triggers.new_contact'].outputs = ['id'];
      },
    ],
  ])('allows %s', (_what, change) => {
    const current = clone();
    change(current);
    try {
      expect(rulesOf(current)).toEqual([]);
    } finally {
      delete released.steps['triggers.new_contact'].hidden;
    }
  });

  it.each<[string, (s: AppSnapshot) => void, RegExp]>([
    ['integer → string (the coercion fix)', (s) => (s.steps['creates.send_message'].inputs.count.type = 'string'), /whole number/],
    ['a required input made optional', (s) => delete s.steps['creates.send_message'].inputs.contactId.required, /still accepted/],
    ['a fixed choice opened to any value', (s) => delete s.steps['creates.send_message'].inputs.type.choices, /any value/],
    ['an input made a list', (s) => (s.steps['creates.send_message'].inputs.note.list = true), /one-item list/],
  ])('lists %s as an allowed widening with its reason', (_what, change, reason) => {
    const current = clone();
    change(current);
    const result = guard(released, current);
    expect(result.breaking).toEqual([]);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0].allowedBecause).toMatch(reason);
  });

  it('every widening names its reason', () => {
    for (const w of WIDENINGS) expect(w.reason.length).toBeGreaterThan(10);
  });

  it('names output keys as Zapier maps them', () => {
    expect(sampleKeys({ id: 'x', contact: { name: 'R', tags: ['a'] }, lines: [{ sku: 'A' }] }).sort()).toEqual(
      ['contact', 'contact__name', 'contact__tags', 'id', 'lines', 'lines[]sku'].sort(),
    );
  });
});
