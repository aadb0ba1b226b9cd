#!/usr/bin/env node
// SDK conformance: the official Descope Node SDK (@descope/node-sdk, pinned exactly in
// package-lock.json) drives a Descope-compatible server through every access-key management
// call and the exchange, and validates the exchanged session JWTs with the SDK's own code.
//
//   DESCOPE_BASE_URL=http://127.0.0.1:PORT DESCOPE_PROJECT_ID=... DESCOPE_MANAGEMENT_KEY=... \
//     node sdk-conformance.mjs
//
// Exit status 0 only when every step passed; 1 otherwise (including a missing environment or
// SDK). Cleartext keys, management keys and JWTs are never printed in full.
//
// Each scenario creates its own keys, tagged with a per-run custom attribute, and deletes them
// at the end, so the script can also be pointed at a long-running sandbox.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// ---------------------------------------------------------------------------------------------
// Output, redaction and step bookkeeping
// ---------------------------------------------------------------------------------------------

const secrets = new Set();

/** Remembers a secret so that it is masked wherever it would be printed. */
function secret(value) {
  if (typeof value === 'string' && value.length >= 6) secrets.add(value);
  return value;
}

function fingerprint(value) {
  return `${value.slice(0, 4)}…(${value.length} chars)`;
}

function redact(text) {
  let out = String(text);
  for (const value of secrets) out = out.split(value).join(`<redacted ${fingerprint(value)}>`);
  return out
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, (jwt) => `<jwt ${jwt.length} chars>`)
    .replace(/("cleartext"\s*:\s*")[^"]*"/g, '$1<redacted>"')
    .replace(/(Bearer\s+[^:"\s]*:)(?!<redacted)[^"\s,}]+/gi, '$1<redacted>');
}

function show(value) {
  if (value instanceof Error) return redact(value.stack || value.message);
  try {
    return redact(JSON.stringify(value, null, 2));
  } catch {
    return redact(String(value));
  }
}

function print(line = '') {
  process.stdout.write(`${redact(line)}\n`);
}

/** What an SDK call gave back, without the fetch Response object. */
function describeResponse(resp) {
  if (resp === null || typeof resp !== 'object') return resp;
  const { response, ...rest } = resp;
  return rest;
}

// The SDK's own log (every request and response when a logger is set), kept in memory and
// printed, redacted and trimmed, only when a step fails.
const sdkLog = [];
const sdkLogger = {
  log: (...args) => sdkLog.push({ level: 'log', text: args.map(String).join(' ') }),
  info: (...args) => sdkLog.push({ level: 'info', text: args.map(String).join(' ') }),
  debug: (...args) => sdkLog.push({ level: 'debug', text: args.map(String).join(' ') }),
  warn: (...args) => sdkLog.push({ level: 'warn', text: args.map(String).join(' ') }),
  error: (...args) => sdkLog.push({ level: 'error', text: args.map(String).join(' ') }),
};

let passed = 0;
const failures = [];
let trace = [];

class StepFailure extends Error {
  constructor(step, cause) {
    super(`${step}: ${cause?.message ?? cause}`);
    this.step = step;
    this.cause = cause;
  }
}

/** Notes an SDK call and its result, printed with the step if the step fails. */
function note(what, value) {
  trace.push(`${what} -> ${show(value)}`);
}

async function step(name, body) {
  trace = [];
  const logMark = sdkLog.length;
  try {
    const result = await body();
    passed += 1;
    print(`  PASS  ${name}`);
    return result;
  } catch (error) {
    print(`  FAIL  ${name}`);
    const message = typeof error?.message === 'string' ? redact(error.message) : show(error);
    print(`        ${message.trimEnd().split('\n').join('\n        ')}`);
    if (trace.length > 0) {
      print('        what the SDK returned in this step:');
      for (const line of trace.slice(-6)) print(`          ${line.split('\n').join('\n          ')}`);
    }
    const log = sdkLog.slice(logMark).slice(-6);
    if (log.length > 0) {
      print('        last SDK log entries in this step:');
      for (const entry of log) {
        const text = entry.text.length > 1500 ? `${entry.text.slice(0, 1500)} …` : entry.text;
        print(`          [${entry.level}] ${text.split('\n').join('\n            ')}`);
      }
    }
    throw new StepFailure(name, error);
  }
}

async function scenario(name, body, { critical = false } = {}) {
  print('');
  print(`== ${name}`);
  try {
    await body();
  } catch (error) {
    const failure = error instanceof StepFailure ? error : new StepFailure('(scenario)', error);
    if (!(error instanceof StepFailure)) print(`  FAIL  ${name}: ${show(error)}`);
    failures.push({ scenario: name, step: failure.step, message: failure.cause?.message ?? '' });
    print(`  -- scenario "${name}" stopped at its first failure`);
    if (critical) throw failure;
  }
}

// ---------------------------------------------------------------------------------------------
// Assertions over SDK results
// ---------------------------------------------------------------------------------------------

