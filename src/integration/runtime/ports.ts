// The domain ports a flow sees (ctx.domain): this system's entities as plain records, and
// upserts for what imports bring. Implemented on the tenant-scoped client and the domain
// services, so a connector never touches Prisma or src/modules.
//
// "Changed since" uses updatedAt with an overlap window: a row committed late with an earlier
// updatedAt than the checkpoint is still seen on the next run, and the id map's payload hash
// makes seeing a row twice free (nothing is sent again).
import { Prisma } from '../../generated/prisma/client.js';
import type { TenantDb } from '../../db/tenant.js';
import { scoped } from '../../db/tenant.js';
import { ValidationError } from '../../errors.js';
import { formatOrganisationNumber, formatPersonalIdentityNumberLong } from '../../modules/customers/identity-numbers.js';
import { importAccounts, syncCostCentres, createSupplier, updateSupplier } from '../../modules/registers/service.js';
import { costCentreSyncPlan, accountImportPlan, isBalanceSheetAccount } from '../../modules/registers/rules.js';
import { importVoucher } from '../../modules/registers/vouchers.js';
import { changeOrderCode } from '../../modules/projects/rules.js';
import { createInvoicePort } from './invoice-port.js';
import { createSupplierInvoicePort, createVoucherFileAttacher } from './supplier-invoice-port.js';
import type {
  AccountUpsert,
  Changes,
  CostCentreUpsert,
  CustomerRecord,
  DomainPorts,
  EntityRef,
  PlannedChange,
  ProjectPartRecord,
  ProjectRecord,
  SupplierRecord,
  SupplierUpsert,
  UpsertResult,
  VoucherUpsert,
} from '../sdk/types.js';

/** How far back "changed since" looks before the checkpoint. */
export const CHANGE_OVERLAP_MS = 10 * 60 * 1000;

export interface PortScope {
  connectionId: string;
  /** Entities (type → our ids) the flow failed on in its last run: returned again until they pass. */
  openFailures: ReadonlyMap<string, ReadonlySet<string>>;
  /** The admin's retry of single entities: ports return only these. */
  only: readonly EntityRef[] | null;
  dryRun: boolean;
  plan(change: PlannedChange): void;
  /** First account import of this connection (classes 1–2 never imported then). */
  firstRunOf(flowKey: string): Promise<boolean>;
}

const iso = (d: Date) => d.toISOString();
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function changedWhere(type: string, since: string | null, scope: PortScope, extra: object[] = []) {
  if (scope.only) {
    const ids = scope.only.filter((r) => r.type === type && r.id).map((r) => r.id!);
    return { id: { in: ids } };
  }
  if (since === null) return {};
  const from = new Date(new Date(since).getTime() - CHANGE_OVERLAP_MS);
  const failed = [...(scope.openFailures.get(type) ?? [])];
  return { OR: [{ updatedAt: { gt: from } }, ...extra.map((e) => e), ...(failed.length ? [{ id: { in: failed } }] : [])] };
}

function nextCheckpoint(since: string | null, items: { updatedAt: string }[], now: Date): string {
  // Never beyond "now": a row updated later in this very millisecond is seen next time.
  let max = since ?? new Date(0).toISOString();
  for (const i of items) if (i.updatedAt > max) max = i.updatedAt;
  return max > iso(now) ? iso(now) : max;
}

const customerSelect = {
  id: true, number: true, type: true, name: true, organisationNumber: true, personalIdentityNumber: true, vatNumber: true,
  invoiceAddress1: true, invoiceAddress2: true, invoicePostcode: true, invoiceCity: true, invoiceCountryCode: true,
  phone: true, mobile: true, email: true, invoiceEmail: true, isConstructionCompany: true, active: true, updatedAt: true,
  paymentTerm: { select: { code: true, days: true } },
} as const satisfies Prisma.CustomerSelect;

function customerRecord(c: Prisma.CustomerGetPayload<{ select: typeof customerSelect }>): CustomerRecord {
  return {
    id: c.id,
    number: c.number,
    type: c.type,
    name: c.name,
    identityNumber: c.organisationNumber
      ? formatOrganisationNumber(c.organisationNumber)
      : c.personalIdentityNumber
        ? formatPersonalIdentityNumberLong(c.personalIdentityNumber)
        : null,
    vatNumber: c.vatNumber,
    address1: c.invoiceAddress1,
    address2: c.invoiceAddress2,
    postcode: c.invoicePostcode,
    city: c.invoiceCity,
    countryCode: c.invoiceCountryCode,
    phone: c.phone,
    mobile: c.mobile,
    email: c.invoiceEmail ?? c.email,
    paymentTermCode: c.paymentTerm?.code ?? null,
    paymentTermDays: c.paymentTerm?.days ?? null,
    reverseCharge: c.isConstructionCompany,
    active: c.active,
    updatedAt: iso(c.updatedAt),
  };
}

