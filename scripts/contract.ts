// Contract test: every request the test suite expects the operations to send is checked against
// GHL's OpenAPI specs (GHL_OPENAPI_DIR, e.g. ../shared/ghl-api/openapi): the path and method
// exist, the Version header is the spec's, required query parameters and body fields are there,
// and query/body values have the spec's types and enums. Known spec mistakes are allowlisted,
// with a reason, in scripts/contract-allowlist.json.
//
//   GHL_OPENAPI_DIR=../shared/ghl-api/openapi npm run test:contract
//   npm run test:contract -- --records <dir>   # check recordings of an earlier run, skip jest
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { root } from './lib/built-app';

/** Spec documents are open-ended JSON. */
type Json = any;
type Fail = (check: string, reason: string) => void;
interface SpecOperation {
  file: string;
  app: string;
  method: string;
  template: string;
  segments: string[];
  parameters: Json[];
  body?: { required: boolean; contentType: string; schema: Json };
}
interface TypeInfo {
  types: string[];
  enum?: unknown[];
  nullable: boolean;
  schema: Json;
  file: string;
}
/** A request the test suites recorded (test/setup.ts, GHL_RECORD_REQUESTS). */
interface Recorded {
  key?: string;
  test?: string;
  method: string;
  path: string;
  version?: string;
  query?: Record<string, unknown>;
  body?: unknown;
}

const args = process.argv.slice(2);
const argValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

// ---------------------------------------------------------------------------------------------
// The specs
// ---------------------------------------------------------------------------------------------

const specDir = process.env.GHL_OPENAPI_DIR ? path.resolve(process.env.GHL_OPENAPI_DIR) : undefined;
if (!specDir || !fs.existsSync(path.join(specDir, 'apps'))) {
  console.log('contract test skipped: GHL_OPENAPI_DIR not set/found');
  process.exit(0);
}

const documents = new Map<string, Json>();
const loadDocument = (file: string): Json => {
  const full = path.resolve(file);
  if (!documents.has(full)) documents.set(full, JSON.parse(fs.readFileSync(full, 'utf8')));
  return documents.get(full);
};

/** Follows a $ref (local or into another file) to its target and the file it lives in. */
const follow = (ref: string, file: string): { node: Json; file: string } => {
  const [target, pointer = ''] = ref.split('#');
  const targetFile = target ? path.resolve(path.dirname(file), target) : file;
  let node = loadDocument(targetFile);
  for (const part of pointer.split('/').filter(Boolean)) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (node === undefined) throw new Error(`unresolvable $ref ${ref} in ${path.relative(specDir!, file)}`);
  return { node, file: targetFile };
};

/**
 * A schema with its $refs resolved and allOf merged (properties, required, type), one level deep
 * at a time: nested property schemas are resolved when they are looked at.
 */
const resolveSchema = (schema: Json, file: string, depth = 0): { schema: Json; file: string } => {
  if (!schema || typeof schema !== 'object' || depth > 20) return { schema: schema ?? {}, file };
  if (schema.$ref) {
    const { node, file: next } = follow(schema.$ref, file);
    return resolveSchema(node, next, depth + 1);
  }
  if (Array.isArray(schema.allOf)) {
    const merged: Json = {
      ...schema,
      allOf: undefined,
      properties: { ...(schema.properties ?? {}) },
      required: [...(schema.required ?? [])],
    };
    for (const part of schema.allOf) {
      const { schema: s, file: f } = resolveSchema(part, file, depth + 1);
      for (const [k, v] of Object.entries<Json>(s.properties ?? {})) merged.properties[k] = { ...v, __file: f };
      merged.required.push(...(s.required ?? []));
      for (const key of ['type', 'enum', 'items', 'nullable', 'additionalProperties', 'anyOf', 'oneOf']) {
        if (merged[key] === undefined && s[key] !== undefined) merged[key] = s[key];
      }
    }
    if (!Object.keys(merged.properties).length) delete merged.properties;
    return { schema: merged, file };
  }
  return { schema, file };
};