/** Awaits an SDK call that must succeed; returns its data. */
async function expectOk(what, call) {
  let resp;
  try {
    resp = await call();
  } catch (error) {
    throw new Error(`${what}: the SDK threw instead of returning a response: ${error?.message ?? error}`);
  }
  note(what, describeResponse(resp));
  assert.ok(resp && typeof resp === 'object', `${what}: the SDK returned no response object`);
  assert.equal(resp.ok, true, `${what}: expected ok=true, got ok=${resp.ok} code=${resp.code} error=${show(resp.error)}`);
  assert.ok(resp.code >= 200 && resp.code < 300, `${what}: expected a 2xx status, got ${resp.code}`);
  assert.equal(resp.error, undefined, `${what}: a successful call carries an error: ${show(resp.error)}`);
  return resp.data;
}

/** Awaits an SDK call that must fail with a Descope error body; returns the SDK's error. */
async function expectServerError(what, call, { status } = {}) {
  let resp;
  try {
    resp = await call();
  } catch (error) {
    throw new Error(`${what}: the SDK threw instead of returning an error response: ${error?.message ?? error}`);
  }
  note(what, describeResponse(resp));
  assert.equal(resp.ok, false, `${what}: expected the call to be refused, but it succeeded with ${show(resp.data)}`);
  assert.ok(resp.code >= 400 && resp.code < 500, `${what}: expected a 4xx status, got ${resp.code}`);
  if (status !== undefined) assert.equal(resp.code, status, `${what}: unexpected HTTP status`);
  assert.ok(resp.error && typeof resp.error === 'object', `${what}: the SDK error is missing`);
  assert.match(String(resp.error.errorCode), /^E\d{6}$/, `${what}: error.errorCode is not a Descope code: ${show(resp.error)}`);
  assert.equal(typeof resp.error.errorDescription, 'string', `${what}: error.errorDescription is missing`);
  return resp.error;
}

/** deepStrictEqual with context kept in front of node:assert's diff. */
function expectEqual(actual, expected, what) {
  try {
    assert.deepStrictEqual(actual, expected);
  } catch (error) {
    throw new Error(`${what}:\n${error.message}`);
  }
}

const sorted = (list) => [...(list ?? [])].sort();
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Checks an AccessKey object from any call against what was asked for. */
function expectKey(key, want, what) {
  assert.ok(key && typeof key === 'object', `${what}: no key object in ${show(key)}`);
  assert.equal(typeof key.id, 'string', `${what}: key.id is not a string`);
  assert.ok(key.id.length > 0, `${what}: key.id is empty`);
  if (want.id !== undefined) assert.equal(key.id, want.id, `${what}: key.id`);
  if (want.name !== undefined) assert.equal(key.name, want.name, `${what}: key.name`);
  if (want.description !== undefined) assert.equal(key.description, want.description, `${what}: key.description`);
  if (want.status !== undefined) assert.equal(key.status, want.status, `${what}: key.status`);
  if (want.roleNames !== undefined) expectEqual(sorted(key.roleNames), sorted(want.roleNames), `${what}: key.roleNames`);
  if (want.keyTenants !== undefined) {
    const got = (key.keyTenants ?? [])
      .map((t) => ({ tenantId: t.tenantId, roleNames: sorted(t.roleNames) }))
      .sort((a, b) => a.tenantId.localeCompare(b.tenantId));
    const expected = want.keyTenants
      .map((t) => ({ tenantId: t.tenantId, roleNames: sorted(t.roleNames) }))
      .sort((a, b) => a.tenantId.localeCompare(b.tenantId));
    expectEqual(got, expected, `${what}: key.keyTenants (tenantId and roleNames)`);
  }
  if (want.customClaims !== undefined) expectEqual(key.customClaims, want.customClaims, `${what}: key.customClaims`);
  if (want.customAttributes !== undefined) expectEqual(key.customAttributes, want.customAttributes, `${what}: key.customAttributes`);
  if (want.permittedIps !== undefined) expectEqual(key.permittedIps, want.permittedIps, `${what}: key.permittedIps`);
  if (want.boundUserId !== undefined) assert.equal(key.boundUserId, want.boundUserId, `${what}: key.boundUserId`);
  if (want.expireTime !== undefined) assert.equal(key.expireTime, want.expireTime, `${what}: key.expireTime`);
  assert.ok(Number.isInteger(key.createdTime), `${what}: key.createdTime is not an integer: ${key.createdTime}`);
  assert.ok(Math.abs(key.createdTime - nowSeconds()) < 600,
    `${what}: key.createdTime ${key.createdTime} is not Unix seconds close to now (${nowSeconds()})`);
  assert.equal(typeof key.createdBy, 'string', `${what}: key.createdBy is not a string`);
}

/** The Unix-seconds claims every session JWT must carry. */
function expectSessionTimes(token, what) {
  const now = nowSeconds();
  assert.ok(Number.isInteger(token.exp), `${what}: exp is missing or not an integer: ${token.exp}`);
  assert.ok(token.exp > now, `${what}: exp ${token.exp} is not in the future (now ${now})`);
  assert.ok(token.exp < now + 366 * 24 * 3600, `${what}: exp ${token.exp} is not Unix seconds`);
  if (token.iat !== undefined) {
    assert.ok(Number.isInteger(token.iat), `${what}: iat is not an integer`);
    assert.ok(token.iat <= now + 5, `${what}: iat ${token.iat} is in the future (now ${now})`);
  }
}

/** Changes the payload of a JWT without re-signing it. */
function forge(jwt, changes) {
  const [header, payload, signature] = jwt.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const forged = Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url');
  return secret(`${header}.${forged}.${signature}`);
}

