// Project rules (pure, no I/O): status phases by code, numbering and references of work
// orders and change orders (ÄTA), status transitions, dates, and input validation.
import { z } from 'zod';
import type { ValidationIssue } from '../../errors.js';
import { isRealDate, optionalText, parseFields } from '../validation.js';

// ---------------------------------------------------------------------------------------------
// Statuses: every rule reads the code, never the name.

export const ORDERED_FROM = 40;
export const FINISHED_FROM = 90;

export type StatusPhase = 'NOT_ORDERED' | 'ORDERED' | 'FINISHED';

/** Below 40 not ordered (e.g. quotes), 40–89 ordered/ongoing, 90 and above finished/closed. */
export function statusPhase(code: number): StatusPhase {
  if (code >= FINISHED_FROM) return 'FINISHED';
  if (code >= ORDERED_FROM) return 'ORDERED';
  return 'NOT_ORDERED';
}

/** Accounting systems receive projects whose status code is 40–89. */
export function isSentToAccounting(code: number): boolean {
  return statusPhase(code) === 'ORDERED';
}

export function isFinished(code: number): boolean {
  return statusPhase(code) === 'FINISHED';
}

export interface StatusStamp {
  statusCode: number;
  statusChangedAt: Date;
  finishedAt: Date | null;
}

/**
 * The status columns after a change of status: the change time moves only when the code
 * changes; finishedAt is set when the code first reaches 90 and cleared when it drops below.
 */
export function statusTransition(current: StatusStamp | null, nextCode: number, now: Date): StatusStamp {
  if (current && current.statusCode === nextCode) return current;
  const finished = isFinished(nextCode);
  return {
    statusCode: nextCode,
    statusChangedAt: now,
    finishedAt: finished ? (current?.finishedAt && isFinished(current.statusCode) ? current.finishedAt : now) : null,
  };
}

export const STATUS_CODE_SCHEMA = z.number().int().min(0, 'A status code is 0–999.').max(999, 'A status code is 0–999.');

// ---------------------------------------------------------------------------------------------
// Numbers and references

const PROJECT_NUMBER_RE = /^[A-Za-z0-9_-]{1,20}$/;

export function projectNumberIssues(number: string, path = 'number'): ValidationIssue[] {
  return PROJECT_NUMBER_RE.test(number) ? [] : [{ path, code: 'invalid_format', message: 'A project number has 1–20 letters, digits, - or _.' }];
}

export function numericValue(number: string): bigint | null {
  return /^\d{1,18}$/.test(number) ? BigInt(number) : null;
}

/** The next free project number: one above the highest numeric one, at least the start number. */
export function nextProjectNumber(highest: bigint | null, start: number): string {
  const next = highest === null || highest < BigInt(start) ? BigInt(start) : highest + 1n;
  return next.toString();
}

/** ÄTA are shown as Ä001, Ä002, … (at least three digits). */
export function changeOrderCode(n: number): string {
  return `Ä${String(n).padStart(3, '0')}`;
}

/** The reference of a work order: `10000_1` (project number, underscore, work order number, as the accounting systems get it). */
export function workOrderReference(projectNumber: string, n: number): string {
  return `${projectNumber}_${n}`;
}

/** The reference of a change order: `10000_Ä001`. */
export function changeOrderReference(projectNumber: string, n: number): string {
  return `${projectNumber}_${changeOrderCode(n)}`;
}

/** A work order starts on its own start date, else the project's. */
export function effectiveStartDate(own: Date | null, projectStart: Date | null): Date | null {
  return own ?? projectStart;
}

// ---------------------------------------------------------------------------------------------
// Dates

/** A YYYY-MM-DD string as a UTC midnight Date (how @db.Date columns are read and written). */
export function toDate(s: string): Date {
  return new Date(`${s}T00:00:00.000Z`);
}
const dateField = z
  .string()
  .nullish()
  .refine((v) => v == null || isRealDate(v), {
    message: 'A date is written YYYY-MM-DD and must exist.',
    params: { code: 'invalid_date' },
  })
  .transform((v) => (v == null ? v : toDate(v)));