/** The schema's type: 'object' when it only has properties; several for anyOf/oneOf. */
const typesOf = (schema: Json, file: string): TypeInfo => {
  const { schema: s, file: f } = resolveSchema(schema, file);
  const alternatives = s.anyOf ?? s.oneOf;
  if (Array.isArray(alternatives)) {
    const parts = alternatives.map((a: Json) => typesOf(a, f));
    // An alternative without a type accepts anything.
    const types = parts.some((p: TypeInfo) => !p.types.length) ? [] : [...new Set<string>(parts.flatMap((p: TypeInfo) => p.types))];
    return { types, enum: undefined, nullable: !!s.nullable || parts.some((p: TypeInfo) => p.nullable), schema: s, file: f };
  }
  const type = s.type ?? (s.properties ? 'object' : s.items ? 'array' : undefined);
  return { types: type && type !== 'any' ? [type] : [], enum: s.enum, nullable: !!s.nullable, schema: s, file: f };
};

/** Every operation of every apps/*.json: method, template, parameters, body schema. */
const loadOperations = () => {
  const list: SpecOperation[] = [];
  const appsDir = path.join(specDir, 'apps');
  for (const name of fs
    .readdirSync(appsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = path.join(appsDir, name);
    const doc = loadDocument(file);
    for (const [template, item] of Object.entries<Json>(doc.paths ?? {})) {
      const shared = item.parameters ?? [];
      for (const [method, op] of Object.entries<Json>(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const parameters = [...shared, ...(op.parameters ?? [])].map((p: Json) => (p.$ref ? follow(p.$ref, file).node : p));
        let body;
        if (op.requestBody) {
          const rb = op.requestBody.$ref ? follow(op.requestBody.$ref, file).node : op.requestBody;
          const content = rb.content ?? {};
          const type = content['application/json'] ? 'application/json' : Object.keys(content)[0];
          body = { required: !!rb.required, contentType: type, schema: content[type]?.schema ?? {} };
        }
        list.push({ file, app: name, method: method.toUpperCase(), template, segments: template.split('/'), parameters, body });
      }
    }
  }
  return list;
};

// ---------------------------------------------------------------------------------------------
// Matching a recorded request to a spec operation
// ---------------------------------------------------------------------------------------------

const isPlaceholder = (segment: string) => /^\{[^}]+\}$/.test(segment);

/** Templates that fit the path segment by segment; the most literal ones first. */
const matchTemplates = (operations: SpecOperation[], requestPath: string) => {
  const segments = requestPath.split('/');
  const fits = operations.filter(
    (op) =>
      op.segments.length === segments.length && op.segments.every((s, i) => (isPlaceholder(s) ? segments[i] !== '' : s === segments[i])),
  );
  // Literal segments beat placeholders, left to right (/contacts/search beats /contacts/{id}).
  const rank = (op: SpecOperation) => op.segments.map((s) => (isPlaceholder(s) ? '1' : '0')).join('');
  return fits.sort((a, b) => rank(a).localeCompare(rank(b)));
};

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

const describeValue = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Whether a JSON value has one of the schema's types (integer counts as number). */
const valueFits = (value: unknown, info: TypeInfo) => {
  if (value === null) return info.nullable || !info.types.length;
  if (!info.types.length) return true;
  const actual = describeValue(value);
  return info.types.some((t) => t === actual || (t === 'integer' && Number.isInteger(value)) || (t === 'number' && actual === 'number'));
};

/** Whether a query string value reads as the parameter's type. */
const queryValueFits = (value: string, info: TypeInfo) => {
  if (!info.types.length) return true;
  return info.types.some((t) => {
    if (t === 'number') return value.trim() !== '' && Number.isFinite(Number(value));
    if (t === 'integer') return /^-?\d+$/.test(value);
    if (t === 'boolean') return value === 'true' || value === 'false';
    return true; // string, array (repeated), object
  });
};

const checkQuery = (op: SpecOperation, query: Record<string, unknown>, fail: Fail) => {
  const declared = op.parameters.filter((p) => p.in === 'query');
  for (const p of declared) {
    if (p.required && (query[p.name] === undefined || query[p.name] === ''))
      fail('query-required', `required query parameter "${p.name}" missing`);
  }
  for (const [name, raw] of Object.entries(query)) {
    const p = declared.find((d) => d.name === name);
    if (!p) {
      fail('query-unknown', `query parameter "${name}" is not declared by the spec`);
      continue;
    }
    const info = typesOf(p.schema ?? {}, op.file);
    const itemInfo = info.types.includes('array') && info.schema?.items ? typesOf(info.schema.items, info.file) : info;
    // "Types … separated with comma": each part is checked against the enum.
    const commaList = /comma/i.test(p.description ?? '') || /,/.test(String(info.schema?.example ?? ''));
    const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v: unknown) => (commaList ? String(v).split(',') : [v]));
    for (const v of values) {
      const value = String(v);
      if (!queryValueFits(value, itemInfo))
        fail('query-type', `query "${name}"=${JSON.stringify(value)} is not a ${itemInfo.types.join('|')}`);
      else if (itemInfo.enum && !itemInfo.enum.map(String).includes(value)) {
        fail('query-enum', `query "${name}"=${JSON.stringify(value)} is not one of ${itemInfo.enum.join(', ')}`);
      }
    }
  }
};

