// Vouchers (verifikationer) imported from the accounting system. A voucher is created once;
// later imports only append rows whose position (rowIndex) is new, and never rewrite a row
// that exists, even when the accounting system's copy of it has changed since.
import type { Prisma } from '../../generated/prisma/client.js';
import { scoped, type TenantClient, type TenantDb, type TenantTx } from '../../db/tenant.js';
import { isUniqueViolationOn } from '../../db/errors.js';
import { NotFoundError, ValidationError, type ValidationIssue } from '../../errors.js';
import { fileIssues } from '../supplier-invoices/index.js';
import { sniffContentType } from '../../http/file-types.js';
import { voucherChanges, type VoucherRowColumns } from './rules.js';

/** A voucher row as a connector delivers it; ids are this system's (mapped by the connector). */
export interface VoucherRowImport {
  /** Position of the row in the accounting system's voucher. */
  rowIndex: number;
  accountNumber: number;
  /** Exact, non-negative: a Prisma.Decimal, a decimal string ("1250.00") or a whole number. Default 0. */
  debit?: Prisma.Decimal | string | number | null;
  credit?: Prisma.Decimal | string | number | null;
  projectId?: string | null;
  /** A work order (AO) of the row's project. */
  workOrderId?: string | null;
  /** A change order (ÄTA) of the row's project. */
  changeOrderId?: string | null;
  costCentreId?: string | null;
  /** The accounting system's transaction information. */
  note?: string | null;
}

export interface VoucherImport {
  /** The connection it comes from (or "manual"); with remoteId it identifies the voucher. */
  source: string;
  remoteId: string;
  series: string;
  number: number;
  /** A Date (its UTC calendar day) or YYYY-MM-DD. */
  transactionDate: Date | string;
  description?: string | null;
  rows: VoucherRowImport[];
}

export interface VoucherImportResult {
  voucherId: string;
  /** false when the voucher existed and only new rows were appended. */
  created: boolean;
  rowsCreated: number;
  /** Rows whose rowIndex the voucher already had; they are left exactly as they were. */
  rowsSkipped: number;
}

/** Issues for rows referring to projects, AO, ÄTA or cost centres the company does not have. */
async function referenceIssues(tx: TenantTx, rows: { row: VoucherRowColumns; i: number }[]): Promise<ValidationIssue[]> {
  const ids = (key: 'projectId' | 'workOrderId' | 'changeOrderId' | 'costCentreId') => [
    ...new Set(rows.map(({ row }) => row[key]).filter((v): v is string => v !== null)),
  ];
  const projectIds = ids('projectId');
  const workOrderIds = ids('workOrderId');
  const changeOrderIds = ids('changeOrderId');
  const costCentreIds = ids('costCentreId');
  const projects = new Set(projectIds.length ? (await tx.project.findMany({ where: { id: { in: projectIds } }, select: { id: true } })).map((p) => p.id) : []);
  const workOrders = new Map(
    workOrderIds.length
      ? (await tx.workOrder.findMany({ where: { id: { in: workOrderIds } }, select: { id: true, projectId: true } })).map((w) => [w.id, w.projectId])
      : [],
  );
  const changeOrders = new Map(
    changeOrderIds.length
      ? (await tx.changeOrder.findMany({ where: { id: { in: changeOrderIds } }, select: { id: true, projectId: true } })).map((c) => [c.id, c.projectId])
      : [],
  );
  const costCentres = new Set(
    costCentreIds.length ? (await tx.costCentre.findMany({ where: { id: { in: costCentreIds } }, select: { id: true } })).map((c) => c.id) : [],
  );
  const issues: ValidationIssue[] = [];
  for (const { row, i } of rows) {
    const p = `rows.${i}`;
    if (row.projectId && !projects.has(row.projectId)) issues.push({ path: `${p}.projectId`, code: 'not_found', message: 'No such project.' });
    const parts = [
      ['workOrderId', row.workOrderId, workOrders, 'work order'],
      ['changeOrderId', row.changeOrderId, changeOrders, 'ÄTA'],
    ] as const;
    for (const [key, id, known, what] of parts) {
      if (!id) continue;
      const projectId = known.get(id);
      if (projectId === undefined) issues.push({ path: `${p}.${key}`, code: 'not_found', message: `No such ${what}.` });
      else if (projectId !== row.projectId) {
        issues.push({ path: `${p}.${key}`, code: 'not_in_project', message: `The ${what} belongs to another project than the row.` });
      }
    }
    if (row.costCentreId && !costCentres.has(row.costCentreId)) {
      issues.push({ path: `${p}.costCentreId`, code: 'not_found', message: 'No such cost centre.' });
    }
  }
  return issues;
}