export function dateOrderIssues(start: Date | null, end: Date | null, path = 'endDate'): ValidationIssue[] {
  return start && end && end < start ? [{ path, code: 'before_start', message: 'The end date is before the start date.' }] : [];
}

// ---------------------------------------------------------------------------------------------
// Inputs

const projectShape = z
  .object({
    number: z.string().trim().nullish(),
    name: z.string().trim().min(1, 'Name is required.').max(200, 'At most 200 characters.').nullish(),
    customerId: z.string().nullish(),
    contactId: z.string().nullish(),
    customerReference: optionalText(100),
    projectManagerId: z.string().nullish(),
    startDate: dateField,
    endDate: dateField,
    statusCode: STATUS_CODE_SCHEMA.nullish(),
    costCentreId: z.string().nullish(),
    description: optionalText(4000),
  })
  .strict();

export interface ProjectColumns {
  name: string;
  customerId: string;
  contactId: string | null;
  customerReference: string | null;
  projectManagerId: string | null;
  startDate: Date | null;
  endDate: Date | null;
  statusCode: number;
  costCentreId: string | null;
  description: string | null;
}

export interface Changes<C> {
  columns: Partial<C>;
  merged: C;
  issues: ValidationIssue[];
  /** Hand-given number (projects only). */
  number?: string | null;
}

function required<T>(issues: ValidationIssue[], invalid: Set<string>, key: string, value: T | null | undefined, creating: boolean, label: string) {
  if (invalid.has(key)) return;
  if (value === null || (creating && value === undefined)) issues.push({ path: key, code: 'required', message: `${label} is required.` });
}

/** Validates a project input against the project as it is (null when creating). */
export function projectChanges(input: unknown, existing: ProjectColumns | null, defaults: { statusCode: number }): Changes<ProjectColumns> {
  const { value: v, issues, invalid } = parseFields(projectShape, input);
  const creating = existing === null;
  required(issues, invalid, 'name', v.name, creating, 'Name');
  required(issues, invalid, 'customerId', v.customerId, creating, 'Customer');
  if (v.statusCode === null) issues.push({ path: 'statusCode', code: 'required', message: 'Status is required.' });
  const columns: Partial<ProjectColumns> = {};
  for (const k of ['name', 'customerId', 'statusCode'] as const) if (v[k] != null) (columns as Record<string, unknown>)[k] = v[k];
  for (const k of ['contactId', 'customerReference', 'projectManagerId', 'startDate', 'endDate', 'costCentreId', 'description'] as const) {
    if (v[k] !== undefined) (columns as Record<string, unknown>)[k] = v[k];
  }
  const base: ProjectColumns = existing ?? {
    name: '',
    customerId: '',
    contactId: null,
    customerReference: null,
    projectManagerId: null,
    startDate: null,
    endDate: null,
    statusCode: defaults.statusCode,
    costCentreId: null,
    description: null,
  };
  const merged = { ...base, ...columns };
  // A new customer makes the old contact meaningless unless one is given with it.
  if (existing && columns.customerId && columns.customerId !== existing.customerId && v.contactId === undefined) {
    columns.contactId = null;
    merged.contactId = null;
  }
  if (!invalid.has('startDate') && !invalid.has('endDate')) issues.push(...dateOrderIssues(merged.startDate, merged.endDate));
  let number: string | null | undefined;
  if (v.number != null && v.number !== '') {
    issues.push(...projectNumberIssues(v.number));
    number = v.number;
  }
  return { columns, merged, issues, number };
}

const workOrderShape = z
  .object({
    name: z.string().trim().min(1, 'Name is required.').max(200, 'At most 200 characters.').nullish(),
    statusCode: STATUS_CODE_SCHEMA.nullish(),
    startDate: dateField,
    customerReference: optionalText(100),
  })
  .strict();

