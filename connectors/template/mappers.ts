// Pure mapping between this system's records (SDK ports) and Ledger API v1's JSON, plus the
// rules the flows apply before sending anything. No I/O: every function here is tested with
// tables in template.test.ts.
import type { AccountUpsert, CostCentreUpsert, CustomerRecord, ProjectPartRecord, ProjectRecord } from '@nordic-invoicing/connector-sdk';
import { isClosedProjectStatus } from '@nordic-invoicing/connector-sdk';
import type { LedgerAccount, LedgerCostCentre, LedgerCustomerInput, LedgerProjectInput, LedgerProjectStatus } from './client.js';

// ---------------------------------------------------------------------------------------------
// Rules

/** Characters and length Ledger accepts in a project number (a '.' is refused, for one). */
export const PROJECT_NUMBER = /^[A-Za-z0-9ÅÄÖåäö_/+-]{1,20}$/;
export const PROJECT_NUMBER_MAX = 20;
export const PROJECT_NAME_MAX = 50;

/** Why Ledger would refuse this project number, or null when it is fine. */
export function projectNumberProblem(number: string): string | null {
  if (PROJECT_NUMBER.test(number)) return null;
  if (number.length === 0) return 'it is empty';
  const problems: string[] = [];
  const chars = [...number];
  if (chars.length > PROJECT_NUMBER_MAX) problems.push(`it has ${chars.length} characters, at most ${PROJECT_NUMBER_MAX} are allowed`);
  const bad = [...new Set(chars.filter((c) => !/^[A-Za-z0-9ÅÄÖåäö_/+-]$/.test(c)))];
  if (bad.length > 0) {
    const shown = bad.map((c) => (c === ' ' ? 'space' : `"${c}"`)).join(', ');
    problems.push(`it contains ${shown}; allowed are A–Ö, a–ö, 0–9 and _ / + -`);
  }
  return problems.join(' and ');
}

/** The error message reported for a project (or work order/ÄTA) number Ledger cannot take. */
export function projectNumberMessage(number: string): string | null {
  const problem = projectNumberProblem(number);
  return problem === null ? null : `Project number "${number}" cannot be used: ${problem}`;
}

/** Projects with status 40–89 are sent; from 90 one already sent is closed (the SDK's rule, the same in every connector). */
export { isExportableProjectStatus } from '@nordic-invoicing/connector-sdk';

/** 90 and above means finished: the remote project is closed. */
export function projectStatus(statusCode: number): LedgerProjectStatus {
  return !isClosedProjectStatus(statusCode) ? 'active' : 'closed';
}

/** Cuts a text to `max` characters, counted in code points (a surrogate pair is never split). */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/** "Customer 1001", "Project 10000", "Work order 10000_1", "ÄTA 10000_Ä001". */
export function customerReference(c: Pick<CustomerRecord, 'number'>): string {
  return `Customer ${c.number}`;
}

export function projectReference(p: Pick<ProjectRecord, 'number'>): string {
  return `Project ${p.number}`;
}

export function projectPartReference(p: Pick<ProjectPartRecord, 'kind' | 'fullNumber'>): string {
  return `${p.kind === 'changeOrder' ? 'ÄTA' : 'Work order'} ${p.fullNumber}`;
}

// ---------------------------------------------------------------------------------------------
// Exports: our records → Ledger JSON

const blank = (v: string | null | undefined): string | null => (v == null || v.trim() === '' ? null : v.trim());

export function customerPayload(c: CustomerRecord): LedgerCustomerInput {
  return {
    number: c.number,
    name: c.name.trim(),
    type: c.type === 'PRIVATE' ? 'private' : 'company',
    identityNumber: blank(c.identityNumber),
    vatNumber: blank(c.vatNumber),
    address: {
      line1: blank(c.address1),
      line2: blank(c.address2),
      postcode: blank(c.postcode),
      city: blank(c.city),
      countryCode: c.countryCode || 'SE',
    },
    phone: blank(c.phone),
    mobile: blank(c.mobile),
    email: blank(c.email),
    paymentTermsDays: c.paymentTermDays,
    reverseCharge: c.reverseCharge,
    active: c.active,
  };
}

export function projectPayload(p: ProjectRecord): LedgerProjectInput {
  return {
    number: p.number,
    name: truncate(p.name.trim(), PROJECT_NAME_MAX),
    status: projectStatus(p.statusCode),
    startDate: p.startDate,
    endDate: p.endDate,
    customerNumber: blank(p.customerNumber),
    costCentre: blank(p.costCentreCode),
    projectLeader: p.leader?.name ?? null,
    parentNumber: null,
  };
}

const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD, Swedish time) of an ISO timestamp. */
export function swedishDate(iso: string): string {
  return STOCKHOLM_DAY.format(new Date(iso));
}

/**
 * A work order or ÄTA as a project of its own, numbered "10000_1" / "10000_Ä001". Its start date
 * is its own, else the project's, else the day it was created; the end date is always the
 * project's; its status is its own.
 */
export function projectPartPayload(part: ProjectPartRecord): LedgerProjectInput {
  return {
    number: part.fullNumber,
    name: truncate(part.name.trim() || part.project.name.trim(), PROJECT_NAME_MAX),
    status: projectStatus(part.statusCode),
    startDate: part.startDate ?? part.project.startDate ?? swedishDate(part.createdAt),
    endDate: part.project.endDate,
    customerNumber: null,
    costCentre: null,
    projectLeader: part.project.leader?.name ?? null,
    parentNumber: part.projectNumber,
  };
}

// ---------------------------------------------------------------------------------------------
// Imports: Ledger JSON → our upserts

export function costCentreUpsert(r: LedgerCostCentre): CostCentreUpsert {
  return { code: r.code.trim(), name: r.name.trim(), active: r.active !== false };
}

export function accountUpsert(r: LedgerAccount): AccountUpsert {
  return { number: r.number, name: r.name.trim(), active: r.active !== false };
}
