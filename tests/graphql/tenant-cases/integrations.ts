// Cross-tenant cases for integrations: connections, runs and failures of company B are
// invisible to company A and cannot be changed, checked, run or retried by it.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../../gql/index.js';
import { createTenantDb, scoped } from '../../../src/db/tenant.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { execAsA, ok, rawId, remember, type TenantModule, type TenantWorld } from './world.js';

const TenantIntSeedConnection = graphql(`
  mutation TenantIntSeedConnection {
    createConnection(input: { connectorId: "template", name: "Victim Ledger Conn", sandbox: true, settings: { baseUrl: "http://127.0.0.1:9/victim-ledger" }, credentials: { apiKey: "victim-api-key" }, notificationEmails: ["victim-int@victim.se"] }) {
      __typename ... on MutationCreateConnectionSuccess { data { id } }
    }
  }
`);

const Q = {
  connectors: graphql(`query TenantConnectors { connectors { id flows { id } } }`),
  connectionFiles: graphql(`query TenantConnectionFiles($id: ID!) { connectionFiles(connectionId: $id, first: 10) { edges { node { id name url sha256 } } } }`),
  connections: graphql(`
    query TenantConnections {
      connections { id name settings notificationEmails runs(first: 10) { edges { node { id error failures { id reference message } } } } }
    }
  `),
};

const M = {
  createConnection: graphql(
    `mutation TenantCreateConnection { createConnection(input: { connectorId: "template", name: "Intruder Conn", settings: { baseUrl: "http://127.0.0.1:9/a" } }) { __typename ... on Error { code } ... on MutationCreateConnectionSuccess { data { id name } } } }`,
  ),
  updateConnection: graphql(
    `mutation TenantUpdateConnection($id: ID!) { updateConnection(input: { id: $id, name: "Hacked", active: false, notificationEmails: ["x@attacker.se"] }) { __typename ... on Error { code } ... on MutationUpdateConnectionSuccess { data { id name } } } }`,
  ),
  deleteConnection: graphql(`mutation TenantDeleteConnection($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }`),
  resumeConnection: graphql(
    `mutation TenantResumeConnection($id: ID!) { resumeConnection(id: $id) { __typename ... on Error { code } ... on MutationResumeConnectionSuccess { data { id } } } }`,
  ),
  setConnectionFlowEnabled: graphql(
    `mutation TenantSetConnectionFlow($id: ID!) { setConnectionFlowEnabled(id: $id, flowId: "project-part-export", enabled: true) { __typename ... on Error { code } } }`,
  ),
  connectionAuthorizeUrl: graphql(
    `mutation TenantConnectionAuthorizeUrl($id: ID!) { connectionAuthorizeUrl(id: $id, redirectUri: "http://localhost/cb", state: "state-123456") { __typename ... on Error { code } ... on MutationConnectionAuthorizeUrlSuccess { data } } }`,
  ),
  authorizeConnection: graphql(
    `mutation TenantAuthorizeConnection($id: ID!) { authorizeConnection(id: $id, code: "c", redirectUri: "http://localhost/cb") { __typename ... on Error { code } } }`,
  ),
  checkConnection: graphql(
    `mutation TenantCheckConnection($id: ID!) { checkConnection(id: $id) { __typename ... on Error { code } ... on MutationCheckConnectionSuccess { data { ok message } } } }`,
  ),
  runConnection: graphql(
    `mutation TenantRunConnection($id: ID!) { runConnection(id: $id) { __typename ... on Error { code } ... on MutationRunConnectionSuccess { data { id } } } }`,
  ),
  cancelConnectorRun: graphql(
    `mutation TenantCancelConnectorRun($id: ID!) { cancelConnectorRun(id: $id) { __typename ... on Error { code } ... on MutationCancelConnectorRunSuccess { data { id status } } } }`,
  ),
  reexportInvoices: graphql(
    `mutation TenantReexportInvoices($id: ID!, $invoiceIds: [ID!]!) { reexportInvoices(connectionId: $id, invoiceIds: $invoiceIds) { __typename ... on Error { code } ... on MutationReexportInvoicesSuccess { data { id } } } }`,
  ),
  reexportSupplierInvoices: graphql(
    `mutation TenantReexportSupplierInvoices($id: ID!, $supplierInvoiceIds: [ID!]!) { reexportSupplierInvoices(connectionId: $id, supplierInvoiceIds: $supplierInvoiceIds) { __typename ... on Error { code } ... on MutationReexportSupplierInvoicesSuccess { data { id } } } }`,
  ),
  retryConnectorFailure: graphql(
    `mutation TenantRetryConnectorFailure($id: ID!) { retryConnectorFailure(id: $id) { __typename ... on Error { code } ... on MutationRetryConnectorFailureSuccess { data { id } } } }`,
  ),
};