/** Checks an object body against an object schema: required fields, unknown fields, types, enums. */
const checkObject = (value: Record<string, unknown>, schemaInfo: TypeInfo, fail: Fail, where: string) => {
  const s = schemaInfo.schema ?? {};
  const properties = s.properties ?? {};
  for (const name of s.required ?? []) {
    if (value[name] === undefined) fail('body-required', `required body field "${where}${name}" missing`);
  }
  const open = !Object.keys(properties).length || (s.additionalProperties !== undefined && s.additionalProperties !== false);
  for (const [name, v] of Object.entries(value)) {
    const prop: Json = properties[name];
    if (!prop) {
      if (!open) fail('body-unknown', `body field "${where}${name}" is not in the spec's schema`);
      continue;
    }
    if (v === undefined) continue;
    const info = typesOf(prop, prop.__file ?? schemaInfo.file);
    if (!valueFits(v, info))
      fail('body-type', `body field "${where}${name}" is ${describeValue(v)}, the spec says ${info.types.join('|')}`);
    else if (info.enum && v !== null && !info.enum.includes(v)) {
      fail('body-enum', `body field "${where}${name}"=${JSON.stringify(v)} is not one of ${info.enum.join(', ')}`);
    }
  }
};

const parseFormBody = (body: unknown) => (typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : body);

/**
 * A multipart body (recorded as its parts) as the values the schema describes: every part is text
 * or a file, so a file counts as a string (format binary) and text as the type it reads as.
 */
const multipartAsValues = (op: SpecOperation, body: any) => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const properties: Record<string, Json> = (typesOf(op.body!.schema, op.file).schema as any)?.properties ?? {};
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    const types = properties[name] ? typesOf(properties[name], op.file).types : [];
    if (value && typeof value === 'object') out[name] = `<file ${(value as { filename?: string }).filename}>`;
    else if (types.includes('boolean') && (value === 'true' || value === 'false')) out[name] = value === 'true';
    else if ((types.includes('number') || types.includes('integer')) && String(value).trim() !== '' && Number.isFinite(Number(value)))
      out[name] = Number(value);
    else out[name] = value;
  }
  return out;
};

