// The connector conformance kit. A connector's test file calls `runConformance(...)` with the
// connector, a way to start its fake server and how to read the fake's customers; the kit then
// runs the connector through the real runner (GraphQL → run executor → flows → real HTTP to the
// fake) on a real database and checks the contract every connector must keep:
//   - the manifest is valid and has base flows;
//   - a second run with no changes sends no writes;
//   - a dry run sends no writes and lists what it would do;
//   - a remote 4xx on one entity is reported with its reference, the others still go through,
//     and the entity is retried on every run until it passes;
//   - 429 answers are retried and the run completes;
//   - a crash between a remote create and the id-map write, followed by a re-run, leaves no
//     duplicate remote entity.
// Customers are the entity the kit changes and checks: every accounting connector exports them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useHarness, type Harness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { createCustomer, updateCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { manifestIssues } from '../../src/integration/sdk/define.js';
import type { ConnectorManifest, Credentials } from '../../src/integration/sdk/types.js';
import type { FakeFailRule, FakeServer } from '../../src/integration/sdk/testing.js';

export interface ConformanceOptions<F extends FakeServer> {
  connector: ConnectorManifest;
  /** Whether the connector is built in (connectors/<id>); otherwise the kit registers it. */
  builtIn?: boolean;
  startFake(): Promise<F>;
  /** Connection settings pointing at the fake. */
  settings(fake: F): Record<string, unknown>;
  credentials: Credentials;
  /** Optional flows to enable (default none). */
  enabledFlows?: string[];
  customers: {
    /** Customer numbers as the fake holds them (duplicates included). */
    remoteNumbers(fake: F): string[];
    /** A rule making the fake reject (4xx) the create of the customer with this number. */
    rejectCreate(number: string): FakeFailRule;
  };
}

const CreateConnection = graphql(`
  mutation KitCreateConnection($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      __typename
      ... on MutationCreateConnectionSuccess { data { id } }
      ... on Error { message }
    }
  }
`);

const RunConnection = graphql(`
  mutation KitRunConnection($id: ID!, $dryRun: Boolean) {
    runConnection(id: $id, dryRun: $dryRun) {
      __typename
      ... on MutationRunConnectionSuccess {
        data {
          id
          status
          error
          flows { flowId status created updated unchanged failed error planned }
          failures { entityType entityId reference message flowId }
        }
      }
      ... on Error { message }
    }
  }
`);