const seeded = new WeakMap<TenantWorld, { connection: string; failure: string; queued: string }>();

export const integrationsTenantModule: TenantModule = {
  name: 'integrations',
  async seed(w) {
    w.markers.push(
      'victim-run-file.si',
      'Victim SIE content',
      'victim-ledger',
      'victim-int@victim.se',
      'victim-api-key',
      'Victim failure reference',
      'Victim remote message',
    );
    const connection = remember(w, 'Connection', rawId(ok((await w.h.data(TenantIntSeedConnection, {}, w.b.adminToken)).createConnection).id));
    const db = createTenantDb(w.h.prisma, { companyId: w.b.companyId, userId: null, signature: 'SEED' });
    const run = await db.connectorRun.create({
      data: scoped<Prisma.ConnectorRunUncheckedCreateInput>({ connectionId: connection, trigger: 'SCHEDULE', status: 'PARTIAL', error: 'Victim run error' }),
    });
    remember(w, 'ConnectorRun', run.id);
    const flow = await db.connectorRunFlow.create({
      data: scoped<Prisma.ConnectorRunFlowUncheckedCreateInput>({ runId: run.id, flowId: 'customer-export', position: 0, status: 'PARTIAL', failed: 1 }),
    });
    const failure = await db.connectorRunFailure.create({
      data: scoped<Prisma.ConnectorRunFailureUncheckedCreateInput>({
        runId: run.id,
        runFlowId: flow.id,
        flowId: 'customer-export',
        entityType: 'customer',
        entityId: connection,
        reference: 'Victim failure reference',
        message: 'Victim remote message',
      }),
    });
    remember(w, 'ConnectorRunFailure', failure.id);
    const file = await db.runFile.create({
      data: scoped<Prisma.RunFileUncheckedCreateInput>({
        connectionId: connection,
        runId: run.id,
        flowId: 'invoice-export',
        name: 'victim-run-file.si',
        contentType: 'text/plain',
        size: 18,
        sha256: 'b'.repeat(64),
        bytes: new TextEncoder().encode('Victim SIE content'),
      }),
    });
    remember(w, 'RunFile', file.id);
    // A run the victim's admin asked for, waiting: another company cannot cancel it.
    const queued = await db.connectorRun.create({
      data: scoped<Prisma.ConnectorRunUncheckedCreateInput>({ connectionId: connection, trigger: 'MANUAL', status: 'QUEUED' }),
    });
    remember(w, 'ConnectorRun', queued.id);
    seeded.set(w, { connection, failure: failure.id, queued: queued.id });
  },
  cases(w) {
    const exec = execAsA(w);
    const s = seeded.get(w)!;
    const c = encodeGlobalID('Connection', s.connection);
    return {
      connectors: { run: () => exec(Q.connectors, {}) },
      connections: { run: () => exec(Q.connections, {}) },
      connectionFiles: { run: () => exec(Q.connectionFiles, { id: c }) },
      reexportInvoices: {
        run: () => exec(M.reexportInvoices, { id: c, invoiceIds: [encodeGlobalID('Invoice', s.connection)] }),
        expectError: 'NotFoundError',
      },
      reexportSupplierInvoices: {
        run: () => exec(M.reexportSupplierInvoices, { id: c, supplierInvoiceIds: [encodeGlobalID('SupplierInvoice', s.connection)] }),
        expectError: 'NotFoundError',
      },
      createConnection: { run: () => exec(M.createConnection, {}) },
      updateConnection: { run: () => exec(M.updateConnection, { id: c }), expectError: 'NotFoundError' },
      deleteConnection: { run: () => exec(M.deleteConnection, { id: c }), expectError: 'NotFoundError' },
      setConnectionFlowEnabled: { run: () => exec(M.setConnectionFlowEnabled, { id: c }), expectError: 'NotFoundError' },
      resumeConnection: { run: () => exec(M.resumeConnection, { id: c }), expectError: 'NotFoundError' },
      connectionAuthorizeUrl: { run: () => exec(M.connectionAuthorizeUrl, { id: c }), expectError: 'NotFoundError' },
      authorizeConnection: { run: () => exec(M.authorizeConnection, { id: c }), expectError: 'NotFoundError' },
      checkConnection: { run: () => exec(M.checkConnection, { id: c }), expectError: 'NotFoundError' },
      runConnection: { run: () => exec(M.runConnection, { id: c }), expectError: 'NotFoundError' },
      cancelConnectorRun: { run: () => exec(M.cancelConnectorRun, { id: encodeGlobalID('ConnectorRun', s.queued) }), expectError: 'NotFoundError' },
      retryConnectorFailure: {
        run: () => exec(M.retryConnectorFailure, { id: encodeGlobalID('ConnectorRunFailure', s.failure) }),
        expectError: 'NotFoundError',
      },
    };
  },
};