// ---------------------------------------------------------------------------------------------
// Environment and SDK
// ---------------------------------------------------------------------------------------------

function fatal(message) {
  print(`FATAL: ${message}`);
  process.exit(1);
}

const baseUrl = process.env.DESCOPE_BASE_URL;
const projectId = process.env.DESCOPE_PROJECT_ID;
const managementKey = secret(process.env.DESCOPE_MANAGEMENT_KEY);
for (const [name, value] of Object.entries({
  DESCOPE_BASE_URL: baseUrl,
  DESCOPE_PROJECT_ID: projectId,
  DESCOPE_MANAGEMENT_KEY: managementKey,
})) {
  if (!value) fatal(`${name} is not set; the conformance suite needs a server to drive`);
}

let pinned;
let installed;
try {
  const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  pinned = manifest.dependencies?.['@descope/node-sdk'];
  const sdkManifest = new URL('./node_modules/@descope/node-sdk/package.json', import.meta.url);
  installed = JSON.parse(readFileSync(sdkManifest, 'utf8')).version;
} catch (error) {
  fatal(`@descope/node-sdk is not installed next to this script (run \`npm ci\` in ${new URL('.', import.meta.url).pathname}): ${error.message}`);
}
if (installed !== pinned) {
  fatal(`node_modules holds @descope/node-sdk ${installed} but package.json pins ${pinned}; run \`npm ci\``);
}

let DescopeClient;
try {
  ({ default: DescopeClient } = await import('@descope/node-sdk'));
} catch (error) {
  fatal(`cannot import @descope/node-sdk: ${error.message}`);
}

process.on('unhandledRejection', (error) => fatal(`unhandled rejection: ${show(error)}`));

print(`Descope Node SDK ${installed} (pinned ${pinned}) on Node ${process.versions.node}`);
print(`server ${baseUrl}, project ${projectId}`);

const sdk = DescopeClient({ projectId, managementKey, baseUrl, logger: sdkLogger });
const mgmt = sdk.management?.accessKey;

// Every key this run creates, so the cleanup at the end can remove what a failure left behind.
const created = new Set();
const run = `sdkconf-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const attributes = (purpose, extra = {}) => ({ conformanceRun: run, purpose, ...extra });

async function createKey(what, ...args) {
  const data = await expectOk(what, () => mgmt.create(...args));
  assert.ok(data && typeof data === 'object', `${what}: no data`);
  if (data.key?.id) created.add(data.key.id);
  assert.equal(typeof data.cleartext, 'string', `${what}: the response has no cleartext`);
  assert.ok(data.cleartext.length >= 16, `${what}: the cleartext is suspiciously short`);
  secret(data.cleartext);
  assert.notEqual(data.cleartext, data.key?.id, `${what}: the cleartext equals the key ID`);
  return data;
}

/** Exchanges a key through the SDK's high-level call, which also validates the JWT. */
async function exchange(what, cleartext, loginOptions) {
  let auth;
  try {
    auth = await sdk.exchangeAccessKey(cleartext, loginOptions);
  } catch (error) {
    throw new Error(`${what}: exchangeAccessKey threw: ${error?.message ?? error}`);
  }
  assert.ok(auth && typeof auth.jwt === 'string' && auth.token, `${what}: no AuthenticationInfo`);
  secret(auth.jwt);
  note(what, { jwt: auth.jwt, token: auth.token });
  expectSessionTimes(auth.token, what);
  assert.equal(auth.token.iss, projectId, `${what}: the SDK's validated iss`);
  return auth;
}

/** The exchange must be refused: the high-level call throws, the raw call reports the error. */
async function expectExchangeRefused(what, cleartext) {
  await assert.rejects(() => sdk.exchangeAccessKey(cleartext), /could not exchange access key/,
    `${what}: exchangeAccessKey accepted the key`);
  return expectServerError(`${what} (raw accessKey.exchange)`, () => sdk.accessKey.exchange(cleartext));
}

async function loadKey(what, id) {
  const key = await expectOk(what, () => mgmt.load(id));
  expectKey(key, { id }, what);
  return key;
}

async function search(what, ...args) {
  const keys = await expectOk(what, () => mgmt.searchAll(...args));
  assert.ok(Array.isArray(keys), `${what}: searchAll data is not an array: ${show(keys)}`);
  return keys;
}

const ids = (keys) => keys.map((k) => k.id).sort();

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

let tenants;
let projectRoles;
let permissionsOf;

