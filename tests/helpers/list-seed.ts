// Seed data for the compiled-list tests: one varied register per company (customers of both
// types with valid identity numbers, assigned to different users, with and without visiting/mail
// addresses and custom fields; contacts; projects on every status with work orders and ÄTA;
// cost centres, suppliers, accounts; supplier invoices with rows on project/AO/ÄTA/cost centre,
// approvals and documents; vouchers with rows on accounts in and outside the chart, and files).
// Written straight through the tenant-scoped client (no business rules run), deterministically.
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.js';
import { luhnCheckDigit } from '../../src/modules/customers/identity-numbers.js';
import { mulberry32 } from './selection-gen.js';

export interface SeededUser {
  userId: string;
  token: string;
}

export interface ListSeed {
  /** Ids (database uuids) per model, in creation order. */
  customers: { id: string; assignedUserId: string | null }[];
  contacts: string[];
  projects: { id: string; customerId: string; projectManagerId: string | null }[];
  workOrders: string[];
  changeOrders: string[];
  suppliers: string[];
  supplierInvoices: string[];
  supplierInvoiceRows: string[];
  vouchers: string[];
  costCentres: string[];
  invoices: string[];
  /** Rows created and deleted again (their ids resolve to nothing). */
  deleted: Record<'Customer' | 'Contact' | 'Project' | 'WorkOrder' | 'ChangeOrder' | 'SupplierInvoice' | 'Voucher', string>;
}

export interface SeedSize {
  customers: number;
  projects: number;
  supplierInvoices: number;
  vouchers: number;
}

export const COMPANY_A_SIZE: SeedSize = { customers: 15, projects: 8, supplierInvoices: 12, vouchers: 12 };
export const COMPANY_B_SIZE: SeedSize = { customers: 3, projects: 2, supplierInvoices: 2, vouchers: 2 };

/** An organisation number (10 digits, valid check digit; third digit ≥ 2 as for legal persons). */
export function organisationNumber(n: number): string {
  const nine = `55${String(6000000 + n * 7919).slice(-7)}`;
  return `${nine}${luhnCheckDigit(nine)}`;
}

