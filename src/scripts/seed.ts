// `npm run seed`: loads demo data into the configured database (stop the server first when
// it uses the embedded database: PGlite allows one process at a time).
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { ensureInitialCompany } from '../modules/companies/first-start.js';
import { seedDemoData } from './demo-data.js';

const config = loadConfig();
const db = await openDatabase(config);
try {
  const initial = await ensureInitialCompany(db.prisma, config.INITIAL_COMPANY_NAME);
  if (initial) console.log(`Created company "${config.INITIAL_COMPANY_NAME}". Administrator API token (shown once):\n\n  ${initial.adminToken}\n`);
  const n = await seedDemoData(db.prisma);
  console.log(n ? `Loaded demo data: ${n} customers with contacts.` : 'Demo data already present; nothing loaded.');
} finally {
  await db.close();
}