async function catalog() {
  await step('the pinned SDK has every access-key call this suite covers', () => {
    const wanted = ['create', 'load', 'searchAll', 'update', 'activate', 'deactivate', 'delete',
      'activateBatch', 'deactivateBatch', 'deleteBatch', 'rotate'];
    const missing = wanted.filter((name) => typeof mgmt?.[name] !== 'function');
    expectEqual(missing, [], 'management.accessKey methods missing from the SDK');
    for (const name of ['exchangeAccessKey', 'validateJwt', 'validateSession', 'validateRoles',
      'validateTenantRoles', 'validatePermissions', 'validateTenantPermissions']) {
      assert.equal(typeof sdk[name], 'function', `sdk.${name} is missing`);
    }
    assert.equal(typeof sdk.accessKey?.exchange, 'function', 'sdk.accessKey.exchange is missing');
    assert.equal(typeof sdk.management.tenant?.loadAll, 'function', 'management.tenant.loadAll is missing');
    assert.equal(typeof sdk.management.role?.loadAll, 'function', 'management.role.loadAll is missing');
  });

  tenants = await step('management.tenant.loadAll lists the project tenants', async () => {
    const list = await expectOk('tenant.loadAll()', () => sdk.management.tenant.loadAll());
    assert.ok(Array.isArray(list), `tenants is not an array: ${show(list)}`);
    assert.ok(list.length >= 2, `need at least 2 tenants, got ${list.length}`);
    for (const t of list) {
      assert.equal(typeof t.id, 'string', `tenant without id: ${show(t)}`);
      assert.equal(typeof t.name, 'string', `tenant without name: ${show(t)}`);
    }
    return list;
  });

  projectRoles = await step('management.role.loadAll lists the project roles', async () => {
    const list = await expectOk('role.loadAll()', () => sdk.management.role.loadAll());
    assert.ok(Array.isArray(list), `roles is not an array: ${show(list)}`);
    for (const r of list) {
      assert.equal(typeof r.name, 'string', `role without name: ${show(r)}`);
      assert.ok(Array.isArray(r.permissionNames), `role ${r.name} has no permissionNames array`);
    }
    const project = list.filter((r) => !r.tenantId);
    assert.ok(project.length >= 3, `need at least 3 project-level roles, got ${project.length}`);
    return project;
  });

  const byName = new Map(projectRoles.map((r) => [r.name, r]));
  permissionsOf = (roles) =>
    [...new Set(roles.flatMap((name) => byName.get(name)?.permissionNames ?? []))].sort();
}

