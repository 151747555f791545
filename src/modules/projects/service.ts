// Projects, work orders (AO), change orders (ÄTA) and the status list: reads and writes through
// the tenant-scoped client, one transaction per operation; validation lives in rules.ts.
import type { Prisma } from '../../generated/prisma/client.js';
import { lockForUpdate, scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { isUniqueViolationOn } from '../../db/errors.js';
import { ConflictError, NotFoundError, ValidationError, type ValidationIssue } from '../../errors.js';
import { parseInput, requiredText } from '../validation.js';
import { staffUserIssueOf } from '../auth/index.js';
import { z } from 'zod';
import {
  costCentreIssues,
  changeOrderChanges,
  defaultClosingCode,
  defaultStatusCode,
  isFinished,
  nextProjectNumber,
  numericValue,
  projectChanges,
  STATUS_CODE_SCHEMA,
  statusTransition,
  workOrderChanges,
  type ProjectColumns,
} from './rules.js';
import { recordDeletions } from '../sync/index.js';

async function statusCodes(tx: TenantClient): Promise<number[]> {
  return (await tx.projectStatus.findMany({ select: { code: true } })).map((s) => s.code);
}

function statusIssues(codes: number[], code: number | undefined, path = 'statusCode'): ValidationIssue[] {
  return code === undefined || codes.includes(code)
    ? []
    : [{ path, code: 'unknown_status', message: `There is no status with code ${code}; add it under Settings – Statuses.` }];
}

async function defaultCode(tx: TenantClient): Promise<number> {
  const code = defaultStatusCode(await statusCodes(tx));
  if (code === null) throw new ConflictError('INVALID_STATE', 'The company has no project statuses; add one first.');
  return code;
}

/** Checks what a project refers to: active customer, its contact, active manager and cost centre. */
async function projectReferenceIssues(tx: TenantClient, cols: Partial<ProjectColumns>, merged: ProjectColumns): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  if (cols.customerId) {
    const customer = await tx.customer.findUnique({ where: { id: cols.customerId } });
    if (!customer) issues.push({ path: 'customerId', code: 'not_found', message: 'No such customer.' });
    else if (!customer.active) {
      throw new ConflictError('INACTIVE', `Customer ${customer.number} is inactive and cannot be chosen for new work.`, 'customerId');
    }
  }
  if (cols.contactId) {
    const contact = await tx.contact.findUnique({ where: { id: cols.contactId } });
    if (!contact) issues.push({ path: 'contactId', code: 'not_found', message: 'No such contact.' });
    else if (contact.customerId !== merged.customerId) {
      issues.push({ path: 'contactId', code: 'not_customer_contact', message: 'The contact belongs to another customer.' });
    }
  }
  if (cols.projectManagerId) {
    const issue = await staffUserIssueOf(tx, cols.projectManagerId, 'projectManagerId');
    if (issue) issues.push(issue);
  }
  if (cols.costCentreId) {
    const cc = await tx.costCentre.findUnique({ where: { id: cols.costCentreId } });
    if (!cc) issues.push({ path: 'costCentreId', code: 'not_found', message: 'No such cost centre.' });
    else if (!cc.active) issues.push({ path: 'costCentreId', code: 'inactive', message: 'The cost centre is inactive.' });
  }
  // The customer's "a cost centre is obligatory", checked when the project is created or its customer or cost centre changes.
  const touched = cols.customerId !== undefined || cols.costCentreId !== undefined;
  if (touched && !merged.costCentreId) {
    const customer = await tx.customer.findUnique({ where: { id: merged.customerId }, select: { number: true, costCentreRequired: true } });
    issues.push(...costCentreIssues(customer, merged.costCentreId, touched));
  }
  return issues;
}

function numberConflict(err: unknown, number: string): never {
  if (isUniqueViolationOn(err, 'number')) throw new ConflictError('NUMBER_TAKEN', `Project number ${number} is already in use.`, 'number');
  throw err;
}

export async function createProject(db: TenantDb, input: Record<string, unknown>, now = new Date()): Promise<string> {
  const autoNumber = input.number == null || input.number === '';
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const codes = await statusCodes(tx);
        const ch = projectChanges(input, null, { statusCode: defaultStatusCode(codes) ?? -1 });
        const issues = [...ch.issues, ...statusIssues(codes, ch.merged.statusCode)];
        issues.push(...(await projectReferenceIssues(tx, { ...ch.columns, customerId: ch.merged.customerId || undefined }, ch.merged)));
        if (issues.length) throw new ValidationError(issues);
        let number = ch.number ?? '';
        if (autoNumber) {
          const company = await tx.company.findFirstOrThrow({});
          // Automatic numbering runs one creation at a time per company (the Company row's lock,
          // held until the transaction ends), so two never read the same highest number. A number
          // given by hand in a transaction not yet committed can still collide: retried below.
          await lockForUpdate(tx, 'Company', company.id);
          const agg = await tx.project.aggregate({ _max: { numberValue: true } });
          number = nextProjectNumber(agg._max.numberValue, company.projectNumberStart);
        }
        const project = await tx.project
          .create({
            data: scoped<Prisma.ProjectUncheckedCreateInput>({
              ...ch.merged,
              ...statusTransition(null, ch.merged.statusCode, now),
              number,
              numberValue: numericValue(number),
            }),
          })
          .catch((err) => numberConflict(err, number));
        return project.id;
      });
    } catch (err) {
      // An automatically numbered project that lost its number to one given by hand takes the next one.
      if (autoNumber && attempt < 3 && err instanceof ConflictError && err.code === 'NUMBER_TAKEN') continue;
      throw err;
    }
  }
}