const checkBody = (op: SpecOperation, body: any, fail: Fail) => {
  const hasBody =
    body !== undefined && body !== null && !(typeof body === 'object' && !Array.isArray(body) && !Object.keys(body).length && !op.body);
  if (!op.body) {
    if (hasBody) fail('body-unexpected', 'a body is sent, and the spec declares no request body');
    return;
  }
  if (!hasBody) {
    if (op.body.required) fail('body-missing', 'the spec requires a request body, and none is sent');
    return;
  }
  if (op.body.contentType === 'multipart/form-data') body = multipartAsValues(op, body);
  else if (op.body.contentType !== 'application/json') body = parseFormBody(body);
  const info = typesOf(op.body.schema, op.file);
  if (!valueFits(body, info)) {
    fail('body-type', `the body is ${describeValue(body)}, the spec says ${info.types.join('|')}`);
    return;
  }
  if (Array.isArray(body)) {
    const items = info.schema?.items ? typesOf(info.schema.items, info.file) : undefined;
    body.forEach((item: unknown, i: number) => {
      if (items && !valueFits(item, items))
        fail('body-type', `body item [${i}] is ${describeValue(item)}, the spec says ${items.types.join('|')}`);
      else if (items && item && typeof item === 'object' && !Array.isArray(item))
        checkObject(item as Record<string, unknown>, items, fail, `[${i}].`);
    });
  } else if (body && typeof body === 'object') {
    checkObject(body, info, fail, '');
  }
};

/** The spec's Version header value, or undefined when the operation declares none. */
const specVersion = (op: SpecOperation) => {
  const p = op.parameters.find((x) => x.in === 'header' && x.name.toLowerCase() === 'version');
  if (!p) return undefined;
  const s = resolveSchema(p.schema ?? {}, op.file).schema;
  return { value: s.enum?.[0] ?? s.example ?? p.example, declared: true };
};

const checkRequest = (op: SpecOperation, req: Recorded, fail: Fail) => {
  // The spec's own path parameters: an undeclared placeholder is a spec gap worth knowing about.
  for (const seg of op.segments.filter(isPlaceholder)) {
    const name = seg.slice(1, -1);
    if (!op.parameters.some((p) => p.in === 'path' && p.name === name))
      fail('path-param-declared', `the spec does not declare path parameter {${name}}`);
  }
  const version = specVersion(op);
  const sent = req.version ?? null;
  if (version?.value !== undefined && sent !== version.value)
    fail('version', `Version ${JSON.stringify(sent)} sent, the spec says ${JSON.stringify(version.value)}`);
  if (!version && sent !== null) fail('version', `Version ${JSON.stringify(sent)} sent, and the spec declares no Version header`);
  checkQuery(op, req.query ?? {}, fail);
  checkBody(op, req.body, fail);
};

// ---------------------------------------------------------------------------------------------
// Recording: run the table suites with the recorder on
// ---------------------------------------------------------------------------------------------

