// An invoice is not locked while an active connection's accounting system would refuse it: the
// lock asks every active connection's connector rules (`preflight.invoice`) inside its
// transaction and answers a typed error naming the connection and what it refuses; the invoice
// stays unlocked. Shown with a connector whose rule refuses a customer reference with "!".
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorManifest } from '@nordic-invoicing/connector-sdk';
import template from '../../connectors/template/index.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { createInvoice, updateInvoice } from '../../src/modules/invoices/service.js';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';

const picky: ConnectorManifest = {
  ...template,
  id: 'picky-ledger',
  name: 'Picky Ledger',
  preflight: {
    invoice: (inv) => (inv.yourReference?.includes('!') ? [{ field: 'yourReference', message: `the reference "${inv.yourReference}" contains "!"` }] : []),
  },
};

const h = useHarness({ connectors: [picky] });

const PreLock = graphql(`
  mutation PreLock($id: ID!) {
    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } }
  }
`);

describe('the invoice lock asks the active connections’ rules', () => {
  let c: TestCompany;
  let db: TenantDb;
  let projectId: string;
  let connectionId: string;
  const gid = (id: string) => Buffer.from(`Invoice:${id}`).toString('base64');
  const invoice = (reference: string) =>
    createInvoice(db, {
      projectId,
      lines: [
        { description: 'Arbete', quantity: new Prisma.Decimal(2), unitPrice: new Prisma.Decimal(500), vatRate: new Prisma.Decimal(25), accountNumber: 3001 },
      ],
      fields: { invoiceDate: '2026-11-02', customerReference: reference },
    });

  beforeAll(async () => {
    c = await h.company();
    db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
    const auth = {
      actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' },
      permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
    };
    const customerId = await createCustomer(db, auth, {
      name: 'Kund AB',
      type: 'COMPANY',
      invoiceAddress: { address1: 'Storgatan 1', postcode: '111 22', city: 'Stockholm' },
    });
    projectId = await createProject(db, { customerId, name: 'Projekt', statusCode: 40 });
    await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 3001, name: 'Försäljning' }) });
    const conn = await db.connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({
        sandbox: true,
        connectorId: picky.id,
        name: 'Ledger AB',
        settings: { baseUrl: 'http://127.0.0.1:9' },
      }),
    });
    connectionId = conn.id;
  });

  it('refuses with a typed error naming the connection and what it refuses; the invoice stays unlocked', async () => {
    const id = await invoice('Hej!');
    const r = (await h.data(PreLock, { id: gid(id) }, c.adminToken)).lockInvoice;
    expect(r).toEqual({
      __typename: 'ValidationError',
      issues: [
        {
          path: 'export.Ledger AB.yourReference',
          code: 'REFUSED_BY_ACCOUNTING_SYSTEM',
          message: 'Ledger AB (Picky Ledger) would refuse it: the reference "Hej!" contains "!"',
        },
      ],
    });
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).locked).toBe(false);
    // Fixed, it locks.
    await updateInvoice(db, id, { customerReference: 'Hej' });
    expect((await h.data(PreLock, { id: gid(id) }, c.adminToken)).lockInvoice).toEqual({ __typename: 'MutationLockInvoiceSuccess', data: { locked: true } });
  });

  it('an inactive connection is not asked', async () => {
    await db.connection.update({ where: { id: connectionId }, data: { active: false } });
    const id = await invoice('Hej!');
    expect((await h.data(PreLock, { id: gid(id) }, c.adminToken)).lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');
    await db.connection.update({ where: { id: connectionId }, data: { active: true } });
  });
});