/** Called inside the transaction that changes a project's status (the integrations' event runs are enqueued there). */
export type StatusChangeHook = (tx: TenantClient) => Promise<void>;

export async function updateProject(
  db: TenantDb,
  id: string,
  input: Record<string, unknown>,
  now = new Date(),
  opts: { onStatusChanged?: StatusChangeHook } = {},
) {
  return db.$transaction(async (tx) => {
    const existing = await tx.project.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Project', 'No such project.', 'id');
    const codes = await statusCodes(tx);
    const ch = projectChanges(input, existing, { statusCode: existing.statusCode });
    const issues = [...ch.issues, ...statusIssues(codes, ch.columns.statusCode)];
    // The contact must still belong to the customer when only the customer changes.
    const refs = { ...ch.columns, ...(ch.columns.customerId && ch.merged.contactId ? { contactId: ch.merged.contactId } : {}) };
    issues.push(...(await projectReferenceIssues(tx, refs, ch.merged)));
    if (issues.length) throw new ValidationError(issues);
    const updated = await tx.project.update({
      where: { id },
      data: { ...ch.columns, ...(ch.columns.statusCode !== undefined ? statusTransition(existing, ch.columns.statusCode, now) : {}) },
    });
    if (updated.statusCode !== existing.statusCode) await opts.onStatusChanged?.(tx);
    return updated;
  });
}

/** Sets a finished status (90+): the one given, else the company's lowest finished code. */
async function closingCode(tx: TenantClient, requested: number | null | undefined): Promise<number> {
  const codes = await statusCodes(tx);
  if (requested != null) {
    const issues = statusIssues(codes, requested);
    if (issues.length) throw new ValidationError(issues);
    if (!isFinished(requested)) {
      throw ValidationError.single('statusCode', 'not_finished_status', 'Closing needs a status code of 90 or above.');
    }
    return requested;
  }
  const code = defaultClosingCode(codes);
  if (code === null) throw new ConflictError('INVALID_STATE', 'The company has no status of 90 or above to close with.');
  return code;
}

export async function closeProject(db: TenantDb, id: string, statusCode?: number | null, now = new Date(), opts: { onStatusChanged?: StatusChangeHook } = {}) {
  return db.$transaction(async (tx) => {
    const existing = await tx.project.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Project', 'No such project.', 'id');
    const code = await closingCode(tx, statusCode);
    const updated = await tx.project.update({ where: { id }, data: statusTransition(existing, code, now) });
    if (updated.statusCode !== existing.statusCode) await opts.onStatusChanged?.(tx);
    return updated;
  });
}

// ---------------------------------------------------------------------------------------------
// Work orders and change orders

async function openProject(tx: TenantClient, projectId: string) {
  const project = await tx.project.findUnique({ where: { id: projectId } });
  if (!project) throw new NotFoundError('Project', 'No such project.', 'projectId');
  if (isFinished(project.statusCode)) {
    throw new ConflictError('INVALID_STATE', `Project ${project.number} is finished; reopen it to add work.`, 'projectId');
  }
  return project;
}

export async function createWorkOrder(db: TenantDb, projectId: string, input: unknown, now = new Date()) {
  return db.$transaction(async (tx) => {
    await openProject(tx, projectId);
    const codes = await statusCodes(tx);
    const ch = workOrderChanges(input, null, { statusCode: await defaultCode(tx) });
    const issues = [...ch.issues, ...statusIssues(codes, ch.merged.statusCode)];
    if (issues.length) throw new ValidationError(issues);
    // The counter row is locked by the update: concurrent creations get distinct numbers,
    // and a number is never given twice.
    const counter = await tx.project.update({ where: { id: projectId }, data: { nextWorkOrderNumber: { increment: 1 } } });
    return tx.workOrder.create({
      data: scoped<Prisma.WorkOrderUncheckedCreateInput>({
        ...ch.merged,
        ...statusTransition(null, ch.merged.statusCode, now),
        projectId,
        number: counter.nextWorkOrderNumber - 1,
      }),
    });
  });
}

