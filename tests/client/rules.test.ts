// The typed client package without a server: it builds to JavaScript and declarations that need
// nothing a browser lacks, its documents carry the hashes its manifest lists, and the rules for
// hashes and manifests (the server's side) and for results (the client's side).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import * as client from '@nordic-invoicing/client';
import {
  createClient,
  documentHash,
  GraphQLRequestError,
  isTypedError,
  LockInvoiceDocument,
  NetworkError,
  operationName,
  ResultError,
  unwrap,
  ViewerDocument,
} from '@nordic-invoicing/client';
import { CLIENT_MANIFEST, parseManifest, requestedHash, sha256Hex } from '../../src/http/trusted-documents.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HEX = 'ab'.repeat(32);

describe('the package', () => {
  const out = mkdtempSync(join(tmpdir(), 'client-dist-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds with its own configuration (browser library, no Node types) to JavaScript and declarations that import only its own files', async () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'packages/client/tsconfig.build.json'), '--outDir', out], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const js = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(js.sort()).toEqual(['client.js', join('gql', 'gql.js'), join('gql', 'graphql.js'), join('gql', 'index.js'), 'index.js'].sort());
    // At run time nothing but its own modules: no package, no Node built-in.
    const specifiers = js.flatMap((f) =>
      [...readFileSync(join(out, f), 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"\n]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!),
    );
    expect(specifiers.filter((s) => !s.startsWith('./') && !s.startsWith('../'))).toEqual([]);
    expect(readFileSync(join(out, 'index.d.ts'), 'utf8')).toContain("export * from './client.js'");
    const built = (await import(pathToFileURL(join(out, 'index.js')).href)) as typeof client;
    expect(typeof built.createClient).toBe('function');
    expect(documentHash(built.ViewerDocument)).toBe(documentHash(client.ViewerDocument));
  }, 120_000);

  it('every operation document carries the hash its manifest lists, and the manifest lists nothing else', () => {
    const manifest = parseManifest(readFileSync(CLIENT_MANIFEST, 'utf8'), 'client');
    const operations = Object.entries(client).filter(([name]) => name.endsWith('Document') && !name.endsWith('FragmentDoc'));
    expect(operations.length).toBeGreaterThanOrEqual(14);
    const hashes = operations.map(([name, doc]) => {
      const hash = documentHash(doc as { __meta__?: Record<string, unknown> });
      expect(hash, name).not.toBeNull();
      expect(manifest.has(hash!), name).toBe(true);
      // The manifest's text is the same operation (normalised), under the same name.
      expect(operationName(manifest.get(hash!)!)).toBe(name.replace(/Document$/, ''));
      return hash;
    });
    expect([...manifest.keys()].sort()).toEqual(hashes.sort());
  });
});

describe('the hash a request names', () => {
  const cases: [string, unknown, string | null | { field: string }][] = [
    ['none', undefined, null],
    ['no persistedQuery', { other: 1 }, null],
    ['lowercase hex', { persistedQuery: { version: 1, sha256Hash: HEX } }, HEX],
    ['uppercase hex, lowered', { persistedQuery: { version: 1, sha256Hash: HEX.toUpperCase() } }, HEX],
    ['version 2', { persistedQuery: { version: 2, sha256Hash: HEX } }, { field: 'extensions.persistedQuery.version' }],
    ['not an object', { persistedQuery: 'x' }, { field: 'extensions.persistedQuery.sha256Hash' }],
    ['a list', { persistedQuery: [] }, { field: 'extensions.persistedQuery.sha256Hash' }],
    ['with the sha256: prefix', { persistedQuery: { version: 1, sha256Hash: `sha256:${HEX}` } }, { field: 'extensions.persistedQuery.sha256Hash' }],
    ['63 characters', { persistedQuery: { version: 1, sha256Hash: HEX.slice(1) } }, { field: 'extensions.persistedQuery.sha256Hash' }],
    ['not hex', { persistedQuery: { version: 1, sha256Hash: 'g'.repeat(64) } }, { field: 'extensions.persistedQuery.sha256Hash' }],
    ['a megabyte', { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(1 << 20) } }, { field: 'extensions.persistedQuery.sha256Hash' }],
    ['a number', { persistedQuery: { version: 1, sha256Hash: 5 } }, { field: 'extensions.persistedQuery.sha256Hash' }],
  ];
  it.each(cases)('%s', (_name, extensions, expected) => {
    const run = () => requestedHash({ extensions: extensions as Record<string, unknown> | undefined });
    if (expected === null || typeof expected === 'string') return expect(run()).toBe(expected);
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expected.field });
    expect((error as GraphQLError).message.length).toBeLessThan(200);
  });
});

describe('a manifest', () => {
  const doc = 'query A { company { name } }';
  const hash = sha256Hex(doc);
  const cases: [string, string, string | number][] = [
    ['keys with the sha256: prefix', JSON.stringify({ [`sha256:${hash}`]: doc }), 1],
    ['bare hex keys', JSON.stringify({ [hash]: doc }), 1],
    ['empty', '{}', 0],
    ['not JSON', '{', 'not JSON'],
    ['a list', '[]', 'expected an object'],
    ['a key that is no hash', JSON.stringify({ abc: doc }), 'is not a SHA-256'],
    ['a hash that is not its document’s', JSON.stringify({ [`sha256:${HEX}`]: doc }), 'is not the SHA-256 of its document'],
    ['a document that is no string', JSON.stringify({ [hash]: 1 }), 'is not a string'],
  ];
  it.each(cases)('%s', (_name, json, expected) => {
    if (typeof expected === 'number') return expect(parseManifest(json, 'm.json').size).toBe(expected);
    expect(() => parseManifest(json, 'm.json')).toThrow(expected);
  });
});

