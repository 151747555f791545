// The conformance kit's host (the SDK's ConformanceHost) on this API: a private real database
// (the embedded one, or a PostgreSQL database when TEST_DATABASE_URL is set) started per suite,
// the app and its integration runtime as in production, the connector registered as built in, as
// an extra manifest, or loaded from CONNECTOR_PACKAGES entries. Customers and projects are made
// through the domain services; connections are created and run through GraphQL, as an admin would.
import { followRun } from '../helpers/runs.js';
import type { ConformanceHost } from '@nordic-invoicing/connector-sdk/conformance';
import type { ConnectorManifest } from '@nordic-invoicing/connector-sdk';
import { graphql } from '../gql/index.js';
import { createHarness } from '../helpers/harness.js';
import { virtualRateLimits } from '../helpers/virtual-rate-limits.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { createCustomer, updateCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';

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
        data { id status }
      }
      ... on Error { message }
    }
  }
`);

export interface HostOptions {
  /**
   * How the connector reaches the registry: 'builtIn' (connectors/index.ts lists it),
   * 'manifest' (registered as given) or the CONNECTOR_PACKAGES entries that load it.
   */
  registration: 'builtIn' | 'manifest' | { packages: string[] };
}

/** A host factory for `runConformance(subject, { host })`. */
export function apiHost(opts: HostOptions): (connector: ConnectorManifest) => Promise<ConformanceHost> {
  return async (connector) => {
    const reg = opts.registration;
    const h = await createHarness(reg === 'builtIn' ? {} : reg === 'manifest' ? { connectors: [connector] } : { packages: reg.packages });
    // The connector's rate limit keeps its quota per window on a clock that moves by what it waits
    // (tests/helpers/virtual-rate-limits.ts): the kit's runs send the same requests in the same
    // windows without waiting out real ones (Fortnox: 25 requests per 5.1 s).
    virtualRateLimits(h.integrations);
    const company = await h.company('Kit Company');
    const db = () => createTenantDb(h.prisma, { companyId: company.companyId, userId: null, signature: 'KIT' });
    const auth = () => ({
      actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'KIT' },
      permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
    });
    const byNumber = (number: string) => db().customer.findFirstOrThrow({ where: { number } });
    return {
      async createCustomer(name) {
        const id = await createCustomer(db(), auth(), {
          name,
          type: 'COMPANY',
          invoiceAddress: { address1: 'Storgatan 1', postcode: '111 22', city: 'Stockholm' },
        });
        return (await db().customer.findUniqueOrThrow({ where: { id } })).number;
      },
      async renameCustomer(number, name) {
        await updateCustomer(db(), auth(), (await byNumber(number)).id, { name });
      },
      async createProject(customerNumber, name) {
        await createProject(db(), { name, customerId: (await byNumber(customerNumber)).id, statusCode: 40 });
      },
      async createConnection(input) {
        const r = await h.data(
          CreateConnection,
          {
            input: {
              connectorId: input.connectorId,
              name: 'Kit',
              sandbox: true,
              settings: input.settings,
              credentials: { ...input.credentials, extra: {} },
              enabledFlows: input.enabledFlows,
            },
          },
          company.adminToken,
        );
        if (r.createConnection.__typename !== 'MutationCreateConnectionSuccess') throw new Error(`createConnection: ${JSON.stringify(r.createConnection)}`);
        return r.createConnection.data.id;
      },
      async run(connectionId, { dryRun }) {
        const r = await h.data(RunConnection, { id: connectionId, dryRun }, company.adminToken);
        if (r.runConnection.__typename !== 'MutationRunConnectionSuccess') throw new Error(`run refused: ${JSON.stringify(r.runConnection)}`);
        // Queued at once; followed until it has finished, as a client does.
        const run = await followRun(h, r.runConnection.data.id, company.adminToken);
        return { ...run, flows: run.flows.map((f) => ({ ...f, planned: Array.isArray(f.planned) ? f.planned : null })) };
      },
      async customerNumbers() {
        return (await db().customer.findMany({ select: { number: true } })).map((c) => c.number);
      },
      crashBeforeIdMapWrite(entityType) {
        let armed = entityType;
        h.integrations.beforeIdMapWrite =
          armed === null
            ? undefined
            : (type) => {
                if (type === armed) {
                  armed = null;
                  throw new Error('simulated crash after the remote create');
                }
              };
      },
      close: () => h.close(),
    };
  };
}
