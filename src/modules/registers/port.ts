// The registers' slice of the connector ports: suppliers, the chart of accounts and cost
// centres (imported from the accounting system through this module's service and rules), and
// vouchers with their files. A dry run plans its writes instead of making them.
import type { Prisma } from '../../generated/prisma/client.js';
import type { TenantDb } from '../../db/tenant.js';
import { ValidationError } from '../../errors.js';
import type {
  AccountUpsert,
  CostCentreUpsert,
  DomainPorts,
  SupplierRecord,
  SupplierUpsert,
  VoucherFileUpsert,
  VoucherUpsert,
} from '@nordic-invoicing/connector-sdk';
import { changedWhere, emptyResult, iso, issuesOf, nextCheckpoint, type PortScope } from '../port-helpers.js';
import { resolveProjectNumbers } from '../projects/index.js';
import { fileIssues, normaliseContentType } from '../supplier-invoices/index.js';
import { accountImportPlan, costCentreSyncPlan, isBalanceSheetAccount } from './rules.js';
import { createSupplier, importAccounts, renameAccounts, syncCostCentres, updateSupplier } from './service.js';
import { attachVoucherFile, importVoucher } from './vouchers.js';

const supplierRecord = (s: Prisma.SupplierGetPayload<object>): SupplierRecord => ({
  id: s.id,
  number: s.number,
  name: s.name,
  organisationNumber: s.organisationNumber,
  vatNumber: s.vatNumber,
  address1: s.address1,
  address2: s.address2,
  postcode: s.postcode,
  city: s.city,
  countryCode: s.countryCode,
  email: s.email,
  phone: s.phone,
  bankgiro: s.bankgiro,
  plusgiro: s.plusgiro,
  iban: s.iban,
  bic: s.bic,
  active: s.active,
  updatedAt: iso(s.updatedAt),
});