describe('the client’s helpers', () => {
  it('reads a document’s hash and operation name', () => {
    expect(documentHash({ __meta__: { hash: `sha256:${HEX.toUpperCase()}` } })).toBe(HEX);
    expect(documentHash({ __meta__: { hash: 'sha1:abc' } })).toBeNull();
    expect(documentHash({})).toBeNull();
    expect(operationName('fragment F on User { id } query Me { me { ...F } }')).toBe('Me');
    expect(operationName('mutation Lock($id: ID!) { lockInvoice(id: $id) { __typename } }')).toBe('Lock');
    expect(operationName('{ me { id } }')).toBeUndefined();
  });

  it('tells a typed error result from a success and unwraps the success', () => {
    type R =
      | { __typename: 'MutationLockInvoiceSuccess'; data: { id: string } }
      | { __typename: 'ValidationError'; code: 'VALIDATION_FAILED'; message: string; issues: unknown[] };
    const ok: R = { __typename: 'MutationLockInvoiceSuccess', data: { id: '1' } };
    const bad: R = { __typename: 'ValidationError', code: 'VALIDATION_FAILED', message: 'The invoice is incomplete.', issues: [] };
    expect(isTypedError(ok)).toBe(false);
    expect(isTypedError(bad)).toBe(true);
    expect(unwrap(ok).data.id).toBe('1');
    expect(() => unwrap(bad)).toThrow(ResultError);
    try {
      unwrap(bad);
    } catch (e) {
      expect((e as ResultError).code).toBe('VALIDATION_FAILED');
      expect((e as ResultError).result).toBe(bad);
    }
  });
});

describe('what the client sends and how it reads the answer', () => {
  /** A client whose fetch records each request and answers with `answer`. */
  function recording(answer: () => Response, options: Partial<Parameters<typeof createClient>[0]> = {}) {
    const sent: { url: string; headers: Record<string, string>; body: Record<string, unknown> }[] = [];
    const api = createClient({
      url: 'https://api.example.com/graphql',
      ...options,
      fetch: async (url, init) => {
        sent.push({ url: String(url), headers: init!.headers as Record<string, string>, body: JSON.parse(String(init!.body)) as Record<string, unknown> });
        return answer();
      },
    });
    return { api, sent };
  }
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/graphql-response+json' } });

  it('a registered document by its hash alone (default), or its text; the token getToken gives at the time', async () => {
    let token = 'first';
    const { api, sent } = recording(() => json({ data: { lockInvoice: { __typename: 'NotFoundError' } } }), { getToken: () => token });
    await api.request(LockInvoiceDocument, { id: 'SW52b2ljZTox' });
    token = 'second';
    await createClient({
      url: 'https://api.example.com/graphql',
      token: 'fixed',
      send: 'text',
      fetch: async (_u, init) => {
        sent.push({ url: '', headers: init!.headers as Record<string, string>, body: JSON.parse(String(init!.body)) as Record<string, unknown> });
        return json({ data: { me: null } });
      },
    }).request(ViewerDocument);
    await api.request(LockInvoiceDocument, { id: 'x' });
    expect(sent[0]!.body).toEqual({
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(LockInvoiceDocument) } },
      operationName: 'LockInvoice',
      variables: { id: 'SW52b2ljZTox' },
    });
    expect(sent[0]!.headers.authorization).toBe('Bearer first');
    expect(sent[1]!.body).toEqual({ query: ViewerDocument.toString(), operationName: 'Viewer', variables: {} });
    expect(sent[1]!.headers.authorization).toBe('Bearer fixed');
    expect(sent[2]!.headers.authorization).toBe('Bearer second');
  });

  it('GraphQL errors become a GraphQLRequestError with their codes; an answer that is not GraphQL a NetworkError', async () => {
    const refused = recording(() => json({ errors: [{ message: 'No.', extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] }, 400)).api;
    const error = await refused.request(ViewerDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect([
      (error as GraphQLRequestError).status,
      (error as GraphQLRequestError).code,
      (error as GraphQLRequestError).has('TRUSTED_DOCUMENT_REQUIRED'),
    ]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED', true]);
    const html = recording(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } })).api;
    await expect(html.request(ViewerDocument)).rejects.toBeInstanceOf(NetworkError);
  });

  it('types a request by its document', () => {
    const { api } = recording(() => json({ data: {} }));
    // Variables are required where the operation requires them, and typed.
    // @ts-expect-error the id is required
    void (() => api.request(LockInvoiceDocument));
    // @ts-expect-error an id is a string (or number), not a boolean
    void (() => api.request(LockInvoiceDocument, { id: true }));
    // @ts-expect-error no such variable
    void (() => api.request(LockInvoiceDocument, { id: 'x', force: true }));
    const typed = async () => {
      const r = await api.request(LockInvoiceDocument, { id: 'x' });
      if (r.lockInvoice.__typename === 'MutationLockInvoiceSuccess') {
        const locked: boolean = r.lockInvoice.data.locked;
        return locked;
      }
      // @ts-expect-error no such field on the result
      return r.lockInvoice.data;
    };
    expect(typeof typed).toBe('function');
  });
});
