// On first start (no company yet) create one with an administrator and return its token.
import type { PrismaClient } from '../../generated/prisma/client.js';
import { createCompanyWithAdmin, type NewCompany } from './bootstrap.js';

export async function ensureInitialCompany(prisma: PrismaClient, name: string): Promise<NewCompany | null> {
  if ((await prisma.company.count()) > 0) return null;
  return createCompanyWithAdmin(prisma, {
    name,
    admin: { name: 'Administrator', email: 'admin@example.com', signature: 'ADM' },
  });
}
