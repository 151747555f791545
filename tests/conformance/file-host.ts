// The file kit's host (the SDK's FileConformanceHost) on this API: a private real database, the
// app and its integration runtime as in production, the connector registered as built in.
// Invoices are made and locked through the invoice services; connections are created, changed
// and run through GraphQL, and the files are listed (connectionFiles) and downloaded
// (GET /run-files/<id>) as an admin does.
import type { FileConformanceHost } from '@nordic-invoicing/connector-sdk/conformance';
import type { ConnectorManifest } from '@nordic-invoicing/connector-sdk';
import { followRun } from '../helpers/runs.js';
import { graphql } from '../gql/index.js';
import { createHarness } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { createInvoice, lockInvoice } from '../../src/modules/invoices/service.js';

const FileKitCreate = graphql(`
  mutation FileKitCreate($input: CreateConnectionInput!) {
    createConnection(input: $input) { __typename ... on MutationCreateConnectionSuccess { data { id } } ... on Error { message } }
  }
`);
const FileKitUpdate = graphql(`
  mutation FileKitUpdate($id: ID!, $settings: JSON) {
    updateConnection(input: { id: $id, settings: $settings }) { __typename ... on Error { message } }
  }
`);
const FileKitRun = graphql(`
  mutation FileKitRun($id: ID!, $dryRun: Boolean) {
    runConnection(id: $id, dryRun: $dryRun) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } }
  }
`);
const FileKitFiles = graphql(`
  query FileKitFiles($id: ID!) { connectionFiles(connectionId: $id, first: 100) { edges { node { name url } } } }
`);

/** A host factory for `runFileConformance(subject, { host })`. */
export function apiFileHost(): (connector: ConnectorManifest) => Promise<FileConformanceHost> {
  return async () => {
    const h = await createHarness({});
    const company = await h.company('File Kit Company');
    const db = () => createTenantDb(h.prisma, { companyId: company.companyId, userId: company.adminUserId, signature: 'KIT' });
    await db().account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 3001, name: 'Försäljning' }) });
    const customerId = await createCustomer(
      db(),
      { actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'KIT' }, permissions: new Set(['CUSTOMER_CREATE'] as const) },
      { name: 'Kit Customer', type: 'COMPANY', invoiceAddress: { address1: 'Storgatan 1', postcode: '111 22', city: 'Stockholm' } },
    );
    const projectId = await createProject(db(), { name: 'Kit Project', customerId, statusCode: 40 });
    const ok = (r: { __typename?: string }, what: string) => {
      if (!r.__typename?.endsWith('Success')) throw new Error(`${what}: ${JSON.stringify(r)}`);
    };
    return {
      async lockInvoice({ vatRate }) {
        const id = await createInvoice(db(), {
          projectId,
          lines: [
            {
              description: 'Arbete',
              quantity: new Prisma.Decimal(1),
              unitPrice: new Prisma.Decimal(1000),
              vatRate: new Prisma.Decimal(vatRate),
              accountNumber: 3001,
            },
          ],
        });
        await lockInvoice(db(), id, 'KIT');
        return (await db().invoice.findUniqueOrThrow({ where: { id }, select: { number: true } })).number;
      },
      async createConnection(input) {
        const r = (await h.data(FileKitCreate, { input: { ...input, name: 'File Kit' } }, company.adminToken)).createConnection;
        ok(r, 'createConnection');
        return (r as { data: { id: string } }).data.id;
      },
      async updateSettings(connectionId, settings) {
        ok((await h.data(FileKitUpdate, { id: connectionId, settings }, company.adminToken)).updateConnection, 'updateConnection');
      },
      async run(connectionId, { dryRun }) {
        const r = (await h.data(FileKitRun, { id: connectionId, dryRun }, company.adminToken)).runConnection;
        ok(r, 'runConnection');
        const run = await followRun(h, (r as { data: { id: string } }).data.id, company.adminToken);
        return { ...run, flows: run.flows.map((f) => ({ ...f, planned: Array.isArray(f.planned) ? f.planned : null })) };
      },
      async files(connectionId) {
        const nodes = (await h.data(FileKitFiles, { id: connectionId }, company.adminToken)).connectionFiles.edges.map((e) => e.node).reverse();
        return Promise.all(
          nodes.map(async (n) => {
            const res = await h.app.fetch(`http://test.local${n.url}`, { headers: { authorization: `Bearer ${company.adminToken}` } });
            if (res.status !== 200) throw new Error(`GET ${n.url}: ${res.status}`);
            return { name: n.name, bytes: new Uint8Array(await res.arrayBuffer()) };
          }),
        );
      },
      crashBeforeIdMapWrite(entityType) {
        let armed = entityType;
        h.integrations.beforeIdMapWrite =
          armed === null
            ? undefined
            : (type) => {
                if (type === armed) {
                  armed = null;
                  throw new Error('simulated crash after the file was written');
                }
              };
      },
      close: () => h.close(),
    };
  };
}
