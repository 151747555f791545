// Supplier invoice service: register, edit (until approved), rows, approval (attest), dispute,
// and the document. I/O through the tenant-scoped client only, one transaction per operation;
// validation lives in rules.ts. A change to an invoice first touches its row, which takes the
// row's lock: concurrent changes to one invoice (two approvals, an edit and an approval) run one
// after the other and each sees the other's result.
import type { Prisma } from '../../generated/prisma/client.js';
import { scoped, type TenantClient, type TenantDb, type TenantTx } from '../../db/tenant.js';
import { isUniqueViolationOn } from '../../db/errors.js';
import { ConflictError, NotFoundError, ValidationError, type ValidationIssue } from '../../errors.js';
import { sniffContentType } from '../../http/file-types.js';
import {
  approvalDecision,
  editable,
  fileIssues,
  supplierInvoiceChanges,
  supplierInvoiceRowChanges,
  SUPPLIER_INVOICE_APPROVALS_REQUIRED,
  type SupplierInvoiceColumns,
  type SupplierInvoiceRowColumns,
} from './rules.js';
import { recordDeletions } from '../sync/index.js';

/** An uploaded document: name, content type and bytes. */
export interface FileUpload {
  fileName: string;
  contentType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

function throwIfAny(issues: ValidationIssue[]): void {
  if (issues.length) throw new ValidationError(issues);
}

const notFound = (path = 'id') => new NotFoundError('SupplierInvoice', 'No such supplier invoice.', path);

const stateSelect = {
  id: true,
  status: true,
  net: true,
  supplierId: true,
  invoiceNumber: true,
  invoiceDate: true,
  dueDate: true,
  currency: true,
  vat: true,
  total: true,
  ocr: true,
  description: true,
} as const satisfies Prisma.SupplierInvoiceSelect;

/** Reads the invoice and locks its row for the rest of the transaction. */
async function lockInvoice(tx: TenantTx, id: string, path = 'id') {
  const found = await tx.supplierInvoice.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw notFound(path);
  return tx.supplierInvoice.update({ where: { id }, data: {}, select: stateSelect });
}

function assertEditable(status: string): void {
  if (!editable(status as 'PENDING')) {
    throw new ConflictError('INVALID_STATE', 'The supplier invoice is approved and can no longer be changed.', 'id');
  }
}

/** The invoice content changed: approvals given so far no longer hold. */
async function resetApprovals(tx: TenantTx, supplierInvoiceId: string): Promise<void> {
  await tx.supplierInvoiceApproval.deleteMany({ where: { supplierInvoiceId } });
}

/** The document's columns; its type is what its bytes show (the claimed type is ignored), and must be one of the accepted types. */
async function fileColumns(file: FileUpload | null, path: string) {
  if (file === null) return { fileName: null, fileContentType: null, fileSize: null, fileBytes: null };
  const contentType = await sniffContentType(file.bytes);
  throwIfAny(fileIssues({ fileName: file.fileName, contentType, size: file.bytes.byteLength }, path));
  return { fileName: file.fileName.trim(), fileContentType: contentType, fileSize: file.bytes.byteLength, fileBytes: new Uint8Array(file.bytes) };
}

/** Issues for a supplier the company does not have. */
async function supplierIssues(tx: TenantTx, supplierId: string | undefined): Promise<ValidationIssue[]> {
  if (!supplierId) return [];
  const s = await tx.supplier.findUnique({ where: { id: supplierId }, select: { id: true } });
  return s ? [] : [{ path: 'supplierId', code: 'not_found', message: 'No such supplier.' }];
}

/** Issues for rows referring to accounts, projects, AO, ÄTA or cost centres the company lacks. */
async function rowReferenceIssues(tx: TenantTx, rows: { row: SupplierInvoiceRowColumns; path: string }[]): Promise<ValidationIssue[]> {
  const ids = (key: 'projectId' | 'workOrderId' | 'changeOrderId' | 'costCentreId') => [
    ...new Set(rows.map(({ row }) => row[key]).filter((v): v is string => !!v)),
  ];
  const accountNumbers = [...new Set(rows.map(({ row }) => row.accountNumber))];
  const [accounts, projects, workOrders, changeOrders, costCentres] = await Promise.all([
    accountNumbers.length ? tx.account.findMany({ where: { number: { in: accountNumbers } }, select: { number: true } }) : [],
    ids('projectId').length ? tx.project.findMany({ where: { id: { in: ids('projectId') } }, select: { id: true } }) : [],
    ids('workOrderId').length ? tx.workOrder.findMany({ where: { id: { in: ids('workOrderId') } }, select: { id: true, projectId: true } }) : [],
    ids('changeOrderId').length ? tx.changeOrder.findMany({ where: { id: { in: ids('changeOrderId') } }, select: { id: true, projectId: true } }) : [],
    ids('costCentreId').length ? tx.costCentre.findMany({ where: { id: { in: ids('costCentreId') } }, select: { id: true } }) : [],
  ]);
  const accountSet = new Set(accounts.map((a) => a.number));
  const projectSet = new Set(projects.map((p) => p.id));
  const woMap = new Map(workOrders.map((w) => [w.id, w.projectId]));
  const coMap = new Map(changeOrders.map((c) => [c.id, c.projectId]));
  const ccSet = new Set(costCentres.map((c) => c.id));
  const issues: ValidationIssue[] = [];
  for (const { row, path } of rows) {
    if (!accountSet.has(row.accountNumber)) {
      issues.push({ path: `${path}.accountNumber`, code: 'not_found', message: `Account ${row.accountNumber} is not in the chart of accounts.` });
    }
    if (row.projectId && !projectSet.has(row.projectId)) issues.push({ path: `${path}.projectId`, code: 'not_found', message: 'No such project.' });
    const parts = [
      ['workOrderId', row.workOrderId, woMap, 'work order'],
      ['changeOrderId', row.changeOrderId, coMap, 'ÄTA'],
    ] as const;
    for (const [key, id, known, what] of parts) {
      if (!id) continue;
      const projectId = known.get(id);
      if (projectId === undefined) issues.push({ path: `${path}.${key}`, code: 'not_found', message: `No such ${what}.` });
      else if (projectId !== row.projectId)
        issues.push({ path: `${path}.${key}`, code: 'not_in_project', message: `The ${what} belongs to another project than the row.` });
    }
    if (row.costCentreId && !ccSet.has(row.costCentreId)) issues.push({ path: `${path}.costCentreId`, code: 'not_found', message: 'No such cost centre.' });
  }
  return issues;
}

const taken =
  (number: string) =>
  (err: unknown): never => {
    if (isUniqueViolationOn(err, 'invoiceNumber')) {
      throw new ConflictError('ALREADY_EXISTS', `The supplier already has an invoice numbered ${number}.`, 'invoiceNumber');
    }
    throw err;
  };

// ---------------------------------------------------------------------------------------------
// Invoices

/** Registers a supplier invoice (PENDING) with its rows (paths `rows.<i>.<field>`) and document. */
export async function createSupplierInvoice(
  db: TenantDb,
  input: Record<string, unknown> & { rows?: unknown[] | null },
  file: FileUpload | null = null,
): Promise<{ id: string }> {
  const { rows: rawRows, ...header } = input;
  const ch = supplierInvoiceChanges(header, null);
  const rows = (rawRows ?? []).map((r, i) => ({ ...supplierInvoiceRowChanges(r, null, `rows.${i}`), path: `rows.${i}` }));
  throwIfAny([...ch.issues, ...rows.flatMap((r) => r.issues)]);
  const document = file ? await fileColumns(file, 'document') : {};
  return db.$transaction(async (tx) => {
    throwIfAny([
      ...(await supplierIssues(tx, ch.merged.supplierId)),
      ...(await rowReferenceIssues(
        tx,
        rows.map((r) => ({ row: r.merged, path: r.path })),
      )),
    ]);
    const inv = await tx.supplierInvoice
      .create({ data: scoped<Prisma.SupplierInvoiceUncheckedCreateInput>({ ...ch.merged, ...document }), select: { id: true } })
      .catch(taken(ch.merged.invoiceNumber));
    if (rows.length) {
      await tx.supplierInvoiceRow.createMany({
        data: rows.map((r, position) => scoped<Prisma.SupplierInvoiceRowCreateManyInput>({ ...r.merged, supplierInvoiceId: inv.id, position })),
      });
    }
    return inv;
  });
}

/**
 * Changes a pending invoice's header (left-out fields unchanged, null clears due date, OCR and
 * description) and, with `file`, its document (null removes it; issues at path `document`). Any change withdraws the
 * approvals given so far: they approved what the invoice said before.
 */
export async function updateSupplierInvoice(db: TenantDb, id: string, input: Record<string, unknown>, file?: FileUpload | null): Promise<void> {
  const document = file === undefined ? {} : await fileColumns(file, 'document');
  await db.$transaction(async (tx) => {
    const inv = await lockInvoice(tx, id);
    assertEditable(inv.status);
    const { id: _id, status: _s, ...existing } = inv;
    const ch = supplierInvoiceChanges(input, existing satisfies SupplierInvoiceColumns);
    throwIfAny(ch.issues);
    throwIfAny(await supplierIssues(tx, ch.columns.supplierId));
    if (Object.keys(ch.columns).length === 0 && file === undefined) return;
    await tx.supplierInvoice.update({ where: { id }, data: { ...ch.columns, ...document }, select: { id: true } }).catch(taken(ch.merged.invoiceNumber));
    await resetApprovals(tx, id);
  });
}

// ---------------------------------------------------------------------------------------------
// Rows

const rowColumnsSelect = {
  id: true,
  supplierInvoiceId: true,
  accountNumber: true,
  amount: true,
  vatRate: true,
  projectId: true,
  workOrderId: true,
  changeOrderId: true,
  costCentreId: true,
  description: true,
} as const satisfies Prisma.SupplierInvoiceRowSelect;

/** Adds a row at the end of a pending invoice. */
export async function addSupplierInvoiceRow(db: TenantDb, supplierInvoiceId: string, input: Record<string, unknown>): Promise<{ id: string }> {
  const ch = supplierInvoiceRowChanges(input, null);
  throwIfAny(ch.issues);
  return db.$transaction(async (tx) => {
    const inv = await lockInvoice(tx, supplierInvoiceId, 'supplierInvoiceId');
    assertEditable(inv.status);
    throwIfAny(await rowReferenceIssues(tx, [{ row: ch.merged, path: '' }]).then(stripLeadingDot));
    const last = await tx.supplierInvoiceRow.aggregate({ where: { supplierInvoiceId }, _max: { position: true } });
    const row = await tx.supplierInvoiceRow.create({
      data: scoped<Prisma.SupplierInvoiceRowUncheckedCreateInput>({ ...ch.merged, supplierInvoiceId, position: (last._max.position ?? -1) + 1 }),
      select: { id: true },
    });
    await resetApprovals(tx, supplierInvoiceId);
    return row;
  });
}

const stripLeadingDot = (issues: ValidationIssue[]) => issues.map((i) => ({ ...i, path: i.path.replace(/^\./, '') }));

async function rowForChange(tx: TenantTx, rowId: string) {
  const row = await tx.supplierInvoiceRow.findUnique({ where: { id: rowId }, select: rowColumnsSelect });
  if (!row) throw new NotFoundError('SupplierInvoiceRow', 'No such supplier invoice row.', 'id');
  const inv = await lockInvoice(tx, row.supplierInvoiceId);
  assertEditable(inv.status);
  return row;
}

/** Changes a row of a pending invoice (left-out fields unchanged; null clears the references and description). */
export async function updateSupplierInvoiceRow(db: TenantDb, rowId: string, input: Record<string, unknown>): Promise<{ supplierInvoiceId: string }> {
  return db.$transaction(async (tx) => {
    const { id: _id, supplierInvoiceId, ...existing } = await rowForChange(tx, rowId);
    const ch = supplierInvoiceRowChanges(input, existing);
    throwIfAny(ch.issues);
    throwIfAny(stripLeadingDot(await rowReferenceIssues(tx, [{ row: ch.merged, path: '' }])));
    if (Object.keys(ch.columns).length) {
      await tx.supplierInvoiceRow.update({ where: { id: rowId }, data: ch.columns, select: { id: true } });
      await resetApprovals(tx, supplierInvoiceId);
    }
    return { supplierInvoiceId };
  });
}

/** Removes a row of a pending invoice. */
export async function removeSupplierInvoiceRow(db: TenantDb, rowId: string): Promise<{ supplierInvoiceId: string }> {
  return db.$transaction(async (tx) => {
    const { supplierInvoiceId } = await rowForChange(tx, rowId);
    await recordDeletions(tx, 'SupplierInvoiceRow', [rowId]);
    await tx.supplierInvoiceRow.delete({ where: { id: rowId }, select: { id: true } });
    await resetApprovals(tx, supplierInvoiceId);
    return { supplierInvoiceId };
  });
}

// ---------------------------------------------------------------------------------------------
// Approval and dispute

/**
 * Records `userId`'s approval. A user approves an invoice once; the rows must sum to the net
 * amount; the required number of different users' approvals (two) makes it APPROVED.
 */
export async function approveSupplierInvoice(
  db: TenantDb,
  id: string,
  userId: string,
  now = new Date(),
  required = SUPPLIER_INVOICE_APPROVALS_REQUIRED,
  /** Called inside the transaction of the approval that approves the invoice (the integrations' event runs are enqueued there). */
  opts: { onApproved?: (tx: TenantClient) => Promise<void> } = {},
): Promise<{ approved: boolean; approvals: number }> {
  return db.$transaction(async (tx) => {
    const inv = await lockInvoice(tx, id);
    const [rows, approvals] = await Promise.all([
      tx.supplierInvoiceRow.findMany({ where: { supplierInvoiceId: id }, select: { amount: true } }),
      tx.supplierInvoiceApproval.findMany({ where: { supplierInvoiceId: id }, select: { userId: true } }),
    ]);
    const d = approvalDecision(
      { status: inv.status, net: inv.net, rowAmounts: rows.map((r) => r.amount), approvedBy: approvals.map((a) => a.userId) },
      userId,
      required,
    );
    if (!d.ok) {
      if (d.reason === 'already_approved') throw new ConflictError('INVALID_STATE', d.message, d.path);
      if (d.reason === 'same_user') throw new ConflictError('ALREADY_EXISTS', d.message, d.path);
      throw ValidationError.single(d.path, d.reason, d.message);
    }
    await tx.supplierInvoiceApproval.create({
      data: scoped<Prisma.SupplierInvoiceApprovalUncheckedCreateInput>({ supplierInvoiceId: id, userId, approvedAt: now }),
    });
    if (d.approves) {
      await tx.supplierInvoice.update({ where: { id }, data: { status: 'APPROVED', approvedAt: now }, select: { id: true } });
      await opts.onApproved?.(tx);
    }
    return { approved: d.approves, approvals: d.approvals };
  });
}

/** Marks the invoice disputed (reklamerad) with a reason; a disputed invoice is not exported. */
export async function disputeSupplierInvoice(db: TenantDb, id: string, reason: unknown, now = new Date()): Promise<void> {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (!text) throw ValidationError.single('reason', 'required', 'Say why the invoice is disputed.');
  if (text.length > 1000) throw ValidationError.single('reason', 'too_long', 'At most 1000 characters.');
  await db.$transaction(async (tx) => {
    await lockInvoice(tx, id);
    await tx.supplierInvoice.update({ where: { id }, data: { disputed: true, disputeReason: text, disputedAt: now }, select: { id: true } });
  });
}

/** Clears the dispute: an approved invoice then goes to the accounting system on the next run. */
export async function undisputeSupplierInvoice(db: TenantDb, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockInvoice(tx, id);
    await tx.supplierInvoice.update({ where: { id }, data: { disputed: false, disputeReason: null, disputedAt: null }, select: { id: true } });
  });
}

