// `npm run seed`: loads the demo data (src/scripts/demo-data.ts) into the first company, creating
// that company with an administrator first when there is none, and says what it did: whether it
// created the company (and printed its token), how many customers and contacts it loaded, or why
// it loaded nothing (demo data loads only into an empty customer register). On the embedded
// database while the server runs, through the server's database (see src/scripts/cli.ts).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from '../generated/prisma/client.js';
import { createTenantDb } from '../db/tenant.js';
import { ensureInitialCompany } from '../modules/companies/first-start.js';
import { parseOptions, runCommand } from './cli.js';
import { seedDemoData } from './demo-data.js';

export const SEED_USAGE = `Usage: npm run seed [-- --help]

Loads demo data (companies and private customers with contacts, ROT-ready private customers,
and demo values for the invoice settings the company has not set: organisation number,
address, registered office, VAT number, bankgiro, F-skatt, 30 days net as default payment term)
into the first company's customer register, if that register is empty. When there is no company
yet, creates one (INITIAL_COMPANY_NAME) with an administrator and prints the administrator's API
token once.

While the server runs on the embedded database, the data goes into its database (it sees it at
once); otherwise the command holds the database for its duration. With DATABASE_URL, that server.

A new token for an existing user: npm run token -- --user <e-mail or signature>
`;

async function counts(prisma: PrismaClient, companyId: string) {
  const db = createTenantDb(prisma, { companyId, userId: null, signature: 'DEMO' });
  return { customers: await db.customer.count(), contacts: await db.contact.count() };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Seeds and returns the lines that report it. */
export async function seed(prisma: PrismaClient, initialCompanyName: string): Promise<string[]> {
  const lines: string[] = [];
  const initial = await ensureInitialCompany(prisma, initialCompanyName);
  const company = await prisma.company.findFirst({ orderBy: { createdAt: 'asc' } });
  if (!company) throw new Error('No company was created.');
  if (initial) {
    lines.push(
      `Created company "${company.name}" with an administrator (signature ADM).`,
      'Administrator API token (shown once, store it now):',
      '',
      `  ${initial.adminToken}`,
      '',
    );
  } else {
    lines.push(`Company "${company.name}" exists already: no company or token created.`);
  }
  lines.push(await loadDemoData(prisma, company));
  return lines;
}

/** Loads the demo data into the company if its customer register is empty; returns the line that says what happened. */
export async function loadDemoData(prisma: PrismaClient, company: { id: string; name: string }): Promise<string> {
  const before = await counts(prisma, company.id);
  if (before.customers > 0) {
    return (
      `Loaded nothing: the company "${company.name}" already has ${plural(before.customers, 'customer', 'customers')}; ` +
      'demo data loads only into an empty customer register.'
    );
  }
  const n = await seedDemoData(prisma);
  const after = await counts(prisma, company.id);
  return n > 0
    ? `Loaded demo data into "${company.name}": ${plural(n, 'customer', 'customers')} with ${plural(after.contacts - before.contacts, 'contact', 'contacts')}.`
    : `Loaded nothing: customers were added to "${company.name}" meanwhile (it has ${plural(after.customers, 'customer', 'customers')}); ` +
        'demo data loads only into an empty customer register.';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await runCommand({
    usage: SEED_USAGE,
    parse: (argv) => parseOptions(argv, {}),
    failure: 'Seeding failed',
    run: async (db, _args, config) => {
      const lines = await seed(db.prisma, config.INITIAL_COMPANY_NAME);
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    },
  });
}
