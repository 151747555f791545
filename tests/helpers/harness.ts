// Per-file test harness: a private database, the real app (graphql-yoga) called in-process
// through its fetch handler, companies/users/tokens factories, and an SQL statement counter.
import { afterAll, beforeAll } from 'vitest';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createApp, type App } from '../../src/app.js';
import { createDatabaseClient, type PrismaClient } from '../../src/db/client.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import type { Permission } from '../../src/generated/prisma/enums.js';
import { createCompanyWithAdmin } from '../../src/modules/companies/bootstrap.js';
import { generateApiToken } from '../../src/modules/auth/tokens.js';
import { openTestDatabase, type TestDatabase } from './database.js';
import { randomBytes } from 'node:crypto';
import { createSecretBox } from '../../src/integration/runtime/crypto.js';
import { memoryRunLocks, postgresRunLocks } from '../../src/integration/runtime/locks.js';
import { loadConnectors, type ConnectorSource } from '../../src/integration/runtime/registry.js';
import { assembleRuntime, type IntegrationRuntime } from '../../src/integration/runtime/run.js';
import { deliverNotification } from '../../src/modules/notifications/index.js';
import { domainPorts } from '../../src/modules/ports.js';
import { eventPort } from '../../src/modules/events/index.js';
import { BUILT_IN_CONNECTORS, TEMPLATE_CONNECTOR } from '../../connectors/index.js';
import type { ConnectorManifest } from '@nordic-invoicing/connector-sdk';

export interface TestCompany {
  companyId: string;
  adminUserId: string;
  adminToken: string;
}

/** What the harness gives a company by default: everything a lock asks of the seller. */
export const COMPLETE_COMPANY_SETTINGS = {
  organisationNumber: '5560360793',
  vatNumber: 'SE556036079301',
  address1: 'Storgatan 1',
  postcode: '903 25',
  city: 'Umeå',
  registeredOffice: 'Umeå',
  bankgiro: '50501055',
  fSkatt: true,
} as const;

/** A complete invoice address for test customers (a lock needs the buyer's address). */
export const TEST_INVOICE_ADDRESS = { address1: 'Kundgatan 1', postcode: '111 22', city: 'Stockholm', countryCode: 'SE' } as const;

export interface TestUser {
  userId: string;
  token: string;
}

export class Harness {
  private counter = 0;
  constructor(
    /** Every SQL statement Prisma sent, in order. */
    readonly statements: string[],
    readonly db: TestDatabase,
    readonly prisma: PrismaClient,
    readonly app: App,
    /** The integration runtime the app uses; tests may set its notifier, clock and hooks. */
    readonly integrations: IntegrationRuntime,
    private readonly closeClient: () => Promise<void>,
  ) {}

  async close(): Promise<void> {
    await this.closeClient();
    await this.db.close();
  }

  /** Executes a typed operation through the HTTP handler, as a client would. */
  async exec<R, V>(doc: TypedDocumentNode<R, V>, variables: V, token: string | null): Promise<ExecutionResult<R> & { status: number }> {
    const res = await this.app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    return { ...((await res.json()) as ExecutionResult<R>), status: res.status };
  }

