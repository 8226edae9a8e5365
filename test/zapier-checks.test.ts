/**
 * Zapier's integration checks (test/zapier-checks/rules.ts) on both app definitions. Fails on any
 * violation of a firm rule that is not in test/zapier-checks/exceptions.ts. `npm run check:zapier`
 * prints the same findings as a report.
 */
import { acceptedExceptions } from './zapier-checks/exceptions';
import { bareUrls, checkApp, echoesLabel, isIdInput, isPlural, rules, sentences, type AppDef, type StepDef } from './zapier-checks/rules';
import { checkDefinition } from './zapier-checks/run';

const firm = new Set(rules.filter((r) => r.firm).map((r) => r.id));
const line = (v: { rule: string; key: string; field?: string; message: string }) =>
  `${v.rule} ${v.key}${v.field ? `.${v.field}` : ''}: ${v.message}`;

describe.each(['oauth', 'token'] as const)('Zapier integration checks, %s app', (name) => {
  const result = checkDefinition(name);

  it('breaks no firm rule outside the accepted exceptions', () => {
    expect(result.unaccepted.filter((v) => firm.has(v.rule)).map(line)).toEqual([]);
  });

  it('has at least 95% of operations breaking no firm rule', () => {
    expect(result.figures.passing / result.figures.operations).toBeGreaterThanOrEqual(0.95);
  });
});

describe('Accepted exceptions', () => {
  it('each names a firm rule, has a reason and is still needed in one of the definitions', () => {
    const seen = [...checkDefinition('oauth').violations, ...checkDefinition('token').violations];
    for (const a of acceptedExceptions) {
      expect({ a, firm: firm.has(a.rule) }).toEqual({ a, firm: true });
      expect(a.reason.length).toBeGreaterThan(15);
      const used = seen.some((v) => v.rule === a.rule && v.key === a.key && (a.field === undefined || a.field === v.field));
      expect({ a, used }).toEqual({ a, used: true });
    }
  });
});

