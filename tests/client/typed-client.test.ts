// The typed client against the real API over HTTP: the server started from its configuration
// (TRUSTED_DOCUMENTS=only, API tokens held to the registered documents, an extra manifest) and
// used through the client package's operations; then the same database served by apps with the
// other settings (allow; only with API tokens free; off) to show who may send what.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectionRunsDocument,
  ConnectionsDocument,
  CreateCustomerDocument,
  CreateInvoiceDocument,
  CreateProjectDocument,
  createClient,
  CustomerDocument,
  CustomersDocument,
  GraphQLRequestError,
  InvoiceDocument,
  InvoicesDocument,
  LockInvoiceDocument,
  LoginDocument,
  LogoutDocument,
  ProjectDocument,
  ProjectsDocument,
  RefreshSessionDocument,
  ResultError,
  UpdateCustomerDocument,
  ViewerDocument,
  documentHash,
  isTypedError,
  unwrap,
  type Client,
  type SessionTokensFragment,
  type TypedDocument,
} from '@nordic-invoicing/client';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/start.js';
import { createApp, type App } from '../../src/app.js';
import { createLogger } from '../../src/observability/logger.js';
import { sha256Hex, type TrustedDocumentsSettings } from '../../src/http/trusted-documents.js';
import { openTestDatabase, type TestDatabase } from '../helpers/database.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';

const EXTRA = 'query ExtraCompanyName { company { name } }';

let db: TestDatabase;
let server: RunningServer;
let dir: string;
let adminToken: string;
const listening: Server[] = [];

/** An app served over HTTP on a free loopback port; its GraphQL URL. */
async function serve(app: App): Promise<string> {
  const http = createServer(app);
  listening.push(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address() as { port: number };
  return `http://127.0.0.1:${address.port}/graphql`;
}

/** An app on the same database with these settings for registered documents. */
function appWith(trustedDocuments: TrustedDocumentsSettings | undefined): Promise<string> {
  return serve(createApp({ prisma: server.db.prisma, logErrors: false, ...(trustedDocuments ? { trustedDocuments } : {}) }));
}

/** A raw POST (what any other client might send); status and body. */
async function post(url: string, body: unknown, token: string | null = adminToken) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

const byHash = (doc: { __meta__?: Record<string, unknown> }) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(doc) } } });
const codes = (r: Awaited<ReturnType<typeof post>>) => (r.body.errors ?? []).map((e) => e.extensions?.code);

/** What the request failed with (a GraphQLRequestError), or a failure of the test when it did not. */
async function refusal(p: Promise<unknown>): Promise<GraphQLRequestError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof GraphQLRequestError) return e;
    throw e;
  }
  throw new Error('the request was accepted');
}

beforeAll(async () => {
  db = await openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'trusted-'));
  writeFileSync(join(dir, 'extra.json'), JSON.stringify({ [`sha256:${sha256Hex(EXTRA)}`]: EXTRA }));
  const config = loadConfig({
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: db.kind === 'pglite' ? '1' : '3',
    INTEGRATION_SECRET_KEY: randomBytes(32).toString('hex'),
    PORT: '0',
    HOST: '127.0.0.1',
    CONNECTOR_SCHEDULER: 'false',
    TRUSTED_DOCUMENTS: 'only',
    TRUSTED_DOCUMENTS_API_TOKENS: 'registered',
    TRUSTED_DOCUMENTS_MANIFESTS: join(dir, 'extra.json'),
  });
  server = await startServer(config, { print: () => undefined, logger: createLogger({ level: 'silent' }) });
  adminToken = server.initialAdminToken!;
  expect(adminToken).toMatch(/^npi_/);
});

