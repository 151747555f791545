// Pure parts of the connector runtime: credential encryption, payload hashing, manifest
// validation and the registry, flow selection, advisory-lock keys (the failure e-mail:
// failure-email.test.ts).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { createSecretBox, loadSecretKey, parseSecretKey } from '../../src/integration/runtime/crypto.js';
import { canonicalJson, payloadHash } from '../../src/integration/runtime/hash.js';
import { createRegistry, loadConnectors } from '../../src/integration/runtime/registry.js';
import { flowsToRun } from '../../src/integration/runtime/run.js';
import { defineConnector, defineFlow, manifestIssues, settingsJsonSchema, type DomainEvent } from '@nordic-invoicing/connector-sdk';
import { flowsListeningFor } from '../../src/modules/integrations/service.js';
import template from '../../connectors/template/index.js';

const flow = (id: string, base: boolean) => defineFlow({ id, direction: 'export', entity: 'customer', base, description: id, run: async () => undefined });
const valid = () =>
  defineConnector({
    id: 'acme',
    name: 'Acme',
    version: '1.2.3',
    settings: z.object({ baseUrl: z.string().url().describe('API address') }),
    credentials: { kind: 'api_key' },
    http: (s) => ({ baseUrl: s.baseUrl, auth: { kind: 'none' } }),
    check: async () => ({ ok: true, message: 'ok' }),
    flows: [flow('alpha', true), flow('beta', false)],
  });

describe('credential encryption (AES-256-GCM)', () => {
  const box = createSecretBox(randomBytes(32));
  it('round-trips and never stores the plain text', () => {
    const stored = box.encrypt({ apiKey: 'top-secret' }, 'conn-1');
    expect(stored).toMatch(/^v1:[^:]+:[^:]+:[^:]+$/);
    expect(stored).not.toContain('top-secret');
    expect(box.decrypt(stored, 'conn-1')).toEqual({ apiKey: 'top-secret' });
    expect(box.encrypt({ apiKey: 'top-secret' }, 'conn-1')).not.toBe(stored); // fresh IV each time
  });
  it.each([
    ['another connection id', (s: string) => s, 'conn-2'],
    ['a tampered ciphertext', (s: string) => s.slice(0, -4) + (s.endsWith('AAAA') ? 'BBBB' : 'AAAA'), 'conn-1'],
    ['another key', (s: string) => s, 'other-key'],
  ])('refuses %s', (_name, mutate, bound) => {
    const stored = box.encrypt({ apiKey: 'x' }, 'conn-1');
    const other = bound === 'other-key' ? createSecretBox(randomBytes(32)) : box;
    expect(() => other.decrypt(mutate(stored), bound === 'other-key' ? 'conn-1' : bound)).toThrow(/cannot be decrypted/);
  });
  it.each([
    ['a'.repeat(64), 32],
    [randomBytes(32).toString('base64'), 32],
  ])('parses a key %#', (text, len) => expect(parseSecretKey(text)).toHaveLength(len));
  it.each(['', 'abc', 'a'.repeat(63), randomBytes(16).toString('base64')])('rejects the key %j', (text) => {
    expect(() => parseSecretKey(text)).toThrow(/32 bytes/);
  });
  it('generates a key file for the embedded database, and requires the variable otherwise', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'key-')), 'sub', 'integration.key');
    const k1 = loadSecretKey(undefined, file);
    expect(loadSecretKey(undefined, file).equals(k1)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(() => loadSecretKey(undefined, null)).toThrow(/INTEGRATION_SECRET_KEY is required/);
  });
});

