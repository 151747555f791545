// `npm run seed` says what it did: the company (and its token) it created or found, how many
// customers and contacts it loaded, or why it loaded nothing. Runs on both databases.
import { describe, expect, it } from 'vitest';
import { createTenantDb } from '../../src/db/tenant.js';
import { ALL_PERMISSIONS } from '../../src/modules/auth/permissions.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { seed } from '../../src/scripts/seed.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createInvoice, lockInvoice } from '../../src/modules/invoices/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { useHarness } from '../helpers/harness.js';

const h = useHarness();

async function me(token: string) {
  const res = await h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { signature } customers(first: 1) { totalCount } }' }),
  });
  return ((await res.json()) as { data?: unknown }).data;
}

describe('seed', () => {
  it('on an empty database: creates the company with its administrator, prints the token once, loads the demo data', async () => {
    const lines = await seed(h.prisma, 'Demo Bygg AB');
    const token = /npi_\S+/.exec(lines.join('\n'))![0];
    expect(lines).toEqual([
      'Created company "Demo Bygg AB" with an administrator (signature ADM).',
      'Administrator API token (shown once, store it now):',
      '',
      `  ${token}`,
      '',
      'Loaded demo data into "Demo Bygg AB": 15 customers with 25 contacts.',
    ]);
    expect(await me(token)).toEqual({ me: { signature: 'ADM' }, customers: { totalCount: 15 } });
  });

  it('again: loads nothing and says why', async () => {
    expect(await seed(h.prisma, 'Other name AB')).toEqual([
      'Company "Demo Bygg AB" exists already: no company or token created.',
      'Loaded nothing: the company "Demo Bygg AB" already has 15 customers; demo data loads only into an empty customer register.',
    ]);
  });

  it('into an existing company whose customer register is empty: loads the demo data without a new company or token', async () => {
    const company = (await h.prisma.company.findFirst())!;
    const db = createTenantDb(h.prisma, { companyId: company.id, userId: null, signature: 'T' });
    await db.contact.deleteMany({});
    await db.customer.deleteMany({});
    expect(await seed(h.prisma, 'Other name AB')).toEqual([
      'Company "Demo Bygg AB" exists already: no company or token created.',
      'Loaded demo data into "Demo Bygg AB": 15 customers with 25 contacts.',
    ]);
    await db.contact.deleteMany({});
    await db.customer.deleteMany({});
    const actor = { companyId: company.id, userId: '', signature: 'T' };
    await createCustomer(db, { actor, permissions: new Set(ALL_PERMISSIONS) }, { name: 'Enda Kunden AB', type: 'COMPANY' });
    expect((await seed(h.prisma, 'Other name AB'))[1]).toBe(
      'Loaded nothing: the company "Demo Bygg AB" already has 1 customer; demo data loads only into an empty customer register.',
    );
  });

  it('gives the demo company what a lock asks of the seller, so an invoice to a demo customer locks', async () => {
    const company = (await h.prisma.company.findFirst())!;
    expect(company).toMatchObject({
      organisationNumber: '5591234561',
      vatNumber: 'SE559123456101',
      registeredOffice: 'Umeå',
      bankgiro: '50501055',
      fSkatt: true,
    });
    const db = createTenantDb(h.prisma, { companyId: company.id, userId: null, signature: 'T' });
    expect((await db.paymentTerm.findUniqueOrThrow({ where: { id: company.defaultPaymentTermId! } })).days).toBe(30);
    const customerId = await createCustomer(
      db,
      { actor: { companyId: company.id, userId: '', signature: 'T' }, permissions: new Set(ALL_PERMISSIONS) },
      { name: 'Låskund AB', type: 'COMPANY', invoiceAddress: { address1: 'Storgatan 3', postcode: '903 26', city: 'Umeå' } },
    );
    const projectId = await createProject(db, { customerId, name: 'Demo', statusCode: 40 });
    const id = await createInvoice(db, {
      projectId,
      lines: [{ description: 'Arbete', quantity: new Prisma.Decimal(1), unitPrice: new Prisma.Decimal(100), vatRate: new Prisma.Decimal(25) }],
    });
    expect(await lockInvoice(db, id, 'T')).toMatchObject({ locked: true });
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).dueDate).not.toBeNull();
  });
});