export interface WorkOrderColumns {
  name: string;
  statusCode: number;
  startDate: Date | null;
  customerReference: string | null;
}

export function workOrderChanges(input: unknown, existing: WorkOrderColumns | null, defaults: { statusCode: number }): Changes<WorkOrderColumns> {
  const { value: v, issues, invalid } = parseFields(workOrderShape, input);
  required(issues, invalid, 'name', v.name, existing === null, 'Name');
  if (v.statusCode === null) issues.push({ path: 'statusCode', code: 'required', message: 'Status is required.' });
  const columns: Partial<WorkOrderColumns> = {};
  if (v.name != null) columns.name = v.name;
  if (v.statusCode != null) columns.statusCode = v.statusCode;
  if (v.startDate !== undefined) columns.startDate = v.startDate;
  if (v.customerReference !== undefined) columns.customerReference = v.customerReference;
  const base = existing ?? { name: '', statusCode: defaults.statusCode, startDate: null, customerReference: null };
  return { columns, merged: { ...base, ...columns }, issues };
}

const amount = z
  .custom<{ toFixed(): string; decimalPlaces(): number; isNegative(): boolean }>(
    (v) => v == null || (typeof v === 'object' && 'decimalPlaces' in (v as object)),
    {
      message: 'An amount is an exact decimal.',
    },
  )
  .nullish()
  .refine((v) => v == null || v.decimalPlaces() <= 2, { message: 'At most 2 decimals.' });

const changeOrderShape = z
  .object({
    name: z.string().trim().min(1, 'Name is required.').max(200, 'At most 200 characters.').nullish(),
    description: optionalText(4000),
    statusCode: STATUS_CODE_SCHEMA.nullish(),
    estimatedAmount: amount,
  })
  .strict();

export interface ChangeOrderColumns {
  name: string;
  description: string | null;
  statusCode: number;
  estimatedAmount: { toFixed(): string } | null;
}

export function changeOrderChanges(input: unknown, existing: ChangeOrderColumns | null, defaults: { statusCode: number }): Changes<ChangeOrderColumns> {
  const { value: v, issues, invalid } = parseFields(changeOrderShape, input);
  required(issues, invalid, 'name', v.name, existing === null, 'Name');
  if (v.statusCode === null) issues.push({ path: 'statusCode', code: 'required', message: 'Status is required.' });
  const columns: Partial<ChangeOrderColumns> = {};
  if (v.name != null) columns.name = v.name;
  if (v.statusCode != null) columns.statusCode = v.statusCode;
  if (v.description !== undefined) columns.description = v.description;
  if (v.estimatedAmount !== undefined) columns.estimatedAmount = v.estimatedAmount;
  const base = existing ?? { name: '', description: null, statusCode: defaults.statusCode, estimatedAmount: null };
  return { columns, merged: { ...base, ...columns }, issues };
}

/**
 * The status a new project, work order or ÄTA gets when none is given: the company's lowest
 * code (normally a quote). Ordering, which sends it to the accounting system, is a deliberate step.
 */
export function defaultStatusCode(codes: number[]): number | null {
  return codes.length ? Math.min(...codes) : null;
}

/** The status closing uses when none is given: the lowest finished code. */
export function defaultClosingCode(codes: number[]): number | null {
  const finished = codes.filter(isFinished).sort((a, b) => a - b);
  return finished[0] ?? null;
}

/**
 * A customer whose card says "a cost centre is obligatory" (costCentreRequired) gets no project
 * without one: on creation, and on a change of the project's customer or cost centre (pure).
 */
export function costCentreIssues(
  customer: { number: string; costCentreRequired: boolean } | null,
  costCentreId: string | null,
  touched: boolean,
): ValidationIssue[] {
  if (!touched || !customer?.costCentreRequired || costCentreId) return [];
  return [{ path: 'costCentreId', code: 'required', message: `Customer ${customer.number} requires a cost centre on its projects.` }];
}