describe('payload hash', () => {
  it.each([
    [{ a: 1, b: [1, { d: 2, c: 3 }] }, { b: [1, { c: 3, d: 2 }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: '1' }, { a: 1 }, false],
    [[1, 2], [2, 1], false],
    [{ a: null }, { a: undefined }, false],
  ])('%j vs %j equal: %s', (x, y, same) => {
    expect(payloadHash(x) === payloadHash(y)).toBe(same);
  });
  it('is canonical JSON', () => expect(canonicalJson({ b: 1, a: [true, 'x'] })).toBe('{"a":[true,"x"],"b":1}'));
});

describe('manifest validation and the registry', () => {
  it('accepts a valid manifest and the template connector', () => {
    expect(manifestIssues(valid())).toEqual([]);
    expect(manifestIssues(template)).toEqual([]);
    expect(settingsJsonSchema(valid())).toMatchObject({ properties: { baseUrl: { type: 'string', description: 'API address' } } });
  });
  it.each([
    ['id', { id: 'Bad Id' }, /^id:/],
    ['version', { version: 'one' }, /^version:/],
    ['settings', { settings: {} }, /^settings:/],
    ['credential kind', { credentials: { kind: 'password' } }, /^credentials.kind:/],
    ['no flows', { flows: [] }, /^flows: at least one flow/],
    ['no base flow', { flows: [flow('alpha', false)] }, /at least one base flow/],
    ['duplicate flow ids', { flows: [flow('alpha', true), flow('alpha', false)] }, /flows\[1\]\.id: duplicate/],
    ['flow direction', { flows: [{ ...flow('alpha', true), direction: 'sideways' }] }, /flows\[0\]\.direction/],
    ['flow events', { flows: [{ ...flow('alpha', true), on: ['invoice.sent'] }] }, /flows\[0\]\.on: a list of changes among invoice\.locked/],
    ['flow events not a list', { flows: [{ ...flow('alpha', true), on: 'invoice.locked' }] }, /flows\[0\]\.on/],
    ['check', { check: undefined }, /^check:/],
  ])('names the field: %s', (_n, patch, message) => {
    const issues = manifestIssues({ ...valid(), ...patch });
    expect(issues.some((i) => message.test(i))).toBe(true);
  });
  it('stops with a message naming the source on an invalid manifest or a duplicate id', () => {
    expect(() => createRegistry([{ source: 'npm:broken', module: { default: { ...valid(), version: 'x' } } }])).toThrow(
      /npm:broken: invalid connector manifest:\n\s+- version/,
    );
    expect(() =>
      createRegistry([
        { source: 'connectors/acme', module: { default: valid() } },
        { source: 'npm:acme-clone', module: { connector: valid() } },
      ]),
    ).toThrow(/npm:acme-clone: connector id "acme" is already used by connectors\/acme/);
    const r = createRegistry([{ source: 'connectors/acme', module: { default: valid() } }]);
    expect(r.get('acme')?.name).toBe('Acme');
    expect(r.list()).toHaveLength(1);
  });
  it('names a configured package that cannot be loaded', async () => {
    await expect(loadConnectors({ builtIn: [], packages: ['no-such-connector-package'] })).rejects.toThrow(
      /"no-such-connector-package" \(CONNECTOR_PACKAGES\)/,
    );
  });
});

describe('flows to run', () => {
  const flows = [flow('base-1', true), flow('opt-1', false), flow('base-2', true), flow('opt-2', false)];
  it.each([
    [[], undefined, ['base-1', 'base-2']],
    [['opt-2'], undefined, ['base-1', 'base-2', 'opt-2']],
    [['opt-2', 'opt-1'], undefined, ['base-1', 'opt-1', 'base-2', 'opt-2']],
    [['opt-1'], ['opt-1'], ['opt-1']],
    [[], ['opt-1'], []],
    [[], ['base-2', 'base-1'], ['base-1', 'base-2']],
  ])('enabled %j, requested %j → %j (manifest order)', (enabled, requested, expected) => {
    expect(flowsToRun(flows, enabled, requested).map((f) => f.id)).toEqual(expected);
  });
});

describe('flows a change runs', () => {
  const on = (f: ReturnType<typeof flow>, ...events: DomainEvent[]) => ({ ...f, on: events });
  const manifest = {
    flows: [
      on(flow('customers', true), 'invoice.locked'),
      on(flow('projects', true), 'invoice.locked', 'project.statusChanged'),
      on(flow('parts', false), 'invoice.locked'),
      flow('vouchers', true),
      on(flow('invoices', true), 'invoice.locked'),
      on(flow('supplier-invoices', false), 'supplierInvoice.approved'),
    ],
  };
  it.each([
    ['invoice.locked', [], ['customers', 'projects', 'invoices']],
    ['invoice.locked', ['parts'], ['customers', 'projects', 'parts', 'invoices']],
    ['project.statusChanged', ['parts'], ['projects']],
    ['supplierInvoice.approved', [], []],
    ['supplierInvoice.approved', ['supplier-invoices'], ['supplier-invoices']],
  ] as const)('%s with %j enabled → %j (enabled, listening, manifest order)', (event, enabled, expected) => {
    expect(flowsListeningFor(manifest, enabled, event)).toEqual(expected);
  });
});

describe('the published SDK entry', () => {
  it('is importable by package name, as a third-party connector imports it', async () => {
    const sdk = await import('@nordic-invoicing/connector-sdk');
    expect(typeof sdk.defineConnector).toBe('function');
    expect(typeof sdk.exportEntity).toBe('function');
    expect(typeof sdk.createHttpClient).toBe('function');
  });
});