describe('The rules find what they are meant to find', () => {
  const step = (
    over: Partial<StepDef> & { inputFields?: unknown[]; sample?: Record<string, unknown>; outputFields?: unknown[] },
  ): StepDef => ({
    key: over.key ?? 'x',
    noun: over.noun ?? 'Contact',
    display: over.display ?? { label: 'New Contact', description: 'Triggers when a contact is added.' },
    operation: {
      inputFields: over.inputFields ?? [],
      sample: over.sample ?? { id: '1', name: 'A' },
      outputFields: over.outputFields ?? [],
    },
  });
  const app = (
    triggers: Record<string, StepDef>,
    searches: Record<string, StepDef> = {},
    creates: Record<string, StepDef> = {},
  ): AppDef => ({
    triggers,
    searches,
    creates,
    authentication: { fields: [{ key: 'apiKey', label: 'Token', type: 'password', helpText: 'See https://example.com' }] },
  });
  const rulesHit = (a: AppDef) => [...new Set(checkApp(a).violations.map((v) => v.rule))].sort();

  it('a clean trigger breaks no firm rule', () => {
    const found = checkApp(app({ x: step({}) })).violations.filter((v) => firm.has(v.rule) && v.key !== 'authentication');
    expect(found).toEqual([]);
  });

  it('flags wording, ids, help text, order, labels, secrets, URLs, outputs and dates', () => {
    const bad = step({
      key: 'list_contacts',
      noun: 'Contacts',
      display: { label: 'Get Contact by ID', description: 'Gets a GHL contact by its ID. It needs one.' },
      inputFields: [
        { key: 'tag', label: 'Tag' },
        { key: 'contactId', label: 'Contact ID', required: true, dynamic: 'x.id.name', helpText: 'The contact.' },
        { key: 'noteId', label: 'Note ID', helpText: 'A note.' },
        { key: 'body', label: 'Tag', helpText: 'See https://example.com/x' },
        { key: 'password', label: 'Password', type: 'password', helpText: 'Secret.' },
      ],
      sample: { id: '1', tags: ['a'], items: [{ when: '2026-03-10 11:00:00' }], lastMessageDate: 1767225600000 },
      outputFields: [
        { key: 'items[]__when', label: 'When' },
        { key: 'tags', type: 'string' },
      ],
    });
    expect(
      rulesHit(
        app(
          { x: step({}), h: { ...step({ key: 'h' }), display: { label: 'H', description: 'Lists.', hidden: true } } },
          { list_contacts: bad },
        ),
      ),
    ).toEqual(
      [
        'D001 no-secret-input',
        'D002 auth-help-link',
        'D003 connection-label',
        'D004 id-dropdown',
        'D008 no-bare-url',
        // "Contact ID": "The contact." says nothing more.
        'D011 redundant-help',
        'D023 iso-dates',
        'D024 list-outputs',
        'hidden-trigger-purpose',
        'input-help-text',
        'label-not-id',
        'no-app-name',
        'notation',
        'one-short-sentence',
        'output-labels',
        'required-first',
        'search-description',
        'search-label-find',
        'singular-noun',
        'unique-input-labels',
        'very-short-sentence',
      ].sort(),
    );
  });

  it("checks a line-item group's children, the inputs the user fills, not the group", () => {
    const items = (children: unknown[]) => step({ inputFields: [{ key: 'items', label: 'Line Items', children }] });
    const found = (s: StepDef) =>
      checkApp(app({ x: s }))
        .violations.filter((v) => firm.has(v.rule) && v.key === 'x')
        .map((v) => `${v.rule} ${v.field}`);
    expect(found(items([{ key: 'itemName', label: 'Item Name', required: true, helpText: 'What is sold.' }]))).toEqual([]);
    expect(
      found(
        items([
          { key: 'qty', label: 'Quantity', helpText: 'How many.' },
          { key: 'itemName', label: 'Item Name', required: true },
        ]),
      ),
    ).toEqual(['required-first itemName', 'input-help-text itemName']);
  });

  it.each([
    ['First Name', "The contact's first name.", 'Contact', true],
    ['Last Name', "The user's last name.", 'User', true],
    ['Note Text', 'The new text of the note.', 'Appointment Note', true],
    ['Status', 'The new status.', 'Opportunity', true],
    ['First Name', 'Given name, e.g. Rosie.', 'Contact', false],
    ['Email', 'An email address, e.g. jane@example.com.', 'Contact', false],
  ])('help text of "%s" "%s" (noun %s) only repeats the label: %s', (label, helpText, noun, echo) => {
    expect(echoesLabel(label, helpText, noun)).toBe(echo);
  });

  it("flags the other D-checks of Zapier's reference", () => {
    const search = step({
      key: 'find_thing',
      display: { label: 'Find thing', description: 'Finds a thing.' },
      outputFields: [
        { key: 'count', label: 'Count', type: 'integer' },
        { key: 'email', label: 'Email', type: 'string', required: true },
      ],
      sample: { id: '1', count: 'many' },
    });
    const create = step({
      key: 'make_thing',
      display: { label: 'Make Thing', description: 'Makes a thing, see http://example.com.' },
      inputFields: [{ key: 'contactId', label: 'Contact', helpText: 'Contact.', search: 'find_thing.id' }],
    });
    const bare = step({ key: 'touch_thing', display: { label: 'Touch Thing', description: 'Touches a thing.' } });
    const hook = step({ key: 'thing_instant' });
    hook.operation = { ...hook.operation, type: 'hook', performSubscribe: () => ({}), performUnsubscribe: () => ({}) };
    const a: AppDef = {
      ...app({ x: step({}), thing_instant: hook }, { find_thing: search }, { make_thing: create, touch_thing: bare }),
      searchOrCreates: { find_thing: { key: 'find_thing', search: 'find_thing', create: 'create_thing' } },
    };
    expect(rulesHit(a)).toEqual(
      expect.arrayContaining([
        'D007 https',
        'D009 search-input',
        'D011 redundant-help',
        'D014 search-needs-dropdown',
        'D015 search-or-create',
        'D018 title-case',
        'D022 create-inputs',
        'D024 sample-types',
        'hook-trigger',
      ]),
    );
    expect(checkApp(a).violations.filter((v) => v.rule === 'hook-trigger')).toEqual([
      expect.objectContaining({ key: 'thing_instant', message: 'a hook trigger without performList' }),
    ]);
    const d024 = checkApp(a)
      .violations.filter((v) => v.rule === 'D024 sample-types')
      .map((v) => v.field);
    expect(d024.sort()).toEqual(['count', 'email']);
  });

  it('reads sentences, plurals, bare URLs and id inputs as a person would', () => {
    expect(sentences('Finds a slot, e.g. the next one... then stops.')).toHaveLength(1);
    expect(sentences('Finds a slot. Then stops.')).toHaveLength(2);
    expect([isPlural('Tags'), isPlural('Business'), isPlural('Status'), isPlural('Contact')]).toEqual([true, false, false, false]);
    expect(bareUrls('[page](https://a.example/x) and `https://b.example`')).toEqual([]);
    expect(bareUrls('open https://a.example/x')).toEqual(['https://a.example/x']);
    expect([isIdInput({ key: 'additionalEmailIds', label: 'Extra Emails' }), isIdInput({ key: 'snapshotId', label: 'Snapshot' })]).toEqual([
      false,
      true,
    ]);
  });
});