/**
 * Imports one voucher (identified by source and remoteId): creates it with its rows, or appends
 * the rows whose rowIndex it does not have yet. Rows are validated (exact non-negative amounts,
 * AO/ÄTA of the row's project, references within the company) with paths `rows.<i>.<field>`;
 * anything invalid writes nothing. Safe to run concurrently for the same voucher.
 */
export async function importVoucher(db: TenantDb, input: VoucherImport): Promise<VoucherImportResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => importVoucherIn(tx, input));
    } catch (err) {
      // The same voucher created by a concurrent import: run again, appending to it.
      if (attempt < 3 && isUniqueViolationOn(err, 'remoteId')) continue;
      throw err;
    }
  }
}

/**
 * importVoucher inside the caller's transaction (an import that writes several registers at
 * once). A concurrent import creating the same voucher makes it fail on the unique key, which
 * ends the caller's transaction: there is no retry here.
 */
export async function importVoucherIn(tx: TenantClient, input: VoucherImport): Promise<VoucherImportResult> {
  const v = voucherChanges(input);
  if (v.issues.length) throw new ValidationError(v.issues);
  const existing = await tx.voucher.findFirst({
    where: { source: v.voucher.source, remoteId: v.voucher.remoteId },
    select: { id: true, rows: { select: { rowIndex: true } } },
  });
  const have = new Set(existing?.rows.map((r) => r.rowIndex) ?? []);
  const fresh = v.rows.map((row, i) => ({ row, i })).filter(({ row }) => !have.has(row.rowIndex));
  const issues = await referenceIssues(tx, fresh);
  if (issues.length) throw new ValidationError(issues);
  const voucherId = existing?.id ?? (await tx.voucher.create({ data: scoped<Prisma.VoucherUncheckedCreateInput>(v.voucher), select: { id: true } })).id;
  const rowsCreated = fresh.length
    ? (
        await tx.voucherRow.createMany({
          data: fresh.map(({ row }) => scoped<Prisma.VoucherRowCreateManyInput>({ ...row, voucherId })),
          skipDuplicates: true,
        })
      ).count
    : 0;
  return { voucherId, created: !existing, rowsCreated, rowsSkipped: v.rows.length - rowsCreated };
}

// ---------------------------------------------------------------------------------------------
// Voucher files (e.g. the image of a supplier-invoice voucher), imported by the connectors.

export interface VoucherFileImport {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * Attaches a file to a voucher. A file of the same name and size is taken to be the same file
 * (`unchanged`); a file of the same name and another size replaces it. At most 20 MB; any
 * content, stored with the type its bytes show (application/octet-stream when they show none),
 * whatever type was claimed. Invalid input (paths `file.<field>`) writes nothing.
 */
export async function attachVoucherFile(db: TenantDb, voucherId: string, file: VoucherFileImport): Promise<'attached' | 'unchanged'> {
  // Stored as what the bytes are, not what the accounting system called them (the name is kept).
  const contentType = await sniffContentType(file.bytes);
  const fileName = file.fileName.trim();
  const size = file.bytes.byteLength;
  const issues = fileIssues({ fileName, contentType, size }, 'file', null);
  if (issues.length) throw new ValidationError(issues);
  return db.$transaction(async (tx) => {
    const voucher = await tx.voucher.findUnique({ where: { id: voucherId }, select: { id: true } });
    if (!voucher) throw new NotFoundError('Voucher', 'No such voucher.', 'voucherId');
    const existing = await tx.voucherFile.findFirst({ where: { voucherId, fileName }, select: { id: true, size: true } });
    if (existing?.size === size) return 'unchanged';
    const bytes = new Uint8Array(file.bytes);
    if (existing) await tx.voucherFile.update({ where: { id: existing.id }, data: { contentType, size, bytes }, select: { id: true } });
    else
      await tx.voucherFile.create({
        data: scoped<Prisma.VoucherFileUncheckedCreateInput>({ voucherId, fileName, contentType, size, bytes }),
        select: { id: true },
      });
    return 'attached';
  });
}