async function lifecycle() {
  const [r0, r1, r2] = projectRoles.map((r) => r.name);
  const name = `${run} lifecycle`;
  const claims = { tier: 'gold', level: 3, beta: true };
  const ips = ['127.0.0.1', '::1/128'];
  let key;
  let cleartext;

  await step('create: project roles, description, loopback permittedIps, custom claims', async () => {
    const data = await createKey('accessKey.create', name, 0, [r0, r1], undefined, undefined,
      claims, 'created by the SDK conformance suite', ips, attributes('lifecycle'));
    expectKey(data.key, {
      name, description: 'created by the SDK conformance suite', status: 'active',
      roleNames: [r0, r1], keyTenants: [], customClaims: claims, permittedIps: ips,
      customAttributes: attributes('lifecycle'), expireTime: 0, boundUserId: '',
    }, 'create response');
    ({ key, cleartext } = data);
  });

  await step('load by id returns the key exactly as create did', async () => {
    expectEqual(await loadKey('accessKey.load', key.id), key, 'load vs create');
  });

  await step('exchange with loginOptions.customClaims: the SDK validates the JWT', async () => {
    const requested = { requestId: 'req-42', nested: { depth: 1 } };
    const auth = await exchange('exchangeAccessKey', cleartext, { customClaims: requested });
    const t = auth.token;
    assert.equal(t.sub, key.id, 'sub must be the key id');
    for (const [claim, value] of Object.entries(claims)) {
      expectEqual(t[claim], value, `key custom claim "${claim}" at the JWT top level`);
    }
    expectEqual(t.nsec, requested, 'exchange-time custom claims under nsec');
    assert.equal(t.requestId, undefined, 'exchange-time claims must not appear at the top level');
    expectEqual(sorted(t.roles), sorted([r0, r1]), 'top-level roles');
    const expectedPermissions = permissionsOf([r0, r1]);
    for (const p of expectedPermissions) {
      assert.ok((t.permissions ?? []).includes(p), `permission "${p}" missing from ${show(t.permissions)}`);
    }
    assert.equal(sdk.validateRoles(auth, [r0, r1]), true, 'sdk.validateRoles with the key roles');
    assert.equal(sdk.validateRoles(auth, [r2]), false, `sdk.validateRoles with ${r2}, which the key lacks`);
    assert.equal(sdk.validatePermissions(auth, expectedPermissions), true, 'sdk.validatePermissions');
  });

  await step('raw accessKey.exchange answers {keyId, sessionJwt, expiration}; validateJwt and validateSession accept it', async () => {
    const data = await expectOk('accessKey.exchange', () => sdk.accessKey.exchange(cleartext));
    assert.equal(data.keyId, key.id, 'keyId');
    assert.equal(typeof data.sessionJwt, 'string', 'sessionJwt');
    secret(data.sessionJwt);
    assert.equal(typeof data.expiration, 'number', `expiration is not a number: ${show(data.expiration)}`);
    assert.equal(data.refreshJwt, undefined, 'an access-key exchange returns no refresh JWT');

    const viaJwt = await sdk.validateJwt(data.sessionJwt);
    assert.equal(viaJwt.token.sub, key.id, 'validateJwt sub');
    expectSessionTimes(viaJwt.token, 'validateJwt');
    const header = JSON.parse(Buffer.from(data.sessionJwt.split('.')[0], 'base64url').toString());
    assert.equal(typeof header.kid, 'string', 'the JWT header has no kid');
    const viaSession = await sdk.validateSession(data.sessionJwt);
    assert.equal(viaSession.token.sub, key.id, 'validateSession sub');
    assert.ok(Math.abs(data.expiration - viaSession.token.exp) <= 1 ||
      Math.abs(data.expiration - viaSession.token.exp * 1000) <= 1000,
      `expiration ${data.expiration} matches neither exp ${viaSession.token.exp} nor exp in ms`);
  });

  await step('validateJwt and validateSession reject a forged JWT', async () => {
    const data = await expectOk('accessKey.exchange', () => sdk.accessKey.exchange(cleartext));
    const forged = forge(data.sessionJwt, { sub: 'K2forged', roles: ['Superuser'] });
    await assert.rejects(() => sdk.validateJwt(forged), 'validateJwt accepted a forged payload');
    await assert.rejects(() => sdk.validateSession(forged), 'validateSession accepted a forged payload');
  });

  const updated = {
    name: `${run} lifecycle renamed`,
    description: 'updated by the SDK conformance suite',
    roleNames: [r2],
    customClaims: { tier: 'platinum', region: 'eu' },
    permittedIps: ['127.0.0.0/8', '::1'],
    customAttributes: attributes('lifecycle', { stage: 'updated' }),
  };
  await step('update name, description, roles, customClaims, permittedIps, customAttributes', async () => {
    const returned = await expectOk('accessKey.update', () => mgmt.update(key.id, updated.name,
      updated.description, updated.roleNames, undefined, updated.customClaims,
      updated.permittedIps, updated.customAttributes));
    expectKey(returned, { id: key.id, status: 'active', ...updated }, 'update response');
    expectEqual(await loadKey('accessKey.load', key.id), returned, 'load after update vs update response');
    key = returned;
  });

  await step('the exchanged JWT reflects the update', async () => {
    const auth = await exchange('exchangeAccessKey', cleartext);
    expectEqual(sorted(auth.token.roles), [r2], 'roles after update');
    assert.equal(auth.token.tier, 'platinum', 'claim tier after update');
    assert.equal(auth.token.region, 'eu', 'claim region after update');
    assert.equal(auth.token.level, undefined, 'customClaims are replaced, not merged');
    assert.equal(auth.token.nsec, undefined, 'no nsec without exchange-time claims');
  });

  await step('update with only id and name keeps every other field', async () => {
    const renamed = `${run} lifecycle partial`;
    const returned = await expectOk('accessKey.update(id, name)', () => mgmt.update(key.id, renamed));
    const want = { ...key, name: renamed };
    expectEqual(returned, want, 'update response after a partial update');
    expectEqual(await loadKey('accessKey.load', key.id), want, 'load after a partial update');
    key = returned;
  });

  await step('deactivate: load shows "inactive" and the exchange is refused', async () => {
    await expectOk('accessKey.deactivate', () => mgmt.deactivate(key.id));
    const loaded = await loadKey('accessKey.load', key.id);
    assert.equal(loaded.status, 'inactive', 'status after deactivate');
    await expectExchangeRefused('exchange of an inactive key', cleartext);
  });

  await step('activate: load shows "active" and the exchange works again', async () => {
    await expectOk('accessKey.activate', () => mgmt.activate(key.id));
    const loaded = await loadKey('accessKey.load', key.id);
    assert.equal(loaded.status, 'active', 'status after activate');
    const auth = await exchange('exchangeAccessKey', cleartext);
    assert.equal(auth.token.sub, key.id, 'sub after activate');
  });

  await step('rotate: same key, new cleartext; the old one is refused, the new one works', async () => {
    const data = await expectOk('accessKey.rotate', () => mgmt.rotate(key.id));
    assert.equal(typeof data?.cleartext, 'string', 'rotate returned no cleartext');
    secret(data.cleartext);
    assert.notEqual(data.cleartext, cleartext, 'rotate returned the old cleartext');
    expectKey(data.key, { id: key.id, name: key.name, status: 'active', roleNames: key.roleNames,
      customClaims: key.customClaims, permittedIps: key.permittedIps }, 'rotate response');
    await expectExchangeRefused('exchange with the pre-rotation cleartext', cleartext);
    const auth = await exchange('exchangeAccessKey with the new cleartext', data.cleartext);
    assert.equal(auth.token.sub, key.id, 'sub after rotate');
    cleartext = data.cleartext;
  });

  await step('delete: load then fails with the server errorCode, search and exchange lose the key', async () => {
    await expectOk('accessKey.delete', () => mgmt.delete(key.id));
    created.delete(key.id);
    const error = await expectServerError('accessKey.load of a deleted key', () => mgmt.load(key.id));
    print(`        (load of a deleted key: ${error.errorCode} ${error.errorDescription})`);
    const keys = await search('accessKey.searchAll by run attribute', undefined, undefined, undefined,
      attributes('lifecycle', { stage: 'updated' }));
    expectEqual(ids(keys), [], 'search after delete');
    await expectExchangeRefused('exchange of a deleted key', cleartext);
  });
}