let recordDir = argValue('--records');
if (!recordDir) {
  recordDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-contract-'));
  console.log(`contract: running the test suites (recording requests in ${recordDir})…`);
  const jest = spawnSync('npx', ['jest', '--testPathIgnorePatterns', 'e2e', '--silent'], {
    cwd: root,
    env: { ...process.env, GHL_RECORD_REQUESTS: recordDir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (jest.status !== 0) {
    const summary = `${jest.stdout}\n${jest.stderr}`.split('\n').filter((l) => /^(Tests|Test Suites):/.test(l.trim()));
    console.log(`contract: note: jest exited ${jest.status} (${summary.join('; ') || 'see npm run jest'}); checking what it recorded.`);
  }
}

const records: Recorded[] = [];
for (const f of fs.existsSync(recordDir) ? fs.readdirSync(recordDir).filter((x) => x.endsWith('.json')) : []) {
  records.push(...JSON.parse(fs.readFileSync(path.join(recordDir, f), 'utf8')));
}
if (!records.length) {
  console.error(`contract: FAIL: no requests were recorded in ${recordDir} (did the test suites run?)`);
  process.exit(1);
}

// One check per distinct request (faults.ts repeats each row several times).
const requestKey = (r: Recorded) => JSON.stringify([r.key, r.method, r.path, r.version ?? null, r.query ?? {}, r.body]);
const unique = [...new Map(records.map((r) => [requestKey(r), r])).values()];

// ---------------------------------------------------------------------------------------------
// Check, allowlist, report
// ---------------------------------------------------------------------------------------------

const operations = loadOperations();
const allowlistFile = path.join(root, 'scripts', 'contract-allowlist.json');
interface Allowance {
  method: string;
  path: string;
  check: string;
  field?: string;
  reason: string;
}
const allowlist: Allowance[] = fs.existsSync(allowlistFile) ? JSON.parse(fs.readFileSync(allowlistFile, 'utf8')) : [];
const usedAllowances = new Set<number>();
const allowed = (method: string, template: string, check: string, reason = '') => {
  const i = allowlist.findIndex(
    (a) => a.method === method && a.path === template && a.check === check && (!a.field || reason.includes(`"${a.field}"`)),
  );
  if (i >= 0) usedAllowances.add(i);
  return i >= 0;
};

interface Failure {
  who: string;
  shown: string;
  template?: string;
  check: string;
  reason: string;
}
const failures: Failure[] = [];
const allowedFailures: Failure[] = [];
const checkedOperations = new Set<string>();
for (const req of unique) {
  // API Request sends whatever method, path, Version and query the user typed: no spec row applies.
  if (req.key === 'api_request') continue;
  const who = req.key || `(test: ${req.test || 'unknown'})`;
  const shown = `${req.method} ${req.path}`;
  const candidates = matchTemplates(operations, req.path);
  const op = candidates.find((c) => c.method === req.method);
  if (!op) {
    const reason = candidates.length
      ? `the spec has ${candidates.map((c) => `${c.method} ${c.template}`).join(', ')} but not ${req.method}`
      : 'no spec path matches';
    const template = candidates[0]?.template ?? req.path;
    (allowed(req.method, template, 'path') ? allowedFailures : failures).push({ who, shown, check: 'path', reason });
    continue;
  }
  checkedOperations.add(`${op.method} ${op.template}`);
  const seen = new Set<string>();
  checkRequest(op, req, (check, reason) => {
    if (seen.has(check + reason)) return;
    seen.add(check + reason);
    const entry = { who, shown, template: `${op.method} ${op.template} (${op.app})`, check, reason };
    (allowed(op.method, op.template, check, reason) ? allowedFailures : failures).push(entry);
  });
}

// Catalog coverage: operations whose key no recorded request carries.
const catalogFile = path.join(specDir, '..', 'operations.json');
let missing: string[] = [];
if (fs.existsSync(catalogFile)) {
  const recordedKeys = new Set(records.map((r) => r.key).filter(Boolean));
  missing = JSON.parse(fs.readFileSync(catalogFile, 'utf8'))
    .map((o: Json) => o.zapier_key)
    .filter((k: string) => k && !recordedKeys.has(k));
}

const pad = (s: unknown, n: number) => String(s).padEnd(n);
console.log('');
console.log('contract test against GHL OpenAPI specs');
console.log(`  ${pad('spec operations checked', 34)} ${checkedOperations.size}`);
console.log(`  ${pad('operation keys recorded', 34)} ${new Set(unique.map((r) => r.key).filter(Boolean)).size}`);
console.log(`  ${pad('distinct requests checked', 34)} ${unique.length} (of ${records.length} recorded)`);
console.log(`  ${pad('allowlisted spec gaps hit', 34)} ${allowedFailures.length}`);
console.log(`  ${pad('failures', 34)} ${failures.length}`);
if (allowedFailures.length && args.includes('--verbose')) {
  console.log('\nallowlisted (known spec gaps):');
  for (const f of allowedFailures) console.log(`  ${f.who}: ${f.shown}: [${f.check}] ${f.reason}`);
}
const unused = allowlist.filter((_, i) => !usedAllowances.has(i));
if (unused.length) {
  console.log(`\nallowlist entries no request needed (${unused.length}; the operation may not be written yet):`);
  for (const a of unused) console.log(`  ${a.method} ${a.path} [${a.check}]`);
}
if (missing.length) console.log(`\ncatalog operations with no recorded request (${missing.length}): ${missing.join(', ')}`);
if (failures.length) {
  console.log('\nFAILURES (request differs from the spec; fix the operation or, for a spec mistake, allowlist it with a reason):');
  for (const f of failures) console.log(`  ${f.who}: ${f.shown}${f.template ? ` → ${f.template}` : ''}\n      [${f.check}] ${f.reason}`);
  process.exit(1);
}
console.log('\ncontract test passed');
