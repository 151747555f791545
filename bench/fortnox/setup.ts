// What the Fortnox benchmarks set up in a database: a company with a backlog of N customers and
// M projects (status 40, spread over the customers; generate.ts), and a sandbox Fortnox
// connection to a fake Fortnox with the fake's credentials encrypted. Used by bench/fortnox
// (one company, thousands of entities) and bench/runs (hundreds of companies, a few dozen each).
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.js';
import { createCompanyWithAdmin, type NewCompany } from '../../src/modules/companies/bootstrap.js';
import type { SecretBox } from '../../src/integration/runtime/crypto.js';
import type { FortnoxFake } from '../../connectors/fortnox/fake/server.js';
import { customer, project } from './generate.js';

export interface Backlog extends NewCompany {
  /** The company's tenant-scoped database access (as its administrator, signature ADM). */
  db: TenantDb;
}

const BATCH = 1000;

/** A company with an administrator, `customers` customers and `projects` projects at status 40. */
export async function createBacklog(prisma: PrismaClient, o: { name: string; email: string; customers: number; projects: number }): Promise<Backlog> {
  const company = await createCompanyWithAdmin(prisma, { name: o.name, admin: { name: 'Admin', email: o.email, signature: 'ADM' } });
  const db = createTenantDb(prisma, { companyId: company.companyId, userId: company.adminUserId, signature: 'ADM' });
  for (let i = 0; i < o.customers; i += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, o.customers - i) }, (_, k) => scoped<Prisma.CustomerCreateManyInput>(customer(i + k)));
    await db.customer.createMany({ data: rows });
  }
  if (o.projects > 0) {
    if (o.customers < 1) throw new Error('projects need at least one customer');
    const customerIds = (await db.customer.findMany({ select: { id: true }, orderBy: { numberValue: 'asc' } })).map((c) => c.id);
    for (let j = 0; j < o.projects; j += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, o.projects - j) }, (_, k) =>
        scoped<Prisma.ProjectCreateManyInput>({
          ...project(j + k),
          // Spread over the customers: project j belongs to customer j·N/M.
          customerId: customerIds[Math.floor(((j + k) * o.customers) / o.projects)]!,
          projectManagerId: company.adminUserId,
        }),
      );
      await db.project.createMany({ data: rows });
    }
  }
  return { ...company, db };
}

/**
 * A Fortnox connection of the company to the fake, with the fake's credentials (a token pair of
 * its own: the fake's rate limit counts per access token). A sandbox connection: the fake
 * listens on 127.0.0.1, outside the connector's allowed hosts.
 */
export async function createFortnoxConnection(db: TenantDb, fake: FortnoxFake, secrets: SecretBox, name = 'Fortnox'): Promise<string> {
  const connection = await db.connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      sandbox: true,
      connectorId: 'fortnox',
      name,
      settings: { baseUrl: fake.url, tokenUrl: fake.tokenUrl },
      enabledFlows: [],
    }),
  });
  await db.connection.update({ where: { id: connection.id }, data: { credentials: secrets.encrypt(fake.credentials(), connection.id) } });
  return connection.id;
}