async function permittedIps() {
  const [r0] = projectRoles.map((r) => r.name);
  const name = `${run} ip allow-list`;
  let key;
  let cleartext;

  await step('a key whose permittedIps exclude loopback cannot be exchanged from here', async () => {
    ({ key, cleartext } = await createKey('accessKey.create', name, 0, [r0], undefined, undefined,
      undefined, undefined, ['203.0.113.7', '198.51.100.0/24'], attributes('ips')));
    expectKey(key, { permittedIps: ['203.0.113.7', '198.51.100.0/24'] }, 'create response');
    await expectExchangeRefused('exchange from a non-permitted address', cleartext);
  });

  await step('after update permits loopback the exchange works', async () => {
    const returned = await expectOk('accessKey.update', () => mgmt.update(key.id, name, undefined,
      undefined, undefined, undefined, ['127.0.0.1', '::1/128']));
    expectEqual(returned.permittedIps, ['127.0.0.1', '::1/128'], 'permittedIps after update');
    await exchange('exchangeAccessKey', cleartext);
  });

  await step('update with permittedIps [] clears the list (any address may exchange)', async () => {
    const returned = await expectOk('accessKey.update', () => mgmt.update(key.id, name, undefined,
      undefined, undefined, undefined, []));
    expectEqual(returned.permittedIps ?? [], [], 'permittedIps after clearing');
    await exchange('exchangeAccessKey', cleartext);
    await expectOk('accessKey.delete', () => mgmt.delete(key.id));
    created.delete(key.id);
  });
}