afterAll(async () => {
  for (const http of listening) http.close();
  await server?.stop();
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the typed client against the server (TRUSTED_DOCUMENTS=only, API tokens held to the list)', () => {
  let api: Client;
  let url: string;
  beforeAll(() => {
    url = `${server.url}/graphql`;
    api = createClient({ url, getToken: () => adminToken });
  });

  it('works through the documented operations, sent by hash: viewer, customers with contacts, projects with work orders and ÄTA, invoices with lines, lock, connections', async () => {
    const viewer = await api.request(ViewerDocument);
    expect(viewer.me.permissions.length).toBeGreaterThan(0);
    expect(viewer.company.name).toBe('My Company AB');

    const created = unwrap(
      (
        await api.request(CreateCustomerDocument, {
          input: {
            name: 'Bygg & Måleri AB',
            type: 'COMPANY',
            invoiceAddress: { address1: 'Kundgatan 1', postcode: '111 22', city: 'Stockholm', countryCode: 'SE' },
            contacts: [{ name: 'Anna Andersson', email: 'anna@example.com' }],
          },
        })
      ).createCustomer,
    ).data;
    expect(created.contacts.edges.map((e) => e.node.name)).toEqual(['Anna Andersson']);
    const updated = unwrap((await api.request(UpdateCustomerDocument, { input: { id: created.id, phone: '08-123 45 67' } })).updateCustomer).data;
    expect(updated.phone).toBe('08-123 45 67');
    expect((await api.request(CustomerDocument, { id: created.id })).customer?.invoiceAddress.city).toBe('Stockholm');
    const list = await api.request(CustomersDocument, { search: 'Måleri' });
    expect(list.customers.edges.map((e) => [e.node.name, e.node.contacts.edges.length])).toEqual([['Bygg & Måleri AB', 1]]);

    const project = unwrap((await api.request(CreateProjectDocument, { input: { customerId: created.id, name: 'Kontor' } })).createProject).data;
    expect(project.workOrders.totalCount).toBe(0);
    expect((await api.request(ProjectDocument, { id: project.id })).project?.customer?.id).toBe(created.id);
    expect((await api.request(ProjectsDocument)).projects.edges.map((e) => e.node.id)).toContain(project.id);

    const invoice = unwrap(
      (
        await api.request(CreateInvoiceDocument, {
          input: { projectId: project.id, invoiceDate: '2026-03-02', lines: [{ description: 'Arbete', quantity: '2', unitPrice: '500', vatRate: '25' }] },
        })
      ).createInvoice,
    ).data;
    expect(invoice.lines.map((l) => [l.description, l.amount])).toEqual([['Arbete', '1000.00']]);

    // A typed error result: the new company lacks what a lock asks of the seller.
    let resultError: unknown;
    try {
      unwrap((await api.request(LockInvoiceDocument, { id: invoice.id })).lockInvoice);
    } catch (e) {
      resultError = e;
    }
    expect(resultError).toBeInstanceOf(ResultError);
    const typed = (resultError as ResultError).result as { __typename: string; issues?: { path: string }[] };
    expect(typed.__typename).toBe('ValidationError');
    expect(typed.issues?.map((i) => i.path)).toContain('company.organisationNumber');

    // The settings through another app on the same database that accepts free-form documents.
    await completeCompanySettings(await appWith({ mode: 'allow', manifests: [], apiTokens: 'free-form' }));
    const locked = unwrap((await api.request(LockInvoiceDocument, { id: invoice.id })).lockInvoice).data;
    expect(locked.locked).toBe(true);
    expect(locked.ocrReference).toBeTruthy();
    const one = (await api.request(InvoiceDocument, { id: invoice.id })).invoice!;
    expect([one.locked, one.total, one.lines.length, one.vatGroups.map((g) => [g.rate, g.base, g.vat])]).toEqual([
      true,
      '1250.00',
      1,
      [['25', '1000.00', '250.00']],
    ]);
    const invoices = await api.request(InvoicesDocument, { filter: { locked: true } });
    expect(invoices.invoices.edges.map((e) => e.node.id)).toEqual([invoice.id]);

    expect((await api.request(ConnectionsDocument)).connections).toEqual([]);
    expect((await api.request(ConnectionRunsDocument, { id: created.id })).node).toEqual({});
  });

  it('refuses any free-form document, an API token’s too, with TRUSTED_DOCUMENT_REQUIRED, and runs none of it', async () => {
    const free = await refusal(createClient({ url, token: adminToken, send: 'text' }).request(ViewerDocument));
    expect([free.status, free.code]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED']);
    const mutation = 'mutation { createCustomer(input: { name: "Smuggled AB" }) { __typename } }';
    for (const token of [adminToken, null]) {
      const r = await post(url, { query: mutation }, token);
      expect([r.status, codes(r)]).toEqual([400, ['TRUSTED_DOCUMENT_REQUIRED']]);
      // A registered hash beside a free-form query does not let the query through.
      const both = await post(url, { query: mutation, ...byHash(ViewerDocument) }, token);
      expect(codes(both)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    }
    expect((await api.request(CustomersDocument, { search: 'Smuggled' })).customers.totalCount).toBe(0);
    // A GET is held to the same rule.
    const get = await fetch(`${url}?query=${encodeURIComponent('{ company { name } }')}`, {
      headers: { authorization: `Bearer ${adminToken}`, accept: 'application/json' },
    });
    expect(((await get.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('a hash no manifest has is PERSISTED_QUERY_NOT_FOUND; a malformed one a typed error naming the field; no document at all TRUSTED_DOCUMENT_REQUIRED', async () => {
    const unknown = await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('query Unknown { me { id } }') } } });
    expect([unknown.status, codes(unknown)]).toEqual([400, ['PERSISTED_QUERY_NOT_FOUND']]);
    const malformed = await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: `${'x'.repeat(100_000)}` } } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'extensions.persistedQuery.sha256Hash' });
    expect(JSON.stringify(malformed.body).length).toBeLessThan(1000);
    const none = await post(url, { variables: {} });
    expect(codes(none)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
  });

  it('accepts the documents of the extra manifest by hash', async () => {
    const r = await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(EXTRA) } } });
    expect(r.body).toEqual({ data: { company: { name: 'My Company AB' } } });
  });
});