/** The invoice's document, or null when it has none (or there is no such invoice). */
export async function supplierInvoiceFile(db: TenantDb, id: string): Promise<FileUpload | null> {
  const f = await db.supplierInvoice.findUnique({ where: { id }, select: { fileName: true, fileContentType: true, fileBytes: true } });
  if (!f?.fileBytes || !f.fileName) return null;
  return { fileName: f.fileName, contentType: f.fileContentType ?? 'application/octet-stream', bytes: new Uint8Array(f.fileBytes) };
}

/**
 * Records the accounting system's number of an exported invoice (an accounting connector's
 * export). Only an approved invoice is exported; the same number again changes nothing.
 */
export async function recordSupplierInvoiceExport(db: TenantDb, id: string, externalNumber: string): Promise<void> {
  const inv = await db.supplierInvoice.findUnique({ where: { id }, select: { status: true, invoiceNumber: true, externalNumber: true } });
  if (!inv) throw notFound();
  if (inv.status !== 'APPROVED') throw new ConflictError('INVALID_STATE', `Supplier invoice ${inv.invoiceNumber} is not approved.`);
  if (inv.externalNumber === externalNumber) return;
  await db.supplierInvoice.update({ where: { id }, data: { externalNumber }, select: { id: true } });
}

/** Records that the accounting system has booked the invoice; once booked it stays booked. */
export async function recordSupplierInvoiceBooked(db: TenantDb, id: string): Promise<void> {
  const inv = await db.supplierInvoice.findUnique({ where: { id }, select: { bookkept: true } });
  if (!inv) throw notFound();
  if (inv.bookkept) return;
  await db.supplierInvoice.update({ where: { id }, data: { bookkept: true }, select: { id: true } });
}