async function tenantKeys() {
  const [r0, r1, r2] = projectRoles.map((r) => r.name);
  const [tA, tB] = tenants;
  const userId = `U2${run.replace(/[^a-z0-9]/gi, '')}`;
  const bound = { key: undefined, cleartext: undefined };
  const scoped = { key: undefined, cleartext: undefined };
  let createdBy;

  await step('create a key with keyTenants (tenant roles) bound to a user', async () => {
    const expireTime = nowSeconds() + 3600;
    const keyTenants = [{ tenantId: tA.id, roleNames: [r1] }];
    const data = await createKey('accessKey.create', `${run} bound`, expireTime, undefined,
      keyTenants, userId, { origin: 'bound' }, 'bound to a user', undefined, attributes('bound'));
    expectKey(data.key, { keyTenants, boundUserId: userId, expireTime, status: 'active',
      customAttributes: attributes('bound') }, 'create response');
    const tenantName = data.key.keyTenants.find((t) => t.tenantId === tA.id)?.tenantName;
    if (tenantName !== undefined) assert.equal(tenantName, tA.name, 'keyTenants[].tenantName');
    Object.assign(bound, data);
    createdBy = data.key.createdBy;
    expectEqual(await loadKey('accessKey.load', data.key.id), data.key, 'load vs create');
  });

  await step('create a key with roles in two tenants', async () => {
    const keyTenants = [{ tenantId: tA.id, roleNames: [r0] }, { tenantId: tB.id, roleNames: [r1, r2] }];
    const data = await createKey('accessKey.create', `${run} tenants`, 0, undefined, keyTenants,
      undefined, { origin: 'tenants' }, undefined, undefined, attributes('tenants'));
    expectKey(data.key, { keyTenants, roleNames: [], status: 'active', boundUserId: '' }, 'create response');
    for (const t of data.key.keyTenants) {
      const known = tenants.find((x) => x.id === t.tenantId);
      if (t.tenantName !== undefined) assert.equal(t.tenantName, known?.name, `tenantName of ${t.tenantId}`);
    }
    Object.assign(scoped, data);
  });

  // Keys left behind by an earlier failed scenario may share the run tag, so these checks ask
  // for inclusion and exclusion of known keys plus "every result matches the filter".
  const expectIncludes = (found, wanted, what) => {
    const missing = wanted.filter((k) => !found.some((f) => f.id === k.id)).map((k) => k.id);
    expectEqual(missing, [], `${what}: keys missing from the result`);
  };
  const expectExcludes = (found, unwanted, what) => {
    const present = unwanted.filter((k) => found.some((f) => f.id === k.id)).map((k) => k.id);
    expectEqual(present, [], `${what}: keys that must not be in the result`);
  };

  await step('searchAll filters: tenantIds', async () => {
    const inA = await search('accessKey.searchAll([tenantA])', [tA.id]);
    expectIncludes(inA, [bound.key, scoped.key], `searchAll([${tA.id}])`);
    for (const k of inA) {
      assert.ok((k.keyTenants ?? []).some((t) => t.tenantId === tA.id),
        `searchAll([${tA.id}]) returned ${k.id}, which has no roles in that tenant`);
    }
    const inB = await search('accessKey.searchAll([tenantB])', [tB.id]);
    expectIncludes(inB, [scoped.key], `searchAll([${tB.id}])`);
    expectExcludes(inB, [bound.key], `searchAll([${tB.id}])`);
    const inBoth = await search('accessKey.searchAll([tenantA, tenantB])', [tA.id, tB.id]);
    expectIncludes(inBoth, [bound.key, scoped.key], `searchAll([${tA.id}, ${tB.id}])`);
  });

  await step('searchAll filters: boundUserId', async () => {
    const keys = await search('accessKey.searchAll(undefined, boundUserId)', undefined, userId);
    expectEqual(ids(keys), [bound.key.id], 'keys bound to the user');
    expectKey(keys[0], { boundUserId: userId }, 'search result');
  });

  await step('searchAll filters: creatingUser', async () => {
    assert.ok(createdBy, `the create response carried no createdBy: ${show(bound.key)}`);
    const keys = await search('accessKey.searchAll(undefined, undefined, creatingUser)', undefined,
      undefined, createdBy);
    expectIncludes(keys, [bound.key, scoped.key], `searchAll(creatingUser=${createdBy})`);
    for (const k of keys) assert.equal(k.createdBy, createdBy, `search by creatingUser returned ${k.id}`);
    const none = await search('accessKey.searchAll(creatingUser=unknown)', undefined, undefined,
      `nobody-${run}`);
    expectEqual(ids(none), [], 'keys created by an unknown user');
  });

  await step('searchAll filters: customAttributes, and no filter at all', async () => {
    const keys = await search('accessKey.searchAll(customAttributes)', undefined, undefined,
      undefined, { conformanceRun: run, purpose: 'tenants' });
    expectEqual(ids(keys), [scoped.key.id], 'keys with the custom attributes');
    expectEqual(keys[0], scoped.key, 'search result vs create response');
    const all = await search('accessKey.searchAll()');
    for (const id of [bound.key.id, scoped.key.id]) {
      assert.ok(all.some((k) => k.id === id), `searchAll() without filters misses ${id}`);
    }
  });

  await step('exchange of a tenant key: tenants claim with roles and permissions per tenant', async () => {
    const auth = await exchange('exchangeAccessKey', scoped.cleartext);
    const t = auth.token;
    assert.equal(t.sub, scoped.key.id, 'sub');
    assert.equal(t.origin, 'tenants', 'key custom claim at the top level');
    assert.ok(t.tenants && typeof t.tenants === 'object', `no tenants claim in ${show(t)}`);
    expectEqual(Object.keys(t.tenants).sort(), [tA.id, tB.id].sort(), 'tenants claim keys');
    expectEqual(sorted(t.tenants[tA.id].roles), [r0], `roles in ${tA.id}`);
    expectEqual(sorted(t.tenants[tB.id].roles), sorted([r1, r2]), `roles in ${tB.id}`);
    for (const p of permissionsOf([r0])) {
      assert.ok((t.tenants[tA.id].permissions ?? []).includes(p), `permission ${p} missing in ${tA.id}`);
    }
    expectEqual(t.roles ?? [], [], 'a tenant key has no project-level roles');
    assert.equal(sdk.validateTenantRoles(auth, tA.id, [r0]), true, 'validateTenantRoles in tenant A');
    assert.equal(sdk.validateTenantRoles(auth, tB.id, [r1, r2]), true, 'validateTenantRoles in tenant B');
    assert.equal(sdk.validateTenantRoles(auth, tA.id, [r2]), false, 'validateTenantRoles with a role from another tenant');
    assert.equal(sdk.validateTenantPermissions(auth, tA.id, permissionsOf([r0])), true, 'validateTenantPermissions');
    assert.equal(sdk.validateRoles(auth, [r0]), false, 'a tenant role must not pass as a project role');
  });

  await step('exchange with loginOptions.selectedTenant sets dct', async () => {
    const auth = await exchange('exchangeAccessKey(selectedTenant)', scoped.cleartext,
      { selectedTenant: tB.id });
    assert.equal(auth.token.dct, tB.id, 'dct');
  });

  await step('exchange of a user-bound key yields a JWT the SDK validates', async () => {
    const auth = await exchange('exchangeAccessKey', bound.cleartext);
    print(`        (bound key JWT: sub=${auth.token.sub === bound.key.id ? 'the key id' : auth.token.sub}` +
      `${auth.token.dsub !== undefined ? `, dsub=${auth.token.dsub}` : ''})`);
    assert.ok(auth.token.exp <= bound.key.expireTime, 'the session outlives the key expiry');
  });

  await step('update replaces keyTenants', async () => {
    const keyTenants = [{ tenantId: tB.id, roleNames: [r0] }];
    const returned = await expectOk('accessKey.update', () => mgmt.update(scoped.key.id,
      scoped.key.name, undefined, undefined, keyTenants));
    expectKey(returned, { keyTenants, customClaims: { origin: 'tenants' } }, 'update response');
    const auth = await exchange('exchangeAccessKey', scoped.cleartext);
    expectEqual(Object.keys(auth.token.tenants ?? {}), [tB.id], 'tenants claim after update');
  });

  await step('delete the tenant keys', async () => {
    for (const k of [bound.key, scoped.key]) {
      await expectOk('accessKey.delete', () => mgmt.delete(k.id));
      created.delete(k.id);
    }
  });
}

