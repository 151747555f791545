// Creating a company (tenant) with its defaults, an administrator and a first API token.
// Used on first start, by `npm run seed` and by tests.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { Permission } from '../../generated/prisma/enums.js';
import { createTenantDb, scoped, SYSTEM_SIGNATURE } from '../../db/tenant.js';
import { ALL_PERMISSIONS, generateApiToken } from '../auth/index.js';

export const DEFAULT_GROUPS: { name: string; permissions: Permission[] }[] = [
  { name: 'Administrators', permissions: ALL_PERMISSIONS },
  {
    name: 'Office',
    permissions: [
      'CUSTOMER_VIEW',
      'CUSTOMER_EDIT',
      'CUSTOMER_CREATE',
      'CUSTOMER_UPLOAD',
      'CUSTOMER_ASSIGN',
      'PROJECT_VIEW',
      'PROJECT_CREATE',
      'PROJECT_EDIT',
      'INVOICE_VIEW',
      'INVOICE_EDIT',
      'INVOICE_LOCK',
    ],
  },
  { name: 'Technicians', permissions: ['CUSTOMER_VIEW_ASSIGNED', 'CUSTOMER_EDIT_ASSIGNED', 'PROJECT_VIEW'] },
];

/** Default project statuses (codes decide behaviour; names are the company's to change). */
export const DEFAULT_PROJECT_STATUSES = [
  { code: 10, name: 'Quote' },
  { code: 20, name: 'Not ordered' },
  { code: 40, name: 'Ordered' },
  { code: 50, name: 'Ongoing' },
  { code: 80, name: 'Ready for final invoice' },
  { code: 90, name: 'Finished' },
  { code: 99, name: 'Closed' },
];

export const DEFAULT_INVOICE_STATUSES = [
  { code: 10, name: 'Draft' },
  { code: 50, name: 'To review' },
  { code: 90, name: 'Sent' },
];

export const DEFAULT_PAYMENT_TERMS = [
  { code: '10', name: '10 days net', days: 10 },
  { code: '15', name: '15 days net', days: 15 },
  { code: '20', name: '20 days net', days: 20 },
  { code: '30', name: '30 days net', days: 30 },
];

export interface NewCompanyInput {
  name: string;
  organisationNumber?: string | null;
  vatNumber?: string | null;
  admin: { name: string; email: string; signature: string };
}

export interface NewCompany {
  companyId: string;
  adminUserId: string;
  /** The administrator's API token in plain text: shown once, stored hashed. */
  adminToken: string;
}

export async function createCompanyWithAdmin(prisma: PrismaClient, input: NewCompanyInput): Promise<NewCompany> {
  const company = await prisma.company.create({
    data: { name: input.name, organisationNumber: input.organisationNumber ?? null, vatNumber: input.vatNumber ?? null },
  });
  const db = createTenantDb(prisma, { companyId: company.id, userId: null, signature: SYSTEM_SIGNATURE });
  try {
    return await db.$transaction(async (tx) => {
      const groups = [];
      for (const g of DEFAULT_GROUPS)
        groups.push(await tx.group.create({ data: scoped<Prisma.GroupUncheckedCreateInput>({ name: g.name, permissions: g.permissions }) }));
      await tx.paymentTerm.createMany({ data: DEFAULT_PAYMENT_TERMS.map((p) => scoped<Prisma.PaymentTermCreateManyInput>(p)) });
      await tx.projectStatus.createMany({
        data: DEFAULT_PROJECT_STATUSES.map((p) => scoped<Prisma.ProjectStatusCreateManyInput>(p)),
      });
      await tx.invoiceStatus.createMany({
        data: DEFAULT_INVOICE_STATUSES.map((p) => scoped<Prisma.InvoiceStatusCreateManyInput>(p)),
      });
      const admin = await tx.user.create({ data: scoped<Prisma.UserUncheckedCreateInput>({ ...input.admin }) });
      await tx.userGroup.create({ data: scoped<Prisma.UserGroupUncheckedCreateInput>({ userId: admin.id, groupId: groups[0]!.id }) });
      const t = generateApiToken();
      await tx.apiToken.create({
        data: scoped<Prisma.ApiTokenUncheckedCreateInput>({
          userId: admin.id,
          name: 'Initial administrator token',
          tokenHash: t.hash,
          tokenPrefix: t.displayPrefix,
        }),
      });
      return { companyId: company.id, adminUserId: admin.id, adminToken: t.token };
    });
  } catch (err) {
    await prisma.company.delete({ where: { id: company.id } });
    throw err;
  }
}