export function runConformance<F extends FakeServer>(o: ConformanceOptions<F>): void {
  describe(`connector conformance: ${o.connector.id}`, () => {
    const h: Harness = useHarness(o.builtIn ? {} : { connectors: [o.connector] });
    let fake: F;
    let company: TestCompany;
    let connectionId: string;
    let seq = 0;
    const db = () => createTenantDb(h.prisma, { companyId: company.companyId, userId: null, signature: 'KIT' });
    const auth = () => ({
      actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'KIT' },
      permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
    });
    const newCustomer = async (name = `Kit Customer ${++seq}`) => {
      const id = await createCustomer(db(), auth(), {
        name,
        type: 'COMPANY',
        invoiceAddress: { address1: 'Storgatan 1', postcode: '111 22', city: 'Stockholm' },
      });
      return (await db().customer.findUniqueOrThrow({ where: { id } })).number;
    };
    const run = async (dryRun = false) => {
      const r = await h.data(RunConnection, { id: connectionId, dryRun }, company.adminToken);
      if (r.runConnection.__typename !== 'MutationRunConnectionSuccess') throw new Error(`run refused: ${JSON.stringify(r.runConnection)}`);
      return r.runConnection.data;
    };
    const localNumbers = async () => (await db().customer.findMany({ select: { number: true } })).map((c) => c.number).sort();

    beforeAll(async () => {
      fake = await o.startFake();
      company = await h.company();
      const base = await newCustomer('Kit First Customer');
      await newCustomer();
      const customer = await db().customer.findFirstOrThrow({ where: { number: base } });
      await createProject(db(), { name: 'Kit Project', customerId: customer.id, statusCode: 40 });
      const r = await h.data(
        CreateConnection,
        {
          input: {
            connectorId: o.connector.id,
            name: 'Kit',
            sandbox: true,
            settings: o.settings(fake),
            credentials: { ...o.credentials, extra: {} } as never,
            enabledFlows: o.enabledFlows ?? [],
          },
        },
        company.adminToken,
      );
      if (r.createConnection.__typename !== 'MutationCreateConnectionSuccess') throw new Error(`createConnection: ${JSON.stringify(r.createConnection)}`);
      connectionId = r.createConnection.data.id;
    });
    afterAll(async () => {
      h.integrations.beforeIdMapWrite = undefined;
      await fake?.close();
    });

    it('has a valid manifest with base flows', () => {
      expect(manifestIssues(o.connector)).toEqual([]);
      expect(o.connector.flows.some((f) => f.base)).toBe(true);
    });

    it('first run exports the customers; a second run with no changes sends no writes', async () => {
      const first = await run();
      expect(first.error).toBeNull();
      expect(first.status).toBe('SUCCEEDED');
      expect(o.customers.remoteNumbers(fake).sort()).toEqual(await localNumbers());
      const writes = fake.writes();
      const second = await run();
      expect(second.status).toBe('SUCCEEDED');
      expect(fake.writes()).toBe(writes);
    });

    it('a dry run sends no writes and lists the planned operations', async () => {
      const number = await newCustomer();
      const writes = fake.writes();
      const dry = await run(true);
      expect(fake.writes()).toBe(writes);
      expect(dry.status).toBe('SUCCEEDED');
      const planned = dry.flows.flatMap((f) => (f.planned as unknown[] | null) ?? []);
      expect(planned.length).toBeGreaterThan(0);
      expect(o.customers.remoteNumbers(fake)).not.toContain(number);
      // Nothing was recorded either: the real run still sends it.
      await run();
      expect(o.customers.remoteNumbers(fake)).toContain(number);
    });

    it('a remote 4xx on one entity is reported with its reference, the others go through, and it is retried every run until it passes', async () => {
      const rejected = await newCustomer();
      const accepted = await newCustomer();
      fake.fail(o.customers.rejectCreate(rejected));
      const r = await run();
      expect(r.status).toBe('PARTIAL');
      expect(r.failures).toEqual([expect.objectContaining({ entityType: 'customer', reference: `Customer ${rejected}` })]);
      expect(r.failures[0]!.message.length).toBeGreaterThan(0);
      expect(o.customers.remoteNumbers(fake)).toContain(accepted);
      expect(o.customers.remoteNumbers(fake)).not.toContain(rejected);
      // Unchanged locally, still failing remotely: reported again.
      const again = await run();
      expect(again.failures.map((f) => f.reference)).toEqual([`Customer ${rejected}`]);
      fake.clearFailures();
      const fixed = await run();
      expect(fixed.status).toBe('SUCCEEDED');
      expect(o.customers.remoteNumbers(fake)).toContain(rejected);
    });

    it('retries 429 answers and completes the run', async () => {
      const number = await newCustomer();
      fake.fail({ path: /.*/, status: 429, headers: { 'Retry-After': '1' }, times: 2 });
      const r = await run();
      fake.clearFailures();
      expect(r.status).toBe('SUCCEEDED');
      expect(o.customers.remoteNumbers(fake)).toContain(number);
    });

    it('a crash between a remote create and the id-map write, then a re-run, leaves no duplicate', async () => {
      const number = await newCustomer();
      let crashed = false;
      h.integrations.beforeIdMapWrite = (type) => {
        if (type === 'customer' && !crashed) {
          crashed = true;
          throw new Error('simulated crash after the remote create');
        }
      };
      const crashedRun = await run();
      h.integrations.beforeIdMapWrite = undefined;
      expect(crashed).toBe(true);
      expect(crashedRun.status).toBe('FAILED');
      expect(o.customers.remoteNumbers(fake)).toContain(number);
      const rerun = await run();
      expect(rerun.status).toBe('SUCCEEDED');
      const remote = o.customers.remoteNumbers(fake);
      expect(remote.filter((n) => n === number)).toHaveLength(1);
      expect(new Set(remote).size).toBe(remote.length);
      // And the entity is now known: a further run sends nothing.
      const writes = fake.writes();
      await run();
      expect(fake.writes()).toBe(writes);
    });

    it('sends a changed customer again, once', async () => {
      const c = await db().customer.findFirstOrThrow({ where: { name: 'Kit First Customer' } });
      await updateCustomer(db(), auth(), c.id, { name: 'Kit First Customer Renamed' });
      const writes = fake.writes();
      const r = await run();
      expect(r.status).toBe('SUCCEEDED');
      expect(fake.writes()).toBe(writes + 1);
    });
  });
}