async function batches() {
  const [r0] = projectRoles.map((r) => r.name);
  const keys = [];

  await step('create three keys', async () => {
    for (const n of [1, 2, 3]) {
      keys.push(await createKey('accessKey.create', `${run} batch ${n}`, 0, [r0], undefined,
        undefined, undefined, undefined, undefined, attributes('batch')));
    }
  });
  const batchIds = () => keys.map((k) => k.key.id);
  const statuses = async () => {
    const found = await search('accessKey.searchAll(batch)', undefined, undefined, undefined,
      attributes('batch'));
    expectEqual(ids(found), [...batchIds()].sort(), 'the batch keys found by search');
    return found.map((k) => k.status);
  };

  await step('deactivateBatch: all inactive, none can be exchanged', async () => {
    await expectOk('accessKey.deactivateBatch', () => mgmt.deactivateBatch(batchIds()));
    expectEqual(await statuses(), ['inactive', 'inactive', 'inactive'], 'statuses');
    for (const k of keys) await expectExchangeRefused('exchange of a batch-deactivated key', k.cleartext);
  });

  await step('activateBatch: all active, each can be exchanged', async () => {
    await expectOk('accessKey.activateBatch', () => mgmt.activateBatch(batchIds()));
    expectEqual(await statuses(), ['active', 'active', 'active'], 'statuses');
    for (const k of keys) {
      const auth = await exchange('exchangeAccessKey', k.cleartext);
      assert.equal(auth.token.sub, k.key.id, 'sub');
    }
  });

  await step('deleteBatch: every load fails with an errorCode and search finds none', async () => {
    await expectOk('accessKey.deleteBatch', () => mgmt.deleteBatch(batchIds()));
    for (const id of batchIds()) {
      created.delete(id);
      await expectServerError('accessKey.load of a batch-deleted key', () => mgmt.load(id));
    }
    const found = await search('accessKey.searchAll(batch)', undefined, undefined, undefined,
      attributes('batch'));
    expectEqual(ids(found), [], 'batch keys after deleteBatch');
    for (const k of keys) await expectExchangeRefused('exchange of a batch-deleted key', k.cleartext);
  });
}

async function errors() {
  const [r0] = projectRoles.map((r) => r.name);

  await step('load of an unknown id fails with an errorCode', async () => {
    await expectServerError('accessKey.load(unknown)', () => mgmt.load(`K2unknown${run.replace(/\W/g, '')}`));
  });

  await step('create with a role the project does not have is refused', async () => {
    await expectServerError('accessKey.create(unknown role)', () => mgmt.create(`${run} bad role`, 0,
      [`no such role ${run}`], undefined, undefined, undefined, undefined, undefined, attributes('errors')));
    const left = await search('accessKey.searchAll(errors)', undefined, undefined, undefined, attributes('errors'));
    expectEqual(ids(left), [], 'a refused create must not leave a key behind');
  });

  await step('create with a tenant the project does not have is refused', async () => {
    await expectServerError('accessKey.create(unknown tenant)', () => mgmt.create(`${run} bad tenant`, 0,
      undefined, [{ tenantId: `T2nosuch${run.replace(/\W/g, '')}`, roleNames: [r0] }], undefined,
      undefined, undefined, undefined, attributes('errors')));
  });

  await step('create and update without a name are refused', async () => {
    await expectServerError('accessKey.create("")', () => mgmt.create('', 0, [r0]));
    const { key } = await createKey('accessKey.create', `${run} named`, 0, [r0], undefined, undefined,
      undefined, undefined, undefined, attributes('errors'));
    await expectServerError('accessKey.update(id, "")', () => mgmt.update(key.id, ''));
    await expectServerError('accessKey.update(unknown id)', () => mgmt.update(`K2unknown${run.replace(/\W/g, '')}`, 'x'));
    await expectOk('accessKey.delete', () => mgmt.delete(key.id));
    created.delete(key.id);
  });

  await step('a wrong management key is refused', async () => {
    const intruder = DescopeClient({ projectId, managementKey: secret(`wrong-${run}`), baseUrl });
    await expectServerError('searchAll with a wrong management key',
      () => intruder.management.accessKey.searchAll());
  });

  await step('exchange of an empty or unknown access key fails', async () => {
    await assert.rejects(() => sdk.exchangeAccessKey(''), /access key must not be empty/,
      'the SDK sends an empty access key');
    await expectExchangeRefused('exchange of an unknown key', secret(`K2unknown-${run}-notakey`));
  });
}

async function sdkHandshake() {
  await step('the SDK license handshake (GET /v1/mgmt/license) succeeded', () => {
    const failed = sdkLog.filter((e) => /License handshake failed/.test(e.text));
    expectEqual(failed.map((e) => e.text), [], 'license handshake warnings');
    const answered = sdkLog.some((e) => e.level === 'log' && /Response/.test(e.text) &&
      /\/v1\/mgmt\/license/.test(e.text) && /Status: 200/.test(e.text));
    assert.ok(answered, 'the SDK log has no 200 response for /v1/mgmt/license');
  });
}

// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------

try {
  await scenario('project catalog (tenants and roles)', catalog, { critical: true });
  await scenario('key lifecycle: create, load, update, status, exchange, rotate, delete', lifecycle);
  await scenario('permittedIps enforcement on exchange', permittedIps);
  await scenario('tenant keys, bound user and search filters', tenantKeys);
  await scenario('batch deactivate, activate, delete', batches);
  await scenario('errors reported the SDK way', errors);
  await scenario('SDK housekeeping', sdkHandshake);
} catch {
  print('  -- the project catalog is unusable; the remaining scenarios were not run');
}

if (created.size > 0) {
  print('');
  print(`cleanup: deleting ${created.size} key(s) a failed scenario left behind`);
  for (const id of created) {
    try {
      await mgmt.delete(id);
    } catch {
      // best effort only
    }
  }
}

print('');
if (failures.length === 0) {
  print(`SDK conformance: all ${passed} steps passed (@descope/node-sdk ${installed})`);
  process.exit(0);
}
print(`SDK conformance: ${failures.length} scenario(s) FAILED, ${passed} step(s) passed (@descope/node-sdk ${installed})`);
for (const f of failures) print(`  - ${f.scenario} › ${f.step}`);
process.exit(1);