async function completeCompanySettings(url: string) {
  const api = createClient({ url, token: adminToken, send: 'text' });
  const terms = await api.request(textDocument<{ paymentTerms: { id: string; days: number }[] }>('query Terms { paymentTerms { id days } }'));
  const r = await api.request(
    textDocument<{ updateCompanySettings: { __typename: string } }, { input: Record<string, unknown> }>(
      'mutation Settings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename } }',
    ),
    {
      input: {
        organisationNumber: '5560360793',
        vatNumber: 'SE556036079301',
        address1: 'Storgatan 1',
        postcode: '903 25',
        city: 'Umeå',
        registeredOffice: 'Umeå',
        bankgiro: '50501055',
        fSkatt: true,
        defaultPaymentTermId: terms.paymentTerms.find((t) => t.days === 30)!.id,
      },
    },
  );
  expect(r.updateCompanySettings.__typename).toBe('MutationUpdateCompanySettingsSuccess');
}

/** A document from its text alone (no registered hash): how a frontend sends an operation the client package does not have. */
function textDocument<R, V = Record<string, never>>(text: string): TypedDocument<R, V> {
  return { toString: () => text } as TypedDocument<R, V>;
}

describe('the other settings, on the same database', () => {
  it('allow: registered documents by hash and free-form documents, from API tokens and anonymous requests alike', async () => {
    const url = await appWith({ mode: 'allow', manifests: [], apiTokens: 'free-form' });
    expect((await createClient({ url, token: adminToken }).request(ViewerDocument)).company.name).toBe('My Company AB');
    expect((await createClient({ url, token: adminToken, send: 'text' }).request(ViewerDocument)).company.name).toBe('My Company AB');
    expect((await post(url, { query: '{ __typename }' }, null)).body).toEqual({ data: { __typename: 'Query' } });
    expect(codes(await post(url, byHash({ __meta__: { hash: sha256Hex('nothing') } }), null))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('only, API tokens free: an API token may send free-form documents; an anonymous request and a bearer that is not an API token (a session’s) may not', async () => {
    const url = await appWith({ mode: 'only', manifests: [], apiTokens: 'free-form' });
    expect((await post(url, { query: '{ company { name } }' })).body).toEqual({ data: { company: { name: 'My Company AB' } } });
    expect(codes(await post(url, { query: '{ __typename }' }, null))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    expect(codes(await post(url, { query: '{ __typename }' }, `npa_${randomBytes(32).toString('base64url')}`))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    // An API-token-shaped bearer that is not one (revoked, invented) gets no exception either.
    expect(codes(await post(url, { query: '{ __typename }' }, `npi_${randomBytes(32).toString('base64url')}`))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    // Registered documents by hash for everyone (an anonymous request then meets the API's own rules).
    expect((await post(url, byHash(ViewerDocument), adminToken)).body.data).toMatchObject({ company: { name: 'My Company AB' } });
    expect(codes(await post(url, byHash(ViewerDocument), null))).toEqual(['UNAUTHENTICATED']);
  });

  it('off (the app without the setting): a hash alone is no document', async () => {
    const url = await appWith(undefined);
    const r = await post(url, byHash(ViewerDocument));
    expect(r.status).toBe(400);
    expect((await createClient({ url, token: adminToken, send: 'text' }).request(ViewerDocument)).company.name).toBe('My Company AB');
  });

  it('the start fails on a manifest whose document does not fit the schema', () => {
    const bad = 'query Gone { company { noSuchField } }';
    const file = join(dir, 'stale.json');
    writeFileSync(file, JSON.stringify({ [`sha256:${sha256Hex(bad)}`]: bad }));
    expect(() => createApp({ prisma: server.db.prisma, trustedDocuments: { mode: 'allow', manifests: [file], apiTokens: 'free-form' } })).toThrow(
      /does not fit the schema/,
    );
  });
});

describe('the client’s token, refresh and cancellation', () => {
  it('asks getToken for every request and, refused as UNAUTHENTICATED, retries once after onUnauthenticated', async () => {
    const url = `${server.url}/graphql`;
    let token = `npi_${randomBytes(32).toString('base64url')}`;
    let refreshes = 0;
    const api = createClient({
      url,
      getToken: async () => token,
      onUnauthenticated: async () => {
        refreshes++;
        token = adminToken;
        return true;
      },
    });
    expect((await api.request(ViewerDocument)).company.name).toBe('My Company AB');
    expect(refreshes).toBe(1);
    // Without a refresh the error arrives typed.
    const stale = await refusal(createClient({ url, token: 'npi_wrong' }).request(ViewerDocument));
    expect(stale.code).toBe('UNAUTHENTICATED');
  });

  it('stops a request when its signal aborts', async () => {
    const api = createClient({ url: `${server.url}/graphql`, token: adminToken });
    const controller = new AbortController();
    const pending = api.request(ViewerDocument, {}, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('an unreachable API is a NetworkError', async () => {
    const http = createServer();
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const port = (http.address() as { port: number }).port;
    await new Promise((resolve) => http.close(resolve));
    await expect(createClient({ url: `http://127.0.0.1:${port}/graphql`, token: adminToken }).request(ViewerDocument)).rejects.toMatchObject({
      name: 'NetworkError',
    });
  });
});

describe('logging in where only registered documents are accepted', () => {
  it('a frontend logs in, works and refreshes its session by hash alone; its session token may not send free-form documents even where API tokens may', async () => {
    const url = await appWith({ mode: 'only', manifests: [], apiTokens: 'free-form' });
    const viewer = await createClient({ url, token: adminToken }).request(ViewerDocument);
    const password = 'a long and correct password';
    await server.db.prisma.user.updateMany({ where: { email: viewer.me.email }, data: { passwordHash: await hashPassword(password) } });

    let session: SessionTokensFragment | null = null;
    let refreshes = 0;
    const api: Client = createClient({
      url,
      getToken: () => session?.accessToken,
      // The frontend's refresh: a registered document too, sent without the expired access token.
      onUnauthenticated: async () => {
        if (!session) return false;
        refreshes++;
        const r = (await createClient({ url }).request(RefreshSessionDocument, { refreshToken: session.refreshToken })).refreshSession;
        // A refresh token that no longer works: the user logs in again.
        session = isTypedError(r) ? null : unwrap(r).data;
        return session !== null;
      },
    });
    const outcome = unwrap((await api.request(LoginDocument, { input: { email: viewer.me.email, password } })).login).data;
    if (outcome.__typename !== 'LoginSession') throw new Error(`expected a session, got ${outcome.__typename}`);
    session = outcome;
    expect(session.accessToken.startsWith('npi_')).toBe(false);
    expect((await api.request(ViewerDocument)).me.email).toBe(viewer.me.email);

    // The session's token is held to the registered documents; the API token is not.
    expect(codes(await post(url, { query: '{ company { name } }' }, session.accessToken))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    expect((await post(url, { query: '{ company { name } }' }, adminToken)).body.data).toEqual({ company: { name: 'My Company AB' } });

    // A stale access token: refused as UNAUTHENTICATED, refreshed by the client, the request sent again.
    session = { ...session, accessToken: `${session.accessToken.slice(0, 4)}${randomBytes(32).toString('base64url')}` };
    expect((await api.request(ViewerDocument)).me.email).toBe(viewer.me.email);
    expect(refreshes).toBe(1);

    expect(unwrap((await api.request(LogoutDocument)).logout).__typename).toBe('MutationLogoutSuccess');
    // Logged out: the access token is refused, the refresh token too, and the error arrives typed.
    expect((await refusal(api.request(ViewerDocument))).code).toBe('UNAUTHENTICATED');
    expect(session).toBeNull();
    expect(refreshes).toBe(2);
  });
});