const projectSelect = {
  id: true, number: true, name: true, statusCode: true, finishedAt: true, startDate: true, endDate: true, updatedAt: true,
  customer: { select: { number: true } },
  projectManager: { select: { name: true, email: true, signature: true } },
  costCentre: { select: { code: true } },
} as const satisfies Prisma.ProjectSelect;

function projectRecord(p: Prisma.ProjectGetPayload<{ select: typeof projectSelect }>): ProjectRecord {
  return {
    id: p.id,
    number: p.number,
    name: p.name,
    statusCode: p.statusCode,
    finishedAt: p.finishedAt ? iso(p.finishedAt) : null,
    startDate: day(p.startDate),
    endDate: day(p.endDate),
    customerNumber: p.customer?.number ?? null,
    leader: p.projectManager,
    costCentreCode: p.costCentre?.code ?? null,
    updatedAt: iso(p.updatedAt),
  };
}

const supplierRecord = (s: Prisma.SupplierGetPayload<object>): SupplierRecord => ({
  id: s.id, number: s.number, name: s.name, organisationNumber: s.organisationNumber, vatNumber: s.vatNumber,
  address1: s.address1, address2: s.address2, postcode: s.postcode, city: s.city, countryCode: s.countryCode,
  email: s.email, phone: s.phone, bankgiro: s.bankgiro, plusgiro: s.plusgiro, iban: s.iban, bic: s.bic,
  active: s.active, updatedAt: iso(s.updatedAt),
});

const empty = (): UpsertResult => ({ created: 0, updated: 0, unchanged: 0, issues: [] });

/** A validation error from a domain service as per-item issues, for the flow to report. */
function issuesOf(err: unknown, reference: (path: string) => string): UpsertResult['issues'] {
  if (err instanceof ValidationError) return err.issues.map((i) => ({ reference: reference(i.path), message: `${i.path}: ${i.message}` }));
  throw err;
}