/** A personnummer (12 digits YYYYMMDDNNNK, valid check digit) of someone born in 19xx. */
export function personalIdentityNumber(n: number): string {
  const year = 40 + (n % 50);
  const month = 1 + (n % 12);
  const day = 1 + (n % 28);
  const nine = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(100 + n * 37).slice(-3)}`;
  return `19${nine}${luhnCheckDigit(nine)}`;
}

const STATUS_CODES = [10, 20, 40, 50, 50, 80, 90, 99];
const CUSTOMER_NAMES = [
  'Åkesson Bygg AB',
  'Berg & Son 100% Måleri',
  'Carlsson, Eva',
  'Dalarnas El under_score AB',
  'Ek, Per',
  'Fönsterfabriken i Väst AB',
  'Gustafsson, Lisa',
  'Husföreningen Linden',
  'Isaksson Rör AB',
  'Johansson, Karl',
  'Kvarnen Fastigheter AB',
  'Lindqvist, Anna',
  'Mälardalens Mark AB',
  'Nyström, Olle',
  'Östra Tak AB',
];

/**
 * Seeds one company's register. `users` are the company's users customers are assigned to, that
 * manage projects and approve supplier invoices (at least two); `tag` keeps numbers and names
 * apart between companies.
 */
export async function seedLists(prisma: PrismaClient, companyId: string, tag: string, size: SeedSize, users: string[]): Promise<ListSeed> {
  const rnd = mulberry32(tag.charCodeAt(0) * 7 + size.customers);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const db = createTenantDb(prisma, { companyId, userId: null, signature: `SEED${tag}` });
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

  await db.customFieldDefinition.createMany({
    data: [
      scoped<Prisma.CustomFieldDefinitionUncheckedCreateInput>({ key: 'region', label: 'Region', type: 'SELECT', options: ['Nord', 'Syd'], position: 2 }),
      scoped<Prisma.CustomFieldDefinitionUncheckedCreateInput>({ key: 'size', label: 'Storlek', type: 'NUMBER', position: 1 }),
      scoped<Prisma.CustomFieldDefinitionUncheckedCreateInput>({ key: 'vip', label: 'VIP', type: 'BOOLEAN', position: 3 }),
      scoped<Prisma.CustomFieldDefinitionUncheckedCreateInput>({ key: 'old', label: 'Gammal', type: 'TEXT', position: 4, active: false }),
    ],
  });
  const term = await db.paymentTerm.findFirst({ where: { days: 30 } });

  const costCentres = [];
  for (const [i, name] of ['Stockholm', 'Göteborg', 'Malmö'].entries()) {
    costCentres.push(await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: `${tag}KS${i + 1}`, name, active: i !== 2 }) }));
  }
  const accounts = [4010, 4020, 5410, 6110];
  await db.account.createMany({
    data: accounts.map((number, i) =>
      scoped<Prisma.AccountUncheckedCreateInput>({
        number,
        name: `Konto ${number}`,
        kind: i === 0 ? 'MATERIAL' : i === 1 ? 'WORK' : null,
        defaultVatRate: i === 3 ? null : '25',
        active: i !== 3,
      }),
    ),
  });
  const suppliers = [];
  for (let i = 0; i < 4; i++) {
    suppliers.push(
      await db.supplier.create({
        data: scoped<Prisma.SupplierUncheckedCreateInput>({
          number: `${tag}L${i + 1}`,
          name: `${tag} Leverantör ${['Ahlsell', 'Beijer', 'Dahl', 'Örnsköldsvik Trä'][i]}`,
          organisationNumber: i === 3 ? null : organisationNumber(900 + i),
          bankgiro: i % 2 === 0 ? '50501055' : null,
          city: i === 1 ? 'Umeå' : null,
        }),
      }),
    );
  }

  // Customers: private and company, active and inactive, assigned or not, addresses and custom fields on some.
  const customers: ListSeed['customers'] = [];
  for (let i = 0; i < size.customers; i++) {
    const priv = i % 3 === 1;
    const numeric = i % 7 !== 5;
    const number = numeric ? `${tag === 'A' ? '' : '9'}${1000 + ((i * 37) % 100)}` : `${tag}K-${i}`;
    const c = await db.customer.create({
      data: scoped<Prisma.CustomerUncheckedCreateInput>({
        number,
        numberValue: numeric ? BigInt(number) : null,
        name: `${tag === 'A' ? '' : 'B '}${CUSTOMER_NAMES[i % CUSTOMER_NAMES.length]!}`,
        type: priv ? 'PRIVATE' : 'COMPANY',
        organisationNumber: priv ? null : i % 5 === 4 ? null : organisationNumber(i),
        personalIdentityNumber: priv && i % 2 === 0 ? personalIdentityNumber(i) : null,
        vatNumber: !priv && i % 4 === 0 ? `SE${organisationNumber(i)}01` : null,
        isConstructionCompany: i % 6 === 0,
        category: i % 8 === 3 ? 'INTRA_GROUP' : 'EXTERNAL',
        vatDisplayType: i % 9 === 2 ? 'NO_VAT' : i % 9 === 7 ? 'NORMAL_VAT' : 'AUTOMATIC',
        paymentTermId: i % 3 === 0 ? (term?.id ?? null) : null,
        invoiceAddress1: i % 4 === 3 ? null : `Fakturagatan ${i + 1}`,
        invoiceAddress2: i % 5 === 0 ? 'Box 12' : null,
        invoicePostcode: i % 4 === 3 ? null : `1${String(10 + i).padStart(2, '0')} 22`,
        invoiceCity: i % 4 === 3 ? null : pick(['Stockholm', 'Umeå', 'Malmö']),
        invoiceCountryCode: i % 11 === 10 ? 'NO' : 'SE',
        visitingAddress1: i % 3 === 0 ? `Besöksvägen ${i}` : null,
        visitingCity: i % 3 === 0 ? 'Luleå' : i % 7 === 1 ? 'Kiruna' : null,
        visitingCountryCode: i % 3 === 0 ? 'SE' : null,
        mailAddress1: i % 5 === 2 ? `Postbox ${i}` : null,
        mailPostcode: i % 5 === 2 ? '901 00' : null,
        invoiceEmail: i % 2 === 0 ? `faktura${i}@example.com` : null,
        email: i % 3 === 2 ? `kund${i}@example.se` : null,
        phone: i % 4 === 1 ? `08-12345${i}` : null,
        mobile: i % 6 === 1 ? `070-11122${i}` : null,
        language: i % 10 === 9 ? 'EN' : 'SV',
        comments: i % 5 === 1 ? 'Ring före leverans' : null,
        customFields:
          i % 4 === 0 ? { region: i % 8 === 0 ? 'Nord' : 'Syd', size: `${i * 12.5}`, vip: i % 8 === 0 } : i % 4 === 1 ? { old: 'kvar från förr' } : {},
        assignedUserId: i % 3 === 2 ? null : users[i % users.length]!,
        facilitiesDisabled: i % 7 === 3,
        costCentreRequired: i % 6 === 5,
        alwaysSendAsInvoice: i % 9 === 4,
        active: i % 5 !== 3,
      }),
    });
    customers.push({ id: c.id, assignedUserId: c.assignedUserId });
  }

  // 0–4 contacts per customer.
  const contacts: string[] = [];
  for (const [i, c] of customers.entries()) {
    for (let k = 0; k < i % 5; k++) {
      const ct = await db.contact.create({
        data: scoped<Prisma.ContactUncheckedCreateInput>({
          customerId: c.id,
          name: `${pick(['Anna', 'Bo', 'Cecilia', 'David', 'Åsa'])} ${pick(['Ek', 'Lind', 'Ström', 'Öberg'])} ${k}`,
          identityNumber: k % 2 === 0 ? personalIdentityNumber(i * 5 + k) : k === 3 ? organisationNumber(i * 5 + k) : null,
          email: k % 3 === 0 ? `kontakt${i}_${k}@example.com` : null,
          mobile: k === 1 ? '0701234567' : null,
          brfOrganisationNumber: k === 2 ? organisationNumber(700 + i) : null,
          apartmentNumber: k === 2 ? '1101' : null,
          propertyDesignation: k % 2 === 0 ? `Linden ${i}:${k}` : null,
          isMainContact: k === 0 && i % 2 === 0,
          sendServiceProtocol: k === 1,
          sendWorkOrder: k === 2,
        }),
      });
      contacts.push(ct.id);
    }
  }

  // Projects on the company's statuses, with work orders and ÄTA (some finished).
  const projects: ListSeed['projects'] = [];
  const workOrders: string[] = [];
  const changeOrders: string[] = [];
  for (let i = 0; i < size.projects; i++) {
    const statusCode = STATUS_CODES[i % STATUS_CODES.length]!;
    const customer = customers[(i * 3) % customers.length]!;
    const number = i === 5 ? `${tag}P-X` : `${tag === 'A' ? 1 : 9}${String(i * 7).padStart(4, '0')}`;
    const p = await db.project.create({
      data: scoped<Prisma.ProjectUncheckedCreateInput>({
        number,
        numberValue: /^\d+$/.test(number) ? BigInt(number) : null,
        name: `${tag === 'A' ? '' : 'B '}${pick(['Renovering', 'Nybygge', 'Takbyte', 'Stambyte 100%'])} ${i}`,
        customerId: customer.id,
        customerReference: i % 3 === 0 ? `Ref ${i}` : null,
        projectManagerId: i % 4 === 3 ? null : users[i % users.length]!,
        startDate: i % 4 === 2 ? null : day(2026, 1 + (i % 12), 1 + ((i * 5) % 27)),
        endDate: i % 3 === 1 ? day(2026, 12, 31) : null,
        statusCode,
        finishedAt: statusCode >= 90 ? new Date(Date.UTC(2026, 5, i, 10, 0, 0, 250)) : null,
        costCentreId: i % 3 === 2 ? null : costCentres[i % 2]!.id,
        description: i % 2 === 0 ? `Beskrivning ${i}` : null,
      }),
    });
    projects.push({ id: p.id, customerId: customer.id, projectManagerId: p.projectManagerId });
    for (let w = 0; w < (i * 3) % 5; w++) {
      const code = w % 3 === 2 ? 90 : pick([10, 40, 50, 80]);
      const wo = await db.workOrder.create({
        data: scoped<Prisma.WorkOrderUncheckedCreateInput>({
          projectId: p.id,
          number: w + 1,
          name: `AO ${w + 1} ${pick(['Stomme', 'El', 'VVS', 'Målning'])}`,
          statusCode: code,
          finishedAt: code >= 90 ? new Date(Date.UTC(2026, 6, w + 1)) : null,
          startDate: w % 2 === 0 ? null : day(2026, 3, 10 + w),
          customerReference: w === 1 ? 'Beställare X' : null,
        }),
      });
      workOrders.push(wo.id);
    }
    for (let a = 0; a < i % 4; a++) {
      const code = a === 1 ? 99 : pick([20, 50]);
      const co = await db.changeOrder.create({
        data: scoped<Prisma.ChangeOrderUncheckedCreateInput>({
          projectId: p.id,
          number: a + 1,
          name: `ÄTA ${a + 1}`,
          description: a === 0 ? 'Extra fönster' : null,
          statusCode: code,
          finishedAt: code >= 90 ? new Date(Date.UTC(2026, 7, a + 1)) : null,
          estimatedAmount: a === 2 ? null : `${(a + 1) * 12500.5}`,
        }),
      });
      changeOrders.push(co.id);
    }
  }

  // Supplier invoices: rows on project/AO/ÄTA/cost centre, 0–2 approvals, documents, disputes.
  const supplierInvoices: string[] = [];
  const supplierInvoiceRows: string[] = [];
  for (let i = 0; i < size.supplierInvoices; i++) {
    const approvals = i % 3;
    const si = await db.supplierInvoice.create({
      data: scoped<Prisma.SupplierInvoiceUncheckedCreateInput>({
        supplierId: suppliers[i % suppliers.length]!.id,
        invoiceNumber: `${tag}F${100 + i}`,
        invoiceDate: day(2026, 1 + (i % 6), 1 + ((i * 3) % 27)),
        dueDate: i % 4 === 3 ? null : day(2026, 2 + (i % 6), 1),
        currency: i % 7 === 6 ? 'EUR' : 'SEK',
        net: `${1000 + i * 250.25}`,
        vat: `${(1000 + i * 250.25) / 4}`,
        total: `${(1000 + i * 250.25) * 1.25}`,
        ocr: i % 2 === 0 ? `${1234567 + i}` : null,
        description: i % 3 === 0 ? `Material ${i} 100%` : null,
        status: approvals === 2 ? 'APPROVED' : 'PENDING',
        approvedAt: approvals === 2 ? new Date(Date.UTC(2026, 4, i + 1, 12)) : null,
        disputed: i % 5 === 4,
        disputeReason: i % 5 === 4 ? 'Fel antal' : null,
        disputedAt: i % 5 === 4 ? new Date(Date.UTC(2026, 4, 2)) : null,
        externalNumber: i % 4 === 1 ? `${500 + i}` : null,
        bookkept: i % 8 === 1,
        fileName: i % 3 === 1 ? `faktura-${i}.pdf` : null,
        fileContentType: i % 3 === 1 ? (i % 2 === 0 ? null : 'application/pdf') : null,
        fileSize: i % 3 === 1 ? 4 : null,
        fileBytes: i % 3 === 1 ? new Uint8Array([37, 80, 68, 70]) : null,
      }),
    });
    supplierInvoices.push(si.id);
    for (let r = 0; r < 1 + (i % 3); r++) {
      const p = projects[(i + r) % projects.length]!;
      const onWorkOrder = r === 1 && workOrders.length > 0;
      const onChangeOrder = r === 2 && changeOrders.length > 0;
      const wo = onWorkOrder ? await db.workOrder.findFirst({ where: { projectId: p.id } }) : null;
      const co = onChangeOrder ? await db.changeOrder.findFirst({ where: { projectId: p.id } }) : null;
      const row = await db.supplierInvoiceRow.create({
        data: scoped<Prisma.SupplierInvoiceRowUncheckedCreateInput>({
          supplierInvoiceId: si.id,
          position: r + 1,
          accountNumber: accounts[(i + r) % accounts.length]!,
          projectId: (i + r) % 4 === 3 ? null : p.id,
          workOrderId: (i + r) % 4 === 3 ? null : (wo?.id ?? null),
          changeOrderId: (i + r) % 4 === 3 ? null : (co?.id ?? null),
          costCentreId: r % 2 === 0 ? costCentres[(i + r) % costCentres.length]!.id : null,
          amount: `${500 + r * 100.5}`,
          vatRate: r === 2 ? '12' : '25',
          description: r === 0 ? `Rad ${r + 1}` : null,
        }),
      });
      supplierInvoiceRows.push(row.id);
    }
    for (let k = 0; k < approvals; k++) {
      await db.supplierInvoiceApproval.create({
        data: scoped<Prisma.SupplierInvoiceApprovalUncheckedCreateInput>({
          supplierInvoiceId: si.id,
          userId: users[(i + k) % users.length]!,
          approvedAt: new Date(Date.UTC(2026, 4, i + 1, 8 + k)),
        }),
      });
    }
  }

  // Vouchers: rows on accounts in and outside the chart, on projects/AO/ÄTA/cost centres; files on some.
  const vouchers: string[] = [];
  for (let i = 0; i < size.vouchers; i++) {
    const v = await db.voucher.create({
      data: scoped<Prisma.VoucherUncheckedCreateInput>({
        source: i % 4 === 0 ? 'manual' : 'sie-file',
        remoteId: `2026/${i % 3 === 0 ? 'B' : 'A'}/${i + 1}`,
        series: i % 3 === 0 ? 'B' : 'A',
        number: i + 1,
        transactionDate: day(2026, 1 + (i % 5), 1 + ((i * 11) % 27)),
        description: i % 3 === 1 ? null : `Verifikation ${i + 1}`,
      }),
    });
    vouchers.push(v.id);
    for (let r = 0; r < i % 4; r++) {
      const p = projects[(i + r) % projects.length]!;
      await db.voucherRow.create({
        data: scoped<Prisma.VoucherRowUncheckedCreateInput>({
          voucherId: v.id,
          rowIndex: r,
          accountNumber: r === 2 ? 7010 : accounts[(i + r) % accounts.length]!,
          debit: r % 2 === 0 ? `${100 * (i + 1)}.50` : '0',
          credit: r % 2 === 1 ? `${100 * (i + 1)}.50` : '0',
          projectId: r === 0 ? null : p.id,
          workOrderId: r === 1 && workOrders.length ? ((await db.workOrder.findFirst({ where: { projectId: p.id } }))?.id ?? null) : null,
          changeOrderId: r === 2 && changeOrders.length ? ((await db.changeOrder.findFirst({ where: { projectId: p.id } }))?.id ?? null) : null,
          costCentreId: r === 1 ? costCentres[0]!.id : null,
          note: r === 0 ? 'Inköp' : null,
        }),
      });
    }
    for (let f = 0; f < (i % 5 === 0 ? 2 : i % 5 === 2 ? 1 : 0); f++) {
      await db.voucherFile.create({
        data: scoped<Prisma.VoucherFileUncheckedCreateInput>({
          voucherId: v.id,
          fileName: f === 0 ? 'underlag.pdf' : 'bild.jpg',
          contentType: f === 0 ? 'application/pdf' : 'image/jpeg',
          size: 3,
          bytes: new Uint8Array([1, 2, 3]),
        }),
      });
    }
  }

  // Two invoices (node lookups of every type).
  const invoices: string[] = [];
  for (let i = 0; i < 2; i++) {
    const inv = await db.invoice.create({
      data: scoped<Prisma.InvoiceUncheckedCreateInput>({
        number: i + 1,
        customerId: projects[i]!.customerId,
        customerType: 'COMPANY',
        projectId: projects[i]!.id,
        total: `${1000 + i}.50`,
      }),
    });
    invoices.push(inv.id);
  }

  // One row of each listed type created and deleted again.
  const gone = await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: `${tag}GONE`, name: 'Borttagen' }) });
  const goneContact = await db.contact.create({ data: scoped<Prisma.ContactUncheckedCreateInput>({ customerId: gone.id, name: 'Borttagen' }) });
  const goneProject = await db.project.create({
    data: scoped<Prisma.ProjectUncheckedCreateInput>({ number: `${tag}GONE`, name: 'Borttaget', customerId: gone.id, statusCode: 10 }),
  });
  const goneWo = await db.workOrder.create({
    data: scoped<Prisma.WorkOrderUncheckedCreateInput>({ projectId: goneProject.id, number: 1, name: 'x', statusCode: 10 }),
  });
  const goneCo = await db.changeOrder.create({
    data: scoped<Prisma.ChangeOrderUncheckedCreateInput>({ projectId: goneProject.id, number: 1, name: 'x', statusCode: 10 }),
  });
  const goneSi = await db.supplierInvoice.create({
    data: scoped<Prisma.SupplierInvoiceUncheckedCreateInput>({
      supplierId: suppliers[0]!.id,
      invoiceNumber: `${tag}GONE`,
      invoiceDate: day(2026, 1, 1),
      net: '1',
      total: '1',
    }),
  });
  const goneV = await db.voucher.create({
    data: scoped<Prisma.VoucherUncheckedCreateInput>({ source: 'manual', remoteId: `${tag}GONE`, series: 'Z', number: 1, transactionDate: day(2026, 1, 1) }),
  });
  await db.supplierInvoice.delete({ where: { id: goneSi.id } });
  await db.voucher.delete({ where: { id: goneV.id } });
  await db.workOrder.delete({ where: { id: goneWo.id } });
  await db.changeOrder.delete({ where: { id: goneCo.id } });
  await db.project.delete({ where: { id: goneProject.id } });
  await db.contact.delete({ where: { id: goneContact.id } });
  await db.customer.delete({ where: { id: gone.id } });

  return {
    customers,
    contacts,
    projects,
    workOrders,
    changeOrders,
    suppliers: suppliers.map((s) => s.id),
    supplierInvoices,
    supplierInvoiceRows,
    vouchers,
    costCentres: costCentres.map((c) => c.id),
    invoices,
    deleted: {
      Customer: gone.id,
      Contact: goneContact.id,
      Project: goneProject.id,
      WorkOrder: goneWo.id,
      ChangeOrder: goneCo.id,
      SupplierInvoice: goneSi.id,
      Voucher: goneV.id,
    },
  };
}