export function registerPorts(db: TenantDb, scope: PortScope, now: Date): Pick<DomainPorts, 'suppliers' | 'accounts' | 'costCentres' | 'vouchers'> {
  return {
    suppliers: {
      async changed(since) {
        const rows = await db.supplier.findMany({ where: changedWhere('supplier', since, scope), orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] });
        const items = rows.map(supplierRecord);
        return { items, next: nextCheckpoint(since, items, now) };
      },
      async upsert(items: readonly SupplierUpsert[]) {
        const result = emptyResult();
        const existing = new Map((await db.supplier.findMany({ where: { number: { in: items.map((i) => i.number) } } })).map((s) => [s.number, s]));
        for (const item of items) {
          const current = existing.get(item.number);
          const changes = Object.entries(item).filter(([k, v]) => v !== undefined && (current as Record<string, unknown> | undefined)?.[k] !== v);
          if (current && changes.length === 0) {
            result.unchanged++;
            continue;
          }
          if (scope.dryRun) {
            scope.plan({ kind: 'local', description: `${current ? 'update' : 'create'} supplier ${item.number}` });
            current ? result.updated++ : result.created++;
            continue;
          }
          try {
            if (current) {
              await updateSupplier(db, current.id, Object.fromEntries(changes), now);
              result.updated++;
            } else {
              await createSupplier(db, { ...item }, now);
              result.created++;
            }
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
          number: a.number,
          name: a.name,
          active: a.active,
          kind: a.kind,
          invoiceItemNumber: a.invoiceItemNumber,
          externalVatCode: a.externalVatCode,
          defaultVatRate: a.defaultVatRate?.toFixed(2) ?? null,
        }));
      },
      async upsert(items: readonly AccountUpsert[], options = {}) {
        const result = emptyResult();
        const reference = (p: string) => `Account ${items[Number(p.split('.')[1])]?.number ?? ''}`.trim();
        const firstRun = await scope.firstRunOf('accounts');
        const existing = new Map((await db.account.findMany({ select: { id: true, number: true, name: true } })).map((a) => [a.number, a]));
        const plan = accountImportPlan(items, new Set(existing.keys()), { firstRun, includeBalanceSheetAccounts: options.includeBalanceSheet });
        if (plan.issues.length) return { ...result, issues: issuesOf(new ValidationError(plan.issues), reference) };
        const renames = options.rename
          ? items.filter((i) => {
              const e = existing.get(i.number);
              return e && e.name !== i.name && !(isBalanceSheetAccount(i.number) && !options.includeBalanceSheet);
            })
          : [];
        result.unchanged = items.length - plan.create.length - renames.length;
        if (scope.dryRun) {
          for (const i of plan.create) scope.plan({ kind: 'local', description: `create account ${items[i]!.number} ${items[i]!.name}` });
          for (const r of renames) scope.plan({ kind: 'local', description: `rename account ${r.number} to ${r.name}` });
          return { ...result, created: plan.create.length, updated: renames.length };
        }
        const toCreate = plan.create.map((i) => items[i]!);
        const { created } = toCreate.length ? await importAccounts(db, toCreate, { firstRun: false, includeBalanceSheetAccounts: true }) : { created: 0 };
        let renamed = 0;
        try {
          renamed = await renameAccounts(
            db,
            renames.map((r) => ({ number: r.number, name: r.name })),
          );
        } catch (err) {
          result.issues.push(...issuesOf(err, (p) => `Account ${renames[Number(p.split('.')[1])]?.number ?? ''}`.trim()));
        }
        return { ...result, created, updated: renamed, unchanged: result.unchanged + (toCreate.length - created) };
      },
    },
    costCentres: {
      async upsert(items: readonly CostCentreUpsert[]) {
        const reference = (p: string) => `Cost centre ${items[Number(p.split('.')[1])]?.code ?? ''}`.trim();
        if (scope.dryRun) {
          const existing = await db.costCentre.findMany({ select: { id: true, code: true, name: true } });
          const plan = costCentreSyncPlan(items, existing);
          if (plan.issues.length) return { ...emptyResult(), issues: issuesOf(new ValidationError(plan.issues), reference) };
          for (const c of plan.create) scope.plan({ kind: 'local', description: `create cost centre ${c.code} ${c.name}` });
          for (const r of plan.rename) scope.plan({ kind: 'local', description: `rename cost centre to ${r.name}` });
          return { created: plan.create.length, updated: plan.rename.length, unchanged: plan.unchanged, issues: [] };
        }
        try {
          const r = await syncCostCentres(
            db,
            items.map((i) => ({ code: i.code, name: i.name, active: i.active })),
          );
          return { created: r.created, updated: r.renamed, unchanged: r.unchanged, issues: [] };
        } catch (err) {
          return { ...emptyResult(), issues: issuesOf(err, reference) };
        }
      },
    },
    vouchers: {
      async import(v: VoucherUpsert) {
        const result = emptyResult();
        const reference = `Voucher ${v.series}${v.number} (${v.remoteId})`;
        const refs = await resolveProjectNumbers(
          db,
          v.rows.map((r) => r.projectNumber).filter((n): n is string => !!n),
        );
        const codes = [...new Set(v.rows.map((r) => r.costCentreCode).filter((c): c is string => !!c))];
        const centres = new Map(
          codes.length ? (await db.costCentre.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })).map((c) => [c.code, c.id]) : [],
        );
        const rows = v.rows.flatMap((r) => {
          const target = r.projectNumber ? refs.get(r.projectNumber) : undefined;
          if (!target) return []; // only rows with a project of ours are imported
          return [
            {
              rowIndex: r.rowIndex,
              accountNumber: r.accountNumber,
              debit: r.debit,
              credit: r.credit,
              ...target,
              costCentreId: r.costCentreCode ? (centres.get(r.costCentreCode) ?? null) : null,
              note: r.note,
            },
          ];
        });
        const unknown = v.rows.filter((r) => r.projectNumber && !refs.has(r.projectNumber)).map((r) => r.projectNumber);
        if (unknown.length)
          result.issues.push({
            reference,
            message: `Unknown project number${unknown.length > 1 ? 's' : ''} ${[...new Set(unknown)].join(', ')}; those rows are imported once the project exists here.`,
          });
        if (!rows.length) return result; // skipped: imported later, once a project is added in the accounting system
        const existing = await db.voucher.findFirst({
          where: { source: scope.connectionId, remoteId: v.remoteId },
          select: { rows: { select: { rowIndex: true } } },
        });
        const known = new Set(existing?.rows.map((r) => r.rowIndex) ?? []);
        const fresh = rows.filter((r) => !known.has(r.rowIndex));
        if (!fresh.length) {
          result.unchanged++;
          return result;
        }
        if (scope.dryRun) {
          scope.plan({ kind: 'local', description: `${existing ? `append ${fresh.length} rows to` : 'import'} ${reference}` });
          existing ? result.updated++ : result.created++;
          return result;
        }
        try {
          const r = await importVoucher(db, {
            source: scope.connectionId,
            remoteId: v.remoteId,
            series: v.series,
            number: v.number,
            transactionDate: v.transactionDate,
            description: v.description,
            rows,
          });
          r.created ? result.created++ : r.rowsCreated ? result.updated++ : result.unchanged++;
        } catch (err) {
          result.issues.push(...issuesOf(err, () => reference));
        }
        return result;
      },
      /** The voucher this connection imported with `remoteId`. */
      async attachFile(remoteId: string, file: VoucherFileUpsert) {
        const voucher = await db.voucher.findFirst({ where: { source: scope.connectionId, remoteId }, select: { id: true, series: true, number: true } });
        if (!voucher) return 'no_voucher';
        const same = await db.voucherFile.findFirst({ where: { voucherId: voucher.id, fileName: file.fileName.trim() }, select: { size: true } });
        if (same?.size === file.bytes.byteLength) return 'unchanged';
        if (scope.dryRun) {
          const issues = fileIssues(
            { fileName: file.fileName.trim(), contentType: normaliseContentType(file.contentType), size: file.bytes.byteLength },
            'file',
            null,
          );
          if (issues.length) throw new ValidationError(issues);
          scope.plan({ kind: 'local', description: `attach ${file.fileName.trim()} to voucher ${voucher.series}${voucher.number} (${remoteId})` });
          return 'attached';
        }
        return attachVoucherFile(db, voucher.id, file);
      },
    },
  };
}