export function createDomainPorts(db: TenantDb, scope: PortScope, now: Date): DomainPorts {
  const projectPartSelect = { id: true, number: true, name: true, statusCode: true, createdAt: true, updatedAt: true, project: { select: projectSelect } } as const;
  return {
    customers: {
      async changed(since): Promise<Changes<CustomerRecord>> {
        const rows = await db.customer.findMany({ where: changedWhere('customer', since, scope), select: customerSelect, orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] });
        const items = rows.map(customerRecord);
        return { items, next: nextCheckpoint(since, items, now) };
      },
      async byNumbers(numbers) {
        if (!numbers.length) return [];
        return (await db.customer.findMany({ where: { number: { in: [...numbers] } }, select: customerSelect })).map(customerRecord);
      },
    },
    projects: {
      async changed(since) {
        const rows = await db.project.findMany({ where: changedWhere('project', since, scope), select: projectSelect, orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] });
        const items = rows.map(projectRecord);
        return { items, next: nextCheckpoint(since, items, now) };
      },
      async byNumbers(numbers) {
        if (!numbers.length) return [];
        return (await db.project.findMany({ where: { number: { in: [...numbers] } }, select: projectSelect })).map(projectRecord);
      },
    },
    projectParts: {
      async changed(since): Promise<Changes<ProjectPartRecord>> {
        const from = since === null ? null : new Date(new Date(since).getTime() - CHANGE_OVERLAP_MS);
        const parentChanged = from ? [{ project: { updatedAt: { gt: from } } }] : [];
        const [wos, cos] = await Promise.all([
          db.workOrder.findMany({ where: changedWhere('workOrder', since, scope, parentChanged), select: { ...projectPartSelect, startDate: true }, orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] }),
          db.changeOrder.findMany({ where: changedWhere('changeOrder', since, scope, parentChanged), select: projectPartSelect, orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] }),
        ]);
        const part = (kind: 'workOrder' | 'changeOrder', r: (typeof cos)[number], number: string, startDate: Date | null): ProjectPartRecord => {
          const project = projectRecord(r.project);
          const updatedAt = r.updatedAt > r.project.updatedAt ? r.updatedAt : r.project.updatedAt;
          return {
            id: r.id, kind, projectId: project.id, projectNumber: project.number, number, fullNumber: `${project.number}_${number}`,
            name: r.name, statusCode: r.statusCode, startDate: day(startDate), createdAt: iso(r.createdAt),
            project: { name: project.name, startDate: project.startDate, endDate: project.endDate, statusCode: project.statusCode, leader: project.leader },
            updatedAt: iso(updatedAt),
          };
        };
        const items = [
          ...wos.map((w) => part('workOrder', w, String(w.number), w.startDate)),
          ...cos.map((c) => part('changeOrder', c, changeOrderCode(c.number), null)),
        ].sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
        return { items, next: nextCheckpoint(since, items, now) };
      },
    },
    suppliers: {
      async changed(since) {
        const rows = await db.supplier.findMany({ where: changedWhere('supplier', since, scope), orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] });
        const items = rows.map(supplierRecord);
        return { items, next: nextCheckpoint(since, items, now) };
      },
      async upsert(items: readonly SupplierUpsert[]) {
        const result = empty();
        const existing = new Map((await db.supplier.findMany({ where: { number: { in: items.map((i) => i.number) } } })).map((s) => [s.number, s]));
        for (const item of items) {
          const current = existing.get(item.number);
          const changes = Object.entries(item).filter(([k, v]) => v !== undefined && (current as Record<string, unknown> | undefined)?.[k] !== v);
          if (current && changes.length === 0) { result.unchanged++; continue; }
          if (scope.dryRun) {
            scope.plan({ kind: 'local', description: `${current ? 'update' : 'create'} supplier ${item.number}` });
            current ? result.updated++ : result.created++;
            continue;
          }
          try {
            if (current) { await updateSupplier(db, current.id, Object.fromEntries(changes), now); result.updated++; }
            else { await createSupplier(db, { ...item }, now); result.created++; }
          } catch (err) {
            result.issues.push(...issuesOf(err, () => `Supplier ${item.number}`));
          }
        }
        return result;
      },
    },
    accounts: {
      async list() {
        const rows = await db.account.findMany({ orderBy: { number: 'asc' } });
        return rows.map((a) => ({
          number: a.number, name: a.name, active: a.active, kind: a.kind, invoiceItemNumber: a.invoiceItemNumber,
          externalVatCode: a.externalVatCode, defaultVatRate: a.defaultVatRate?.toFixed(2) ?? null,
        }));
      },
      async upsert(items: readonly AccountUpsert[], options = {}) {
        const result = empty();
        const firstRun = await scope.firstRunOf('accounts');
        const existing = new Map((await db.account.findMany({ select: { id: true, number: true, name: true } })).map((a) => [a.number, a]));
        const plan = accountImportPlan(items, new Set(existing.keys()), { firstRun, includeBalanceSheetAccounts: options.includeBalanceSheet });
        if (plan.issues.length) return { ...result, issues: issuesOf(new ValidationError(plan.issues), (p) => `Account ${items[Number(p.split('.')[1])]?.number ?? ''}`.trim()) };
        const renames = options.rename
          ? items.filter((i) => { const e = existing.get(i.number); return e && e.name !== i.name && !(isBalanceSheetAccount(i.number) && !options.includeBalanceSheet); })
          : [];
        result.unchanged = items.length - plan.create.length - renames.length;
        if (scope.dryRun) {
          for (const i of plan.create) scope.plan({ kind: 'local', description: `create account ${items[i]!.number} ${items[i]!.name}` });
          for (const r of renames) scope.plan({ kind: 'local', description: `rename account ${r.number} to ${r.name}` });
          return { ...result, created: plan.create.length, updated: renames.length };
        }
        const toCreate = plan.create.map((i) => items[i]!);
        const { created } = toCreate.length
          ? await importAccounts(db, toCreate, { firstRun: false, includeBalanceSheetAccounts: true })
          : { created: 0 };
        for (const r of renames) await db.account.update({ where: { id: existing.get(r.number)!.id }, data: { name: r.name } });
        return { ...result, created, updated: renames.length, unchanged: result.unchanged + (toCreate.length - created) };
      },
    },
    costCentres: {
      async upsert(items: readonly CostCentreUpsert[]) {
        if (scope.dryRun) {
          const existing = await db.costCentre.findMany({ select: { id: true, code: true, name: true } });
          const plan = costCentreSyncPlan(items, existing);
          if (plan.issues.length) return { ...empty(), issues: issuesOf(new ValidationError(plan.issues), (p) => `Cost centre ${items[Number(p.split('.')[1])]?.code ?? ''}`.trim()) };
          for (const c of plan.create) scope.plan({ kind: 'local', description: `create cost centre ${c.code} ${c.name}` });
          for (const r of plan.rename) scope.plan({ kind: 'local', description: `rename cost centre to ${r.name}` });
          return { created: plan.create.length, updated: plan.rename.length, unchanged: plan.unchanged, issues: [] };
        }
        try {
          const r = await syncCostCentres(db, items.map((i) => ({ code: i.code, name: i.name })));
          return { created: r.created, updated: r.renamed, unchanged: r.unchanged, issues: [] };
        } catch (err) {
          return { ...empty(), issues: issuesOf(err, (p) => `Cost centre ${items[Number(p.split('.')[1])]?.code ?? ''}`.trim()) };
        }
      },
    },
    invoices: createInvoicePort(db, scope, now),
    supplierInvoices: createSupplierInvoicePort(db, scope, now),
    vouchers: {
      async import(v: VoucherUpsert) {
        const result = empty();
        const reference = `Voucher ${v.series}${v.number} (${v.remoteId})`;
        const refs = await resolveProjectNumbers(db, v.rows.map((r) => r.projectNumber).filter((n): n is string => !!n));
        const codes = [...new Set(v.rows.map((r) => r.costCentreCode).filter((c): c is string => !!c))];
        const centres = new Map(codes.length ? (await db.costCentre.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })).map((c) => [c.code, c.id]) : []);
        const rows = v.rows.flatMap((r) => {
          const target = r.projectNumber ? refs.get(r.projectNumber) : undefined;
          if (!target) return []; // only rows with a project of ours are imported
          return [{ rowIndex: r.rowIndex, accountNumber: r.accountNumber, debit: r.debit, credit: r.credit, ...target, costCentreId: r.costCentreCode ? centres.get(r.costCentreCode) ?? null : null, note: r.note }];
        });
        const unknown = v.rows.filter((r) => r.projectNumber && !refs.has(r.projectNumber)).map((r) => r.projectNumber);
        if (unknown.length) result.issues.push({ reference, message: `Unknown project number${unknown.length > 1 ? 's' : ''} ${[...new Set(unknown)].join(', ')}; those rows are imported once the project exists here.` });
        if (!rows.length) return result; // skipped: imported later, once a project is added in the accounting system
        const existing = await db.voucher.findFirst({ where: { source: scope.connectionId, remoteId: v.remoteId }, select: { rows: { select: { rowIndex: true } } } });
        const known = new Set(existing?.rows.map((r) => r.rowIndex) ?? []);
        const fresh = rows.filter((r) => !known.has(r.rowIndex));
        if (!fresh.length) { result.unchanged++; return result; }
        if (scope.dryRun) {
          scope.plan({ kind: 'local', description: `${existing ? `append ${fresh.length} rows to` : 'import'} ${reference}` });
          existing ? result.updated++ : result.created++;
          return result;
        }
        try {
          const r = await importVoucher(db, { source: scope.connectionId, remoteId: v.remoteId, series: v.series, number: v.number, transactionDate: v.transactionDate, description: v.description, rows });
          r.created ? result.created++ : r.rowsCreated ? result.updated++ : result.unchanged++;
        } catch (err) {
          result.issues.push(...issuesOf(err, () => reference));
        }
        return result;
      },
      attachFile: createVoucherFileAttacher(db, scope),
    },
  };
}