  /** Like exec, but fails the test on GraphQL errors and returns the data. */
  async data<R, V>(doc: TypedDocumentNode<R, V>, variables: V, token: string | null): Promise<R> {
    const r = await this.exec(doc, variables, token);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  /**
   * A company with an administrator. Its settings are complete for locking invoices (organisation
   * number, address, registered office, VAT number, bankgiro, F-skatt, a default payment term of
   * 30 days) unless `bare`: then only what a new company has (its name).
   */
  async company(name = `Company ${++this.counter}`, opts: { bare?: boolean } = {}): Promise<TestCompany> {
    const c = await createCompanyWithAdmin(this.prisma, {
      name,
      admin: { name: `Admin of ${name}`, email: `admin${this.counter}@example.com`, signature: `AD${this.counter}` },
    });
    if (!opts.bare) {
      const db = createTenantDb(this.prisma, { companyId: c.companyId, userId: null, signature: 'TEST' });
      const term = await db.paymentTerm.findFirstOrThrow({ where: { days: 30 } });
      await db.company.update({ where: { id: c.companyId }, data: { ...COMPLETE_COMPANY_SETTINGS, defaultPaymentTermId: term.id } });
    }
    return c;
  }

  /** A company as a new one starts: no organisation number, address, VAT number, bank details, F-skatt statement or default payment term. */
  async bareCompany(name = `Company ${++this.counter}`): Promise<TestCompany> {
    return this.company(name, { bare: true });
  }

  /** A user in `companyId` holding exactly `permissions`, with an API token. */
  async user(companyId: string, permissions: Permission[], name = `User ${++this.counter}`): Promise<TestUser> {
    const db = createTenantDb(this.prisma, { companyId, userId: null, signature: 'TEST' });
    const n = ++this.counter;
    const group = await db.group.create({
      data: scoped<Prisma.GroupUncheckedCreateInput>({ name: `Group ${n}`, permissions }),
    });
    const user = await db.user.create({
      data: scoped<Prisma.UserUncheckedCreateInput>({ name, email: `user${n}@example.com`, signature: `U${n}` }),
    });
    await db.userGroup.create({ data: scoped<Prisma.UserGroupUncheckedCreateInput>({ userId: user.id, groupId: group.id }) });
    const t = generateApiToken();
    await db.apiToken.create({
      data: scoped<Prisma.ApiTokenUncheckedCreateInput>({ userId: user.id, name: 'test', tokenHash: t.hash, tokenPrefix: t.displayPrefix }),
    });
    return { userId: user.id, token: t.token };
  }

  /** Runs `fn` and returns how many SQL statements it caused. */
  async countStatements(fn: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
    const start = this.statements.length;
    await fn();
    const statements = this.statements.slice(start);
    return { count: statements.length, statements };
  }
}

const quietLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** The built-in connectors, the template (tests use it as a generic connector), any a test adds and the packages it names. */
async function testRegistry(extra: readonly ConnectorManifest[], packages: readonly string[]) {
  const sources: ConnectorSource[] = [...BUILT_IN_CONNECTORS, TEMPLATE_CONNECTOR];
  for (const m of extra) sources.push({ source: `test:${m.id}`, module: { default: m } });
  return loadConnectors({ builtIn: sources, packages });
}

export interface HarnessOptions {
  /** Connectors registered besides the built-in ones. */
  connectors?: readonly ConnectorManifest[];
  /** Connector packages loaded as CONNECTOR_PACKAGES names them (names or absolute folder paths). */
  packages?: readonly string[];
}

export async function createHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const db = await openTestDatabase();
  const statements: string[] = [];
  const client = createDatabaseClient({
    url: db.url,
    poolSize: db.kind === 'pglite' ? 1 : 5,
    prepareReads: db.kind === 'postgres',
    onQuery: (sql) => statements.push(sql),
  });
  const integrations: IntegrationRuntime = assembleRuntime({
    prisma: client.prisma,
    registry: await testRegistry(opts.connectors ?? [], opts.packages ?? []),
    ports: domainPorts,
    notificationDelivery: deliverNotification,
    events: eventPort,
    secrets: createSecretBox(randomBytes(32)),
    locks: db.kind === 'postgres' ? postgresRunLocks(db.url) : memoryRunLocks(),
    notifier: null,
    log: process.env.TEST_LOG_ERRORS === '1' ? console : quietLogger,
    runTimeoutMs: 60_000,
    stopping: { value: false },
    // HTTP retries wait 1/100 of the time they would (Retry-After included).
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms / 100, 50))),
  });
  const app = createApp({ prisma: client.prisma, logErrors: process.env.TEST_LOG_ERRORS === '1', integrations });
  return new Harness(statements, db, client.prisma, app, integrations, client.close);
}

/** Registers beforeAll/afterAll for a harness in the calling test file. */
export function useHarness(opts: HarnessOptions = {}): Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await createHarness(opts);
  });
  afterAll(async () => {
    await h?.close();
  });
  return new Proxy({} as Harness, {
    get(_t, prop) {
      if (!h) throw new Error('Harness used outside a test');
      const v = (h as unknown as Record<PropertyKey, unknown>)[prop];
      // Bind the harness' own methods; leave other values (e.g. the yoga app, itself callable) as they are.
      return typeof v === 'function' && prop in Harness.prototype ? (v as (...a: unknown[]) => unknown).bind(h) : v;
    },
  });
}