export async function updateWorkOrder(db: TenantDb, id: string, input: unknown, now = new Date()) {
  return db.$transaction(async (tx) => {
    const existing = await tx.workOrder.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('WorkOrder', 'No such work order.', 'id');
    const ch = workOrderChanges(input, existing, { statusCode: existing.statusCode });
    const issues = [...ch.issues, ...statusIssues(await statusCodes(tx), ch.columns.statusCode)];
    if (issues.length) throw new ValidationError(issues);
    return tx.workOrder.update({
      where: { id },
      data: { ...ch.columns, ...(ch.columns.statusCode !== undefined ? statusTransition(existing, ch.columns.statusCode, now) : {}) },
    });
  });
}

export async function closeWorkOrder(db: TenantDb, id: string, statusCode?: number | null, now = new Date()) {
  return db.$transaction(async (tx) => {
    const existing = await tx.workOrder.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('WorkOrder', 'No such work order.', 'id');
    return tx.workOrder.update({ where: { id }, data: statusTransition(existing, await closingCode(tx, statusCode), now) });
  });
}

export async function createChangeOrder(db: TenantDb, projectId: string, input: unknown, now = new Date()) {
  return db.$transaction(async (tx) => {
    await openProject(tx, projectId);
    const codes = await statusCodes(tx);
    const ch = changeOrderChanges(input, null, { statusCode: await defaultCode(tx) });
    const issues = [...ch.issues, ...statusIssues(codes, ch.merged.statusCode)];
    if (issues.length) throw new ValidationError(issues);
    const counter = await tx.project.update({ where: { id: projectId }, data: { nextChangeOrderNumber: { increment: 1 } } });
    return tx.changeOrder.create({
      data: scoped<Prisma.ChangeOrderUncheckedCreateInput>({
        ...ch.merged,
        estimatedAmount: ch.merged.estimatedAmount?.toFixed() ?? null,
        ...statusTransition(null, ch.merged.statusCode, now),
        projectId,
        number: counter.nextChangeOrderNumber - 1,
      }),
    });
  });
}

export async function updateChangeOrder(db: TenantDb, id: string, input: unknown, now = new Date()) {
  return db.$transaction(async (tx) => {
    const existing = await tx.changeOrder.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('ChangeOrder', 'No such change order.', 'id');
    const ch = changeOrderChanges(input, existing, { statusCode: existing.statusCode });
    const issues = [...ch.issues, ...statusIssues(await statusCodes(tx), ch.columns.statusCode)];
    if (issues.length) throw new ValidationError(issues);
    const { estimatedAmount, ...rest } = ch.columns;
    return tx.changeOrder.update({
      where: { id },
      data: {
        ...rest,
        ...(estimatedAmount !== undefined ? { estimatedAmount: estimatedAmount?.toFixed() ?? null } : {}),
        ...(ch.columns.statusCode !== undefined ? statusTransition(existing, ch.columns.statusCode, now) : {}),
      },
    });
  });
}

export async function closeChangeOrder(db: TenantDb, id: string, statusCode?: number | null, now = new Date()) {
  return db.$transaction(async (tx) => {
    const existing = await tx.changeOrder.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('ChangeOrder', 'No such change order.', 'id');
    return tx.changeOrder.update({ where: { id }, data: statusTransition(existing, await closingCode(tx, statusCode), now) });
  });
}

// ---------------------------------------------------------------------------------------------
// The status list (Administration – Settings – Statuses)

const createStatusSchema = z.object({ code: STATUS_CODE_SCHEMA, name: requiredText(100, 'Name') });
const updateStatusSchema = z.object({ id: z.string(), name: requiredText(100, 'Name') });

export async function createProjectStatus(db: TenantDb, input: unknown) {
  const v = parseInput(createStatusSchema, input);
  return db.projectStatus.create({ data: scoped<Prisma.ProjectStatusUncheckedCreateInput>(v) }).catch((err) => {
    if (isUniqueViolationOn(err, 'code')) throw new ConflictError('ALREADY_EXISTS', `A status with code ${v.code} exists.`, 'code');
    throw err;
  });
}

/** Renames a status; its code is its identity and does not change. */
export async function updateProjectStatus(db: TenantDb, input: unknown) {
  const v = parseInput(updateStatusSchema, input);
  return db.$transaction(async (tx) => {
    const existing = await tx.projectStatus.findUnique({ where: { id: v.id } });
    if (!existing) throw new NotFoundError('ProjectStatus', 'No such status.', 'id');
    return tx.projectStatus.update({ where: { id: v.id }, data: { name: v.name } });
  });
}

/** Deletes a status no project, work order or ÄTA uses. */
export async function deleteProjectStatus(db: TenantDb, id: string) {
  return db.$transaction(async (tx) => {
    const existing = await tx.projectStatus.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('ProjectStatus', 'No such status.', 'id');
    const where = { statusCode: existing.code };
    const used = (await tx.project.count({ where })) + (await tx.workOrder.count({ where })) + (await tx.changeOrder.count({ where }));
    if (used > 0) {
      throw new ConflictError('IN_USE', `Status ${existing.code} is used by ${used} project(s), work order(s) or ÄTA.`, 'id');
    }
    await recordDeletions(tx, 'ProjectStatus', [id]);
    await tx.projectStatus.delete({ where: { id } });
    return existing;
  });
}