/**
 * Resolves project numbers as the accounting system has them: "10000" (the project),
 * "10000_1" (work order 1), "10000_Ä001" (ÄTA 1).
 */
export async function resolveProjectNumbers(
  db: TenantDb,
  numbers: readonly string[],
): Promise<Map<string, { projectId: string; workOrderId: string | null; changeOrderId: string | null }>> {
  const out = new Map<string, { projectId: string; workOrderId: string | null; changeOrderId: string | null }>();
  const unique = [...new Set(numbers)];
  if (!unique.length) return out;
  const parse = (n: string) => {
    const m = /^(.+?)_(?:(\d+)|Ä(\d+))$/.exec(n);
    return m ? { project: m[1]!, workOrder: m[2] ? Number(m[2]) : null, changeOrder: m[3] ? Number(m[3]) : null } : { project: n, workOrder: null, changeOrder: null };
  };
  const parsed = unique.map((n) => ({ n, ...parse(n) }));
  const projectNumbers = [...new Set(parsed.flatMap((p) => [p.project, p.n]))];
  const projects = await db.project.findMany({
    where: { number: { in: projectNumbers } },
    select: { id: true, number: true, workOrders: { select: { id: true, number: true } }, changeOrders: { select: { id: true, number: true } } },
  });
  const byNumber = new Map(projects.map((p) => [p.number, p]));
  for (const p of parsed) {
    const whole = byNumber.get(p.n);
    if (whole) { out.set(p.n, { projectId: whole.id, workOrderId: null, changeOrderId: null }); continue; }
    const project = byNumber.get(p.project);
    if (!project) continue;
    if (p.workOrder !== null) {
      const w = project.workOrders.find((x) => x.number === p.workOrder);
      if (w) out.set(p.n, { projectId: project.id, workOrderId: w.id, changeOrderId: null });
    } else if (p.changeOrder !== null) {
      const c = project.changeOrders.find((x) => x.number === p.changeOrder);
      if (c) out.set(p.n, { projectId: project.id, workOrderId: null, changeOrderId: c.id });
    }
  }
  return out;
}

export { scoped };
