// Customer rows: each row is validated with the customer register's own rules
// (customerChanges, applyCustomFields), upserted by customer number, and classified as create,
// update (with the changed fields), unchanged or error. A row without a number updates the one
// customer with its organisation number or personnummer, if there is one, and otherwise
// creates a customer with the next free number. Lookups and writes go in batches through the
// tenant-scoped client.
import { randomUUID } from 'node:crypto';
import type { Customer, Prisma } from '../../generated/prisma/client.js';
import type { TenantClient } from '../../db/tenant.js';
import { bulkInsert, type BulkRow } from '../../db/bulk-insert.js';
import { customerEditScope, customerViewScope, scopeAllows, type CustomerScope } from '../auth/index.js';
import { assignmentNotices, type NotificationOutbox, recordAssignmentNotices } from '../notifications/index.js';
import {
  applyCustomFields,
  type CustomFieldDef,
  type CustomFieldValues,
  parseIdentityNumber,
  parsePersonalIdentityNumber,
  customerChanges,
  nextCustomerNumber,
  numericValue,
  type CustomerColumns,
  type NumberSettings,
  advanceCustomerNumbers,
  lockCustomerNumbers,
} from '../customers/index.js';
import {
  CUSTOMER_COLUMNS,
  customerCellText,
  customFieldColumns,
  type ColumnDef,
  type CustomerRecord,
  type DisplayLookups,
  type HeaderMapping,
  type MappedColumn,
} from './columns.js';
import { issueErrors, pathIndex, rowError, rowList, type CellValue, type ReadRowData, type RowProcessor } from './rows.js';
import type { FieldChange, ImportAuth, RowResult } from './types.js';

export interface CustomerScan {
  mapping: HeaderMapping;
  /** Key (customer number, or identity of a row without one) → the rows giving it, for keys given more than once. */
  duplicates: Map<string, number[]>;
  /** Data rows touched by merged cells → the merged range. */
  mergedRows: Map<number, string>;
  /** The highest purely numeric customer number the file gives. */
  highestInFile: bigint | null;
}

/** The normalised organisation number or personnummer of a row. */
export function customerIdentity(values: Map<string, CellValue>, today: Date): string | null {
  const org = values.get('organisationNumber');
  if (typeof org === 'string' && org !== '') {
    const r = parseIdentityNumber(org, { today });
    if (r.ok) return r.value.normalized;
  }
  const pnr = values.get('personalIdentityNumber');
  if (typeof pnr === 'string' && pnr !== '') {
    const r = parsePersonalIdentityNumber(pnr, { today });
    if (r.ok) return r.value.normalized;
  }
  return null;
}

/** The customer number a row gives, or null. */
export function customerNumberOf(values: Map<string, CellValue>): string | null {
  const n = values.get('number');
  return typeof n === 'string' && n !== '' ? n : null;
}

export const identityKey = (identity: string) => `\u0000identity:${identity}`;

/**
 * Pass 1 keeps, per identity number, the rows that have it: a row without a customer number is
 * matched on its identity number, so it is ambiguous when another row of the file has the same one.
 */
export class IdentityTally {
  /** Identity → rows having it × 2, plus 1 when one of them has no customer number. */
  private readonly counts = new Map<string, number>();
  /** The rows without a customer number, for identities that have one (usually none). */
  private readonly blankRows = new Map<string, number[]>();
  add(identity: string, row: number, blank: boolean): void {
    this.counts.set(identity, ((this.counts.get(identity) ?? 0) + 2) | (blank ? 1 : 0));
    if (blank) this.blankRows.set(identity, [...(this.blankRows.get(identity) ?? []), row]);
  }
  /** Keys for the rows without a number whose identity number occurs on another row too. */
  duplicates(): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (const [id, rows] of this.blankRows) if ((this.counts.get(id) ?? 0) >> 1 > 1) out.set(identityKey(id), rows);
    return out;
  }
}

interface Found {
  byNumber: Map<string, Customer>;
  byIdentity: Map<string, Customer[]>;
}

interface Pending {
  creates: BulkRow<'Customer'>[];
  updates: { id: string; data: Prisma.CustomerUncheckedUpdateInput }[];
  /** Customers whose responsible user the file changes: the users concerned are notified. */
  assignments: { customer: { id: string; number: string; name: string }; before: string | null; after: string | null }[];
}

const BOOLEAN_KEYS = new Set(['isConstructionCompany', 'facilitiesDisabled', 'facilityRequired', 'costCentreRequired', 'alwaysSendAsInvoice']);
const ENUM_KEYS = new Set(['type', 'category', 'vatDisplayType', 'language']);
const ADDRESS_PARTS: Record<string, ['invoiceAddress' | 'visitingAddress' | 'mailAddress', string]> = {
  invoiceAddress1: ['invoiceAddress', 'address1'],
  invoiceAddress2: ['invoiceAddress', 'address2'],
  invoicePostcode: ['invoiceAddress', 'postcode'],
  invoiceCity: ['invoiceAddress', 'city'],
  invoiceCountryCode: ['invoiceAddress', 'countryCode'],
  visitingAddress1: ['visitingAddress', 'address1'],
  visitingAddress2: ['visitingAddress', 'address2'],
  visitingPostcode: ['visitingAddress', 'postcode'],
  visitingCity: ['visitingAddress', 'city'],
  visitingCountryCode: ['visitingAddress', 'countryCode'],
  mailAddress1: ['mailAddress', 'address1'],
  mailAddress2: ['mailAddress', 'address2'],
  mailPostcode: ['mailAddress', 'postcode'],
  mailCity: ['mailAddress', 'city'],
  mailCountryCode: ['mailAddress', 'countryCode'],
};

function recordOf(c: Customer): CustomerRecord {
  const { id: _id, companyId: _c, createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, customFields, active, ...cols } = c;
  return { ...(cols satisfies CustomerColumns), active, customFields: customFields as CustomFieldValues };
}

function sortedJson(v: CustomFieldValues): string {
  return JSON.stringify(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export class CustomerRows implements RowProcessor<Found, Pending> {
  private readonly byPath: Map<string, MappedColumn>;
  private readonly column: Map<string, MappedColumn>;
  private readonly allColumns: ColumnDef[];
  private readonly view: CustomerScope;
  private readonly edit: CustomerScope;
  private readonly lookups: DisplayLookups;
  /** The highest number handed out so far (database, file, or auto-numbered rows). */
  private highest: bigint | null;
  private noMoreNumbers = false;
  /** Existing customer id → the row that matched it, across batches. */
  private readonly matched = new Map<string, number>();

  private constructor(
    private readonly auth: ImportAuth,
    private readonly scan: CustomerScan,
    private readonly settings: NumberSettings,
    private readonly defs: CustomFieldDef[],
    private readonly terms: { byCode: Map<string, { id: string; active: boolean }>; codeOf: Map<string, string> },
    private readonly users: { bySignature: Map<string, { id: string; active: boolean }>; signatureOf: Map<string, string> },
    highestInDb: bigint | null,
    private readonly today: Date,
    private readonly outbox?: NotificationOutbox,
  ) {
    this.byPath = pathIndex(scan.mapping);
    this.column = new Map(scan.mapping.columns.map((m) => [m.def.key, m]));
    this.allColumns = [...CUSTOMER_COLUMNS, ...customFieldColumns(defs)];
    this.view = customerViewScope({ userId: auth.actor.userId, permissions: auth.permissions });
    this.edit = customerEditScope({ userId: auth.actor.userId, permissions: auth.permissions });
    this.lookups = {
      paymentTermCode: (id) => this.terms.codeOf.get(id) ?? null,
      userSignature: (id) => this.users.signatureOf.get(id) ?? null,
    };
    const h = scan.highestInFile;
    this.highest = h === null ? highestInDb : highestInDb === null ? h : h > highestInDb ? h : highestInDb;
  }

  static async load(tx: TenantClient, auth: ImportAuth, scan: CustomerScan, today: Date, outbox?: NotificationOutbox): Promise<CustomerRows> {
    const company = await tx.company.findFirstOrThrow({});
    const defs = await tx.customFieldDefinition.findMany({ orderBy: [{ position: 'asc' }, { key: 'asc' }] });
    const terms = await tx.paymentTerm.findMany({ select: { id: true, code: true, active: true } });
    const users = await tx.user.findMany({ select: { id: true, signature: true, active: true } });
    const highestInDb = await lockCustomerNumbers(tx);
    return new CustomerRows(
      auth,
      scan,
      company,
      defs,
      {
        byCode: new Map(terms.map((t) => [t.code.toLowerCase(), { id: t.id, active: t.active }])),
        codeOf: new Map(terms.map((t) => [t.id, t.code])),
      },
      {
        bySignature: new Map(users.map((u) => [u.signature.toLowerCase(), { id: u.id, active: u.active }])),
        signatureOf: new Map(users.map((u) => [u.id, u.signature])),
      },
      highestInDb,
      today,
      outbox,
    );
  }

  private nextNumber(): string | null {
    if (this.noMoreNumbers) return null;
    const n = nextCustomerNumber(this.highest, this.settings);
    if (n === null) {
      this.noMoreNumbers = true;
      return null;
    }
    this.highest = BigInt(n);
    return n;
  }

  async lookup(tx: TenantClient, rows: readonly ReadRowData[]): Promise<Found> {
    const numbers = [...new Set(rows.map((r) => customerNumberOf(r.values)).filter((n): n is string => n !== null))];
    const byNumber = new Map<string, Customer>();
    if (numbers.length) for (const c of await tx.customer.findMany({ where: { number: { in: numbers } } })) byNumber.set(c.number, c);
    // Rows without a number: the customers with the same organisation number or personnummer.
    const identities = new Set(
      rows
        .filter((r) => customerNumberOf(r.values) === null)
        .map((r) => customerIdentity(r.values, this.today))
        .filter((v): v is string => v !== null),
    );
    const byIdentity = new Map<string, Customer[]>();
    if (identities.size) {
      const list = [...identities];
      const found = await tx.customer.findMany({
        where: { OR: [{ organisationNumber: { in: list } }, { personalIdentityNumber: { in: list } }] },
        orderBy: { number: 'asc' },
      });
      for (const c of found) {
        for (const id of new Set([c.organisationNumber, c.personalIdentityNumber])) {
          if (id && identities.has(id)) byIdentity.set(id, [...(byIdentity.get(id) ?? []), c]);
        }
      }
    }
    return { byNumber, byIdentity };
  }

  validate(rows: readonly ReadRowData[], found: Found): { results: RowResult[]; pending: Pending } {
    const pending: Pending = { creates: [], updates: [], assignments: [] };
    const results = rows.map((r) => this.row(r, found, pending));
    return { results, pending };
  }

  async write(tx: TenantClient, pending: Pending): Promise<void> {
    await bulkInsert(tx, 'Customer', this.auth.actor.signature, pending.creates);
    await advanceCustomerNumbers(tx, pending.creates);
    for (const u of pending.updates) await tx.customer.update({ where: { id: u.id }, data: u.data });
    for (const a of pending.assignments) {
      const notices = assignmentNotices(a.before, a.after, this.auth.actor.userId);
      await recordAssignmentNotices(tx, a.customer, notices, this.outbox);
    }
  }

  private row({ row, values, errors: cellErrors }: ReadRowData, found: Found, pending: Pending): RowResult {
    const errors = [...cellErrors];
    const col = (key: string) => this.column.get(key);
    let number = customerNumberOf(values);
    const name = values.get('name');
    const result = (outcome: RowResult['outcome'], extra: Partial<RowResult> = {}): RowResult => ({
      row,
      outcome,
      customerNumber: number,
      name: typeof name === 'string' ? name : null,
      record: null,
      changes: [],
      errors: [],
      ...extra,
    });

    const merged = this.scan.mergedRows.get(row);
    if (merged) errors.push(rowError(row, null, 'merged_cells', `The row has merged cells (${merged}); unmerge them so each value has its own cell.`));
    const identity = number === null ? customerIdentity(values, this.today) : null;
    const dup = number !== null ? this.scan.duplicates.get(number) : identity ? this.scan.duplicates.get(identityKey(identity)) : undefined;
    if (dup) {
      errors.push(
        number !== null
          ? rowError(row, col('number'), 'duplicate', `Customer number ${number} is given more than once in the file (${rowList(dup)}).`)
          : rowError(
              row,
              col('number'),
              'duplicate',
              `Another row of the file has the same organisation number or personnummer; give the customer number on ${rowList(dup)}.`,
            ),
      );
    }

    // A lookup may run after earlier batches were written; it cannot meet their customers: numbers
    // are unique in the file, and a row without one is matched on an identity number no other
    // row has (both checked in the first reading). So a commit does what its preview said.
    let existing = number !== null ? found.byNumber.get(number) : undefined;
    if (number === null && identity && !cellErrors.some((e) => e.field === 'number')) {
      // No number: the one customer with this organisation number or personnummer, if there is one.
      const candidates = (found.byIdentity.get(identity) ?? []).filter((c) => scopeAllows(this.view, c.assignedUserId));
      if (candidates.length > 1) {
        errors.push(
          rowError(
            row,
            col('number'),
            'ambiguous',
            `Customers ${candidates.map((c) => c.number).join(', ')} have this identity number; give the customer number.`,
          ),
        );
        return result('ERROR', { errors });
      }
      if (candidates[0]) {
        existing = candidates[0];
        number = existing.number;
      }
    }
    if (existing && !scopeAllows(this.view, existing.assignedUserId)) {
      errors.push(rowError(row, col('number'), 'forbidden', `Customer number ${number} belongs to a customer you may not see or change.`));
      return result('ERROR', { errors });
    }
    if (existing) {
      const earlier = this.matched.get(existing.id);
      if (earlier !== undefined && earlier !== row) {
        errors.push(rowError(row, col('number'), 'duplicate', `Row ${earlier} already imports customer ${existing.number}.`));
        return result('ERROR', { errors });
      }
      this.matched.set(existing.id, row);
    }
    const before = existing ? recordOf(existing) : null;
    const ref = existing ? { typename: 'Customer' as const, id: existing.id } : null;

    // The customer input, with only the columns the file has: a missing column leaves the field
    // as it is, an empty cell clears it (fields that cannot be empty keep their value or default).
    const input: Record<string, unknown> = {};
    const address: Record<'invoiceAddress' | 'visitingAddress' | 'mailAddress', Record<string, unknown>> = {
      invoiceAddress: {},
      visitingAddress: {},
      mailAddress: {},
    };
    const customInputs: { key: string; value: unknown }[] = [];
    const customColumn: MappedColumn[] = [];
    let active: boolean | null = null;
    for (const m of this.scan.mapping.columns) {
      const key = m.def.key;
      if (!values.has(key)) continue; // unreadable cell, already reported
      const v = values.get(key)!;
      if (m.def.custom) {
        customInputs.push({ key: m.def.custom.key, value: v });
        customColumn.push(m);
      } else if (key === 'number') {
        if (number !== null && existing === undefined) input.number = number;
      } else if (key === 'active') {
        active = v as boolean | null;
      } else if (ENUM_KEYS.has(key) || BOOLEAN_KEYS.has(key)) {
        if (v !== null) input[key] = v;
      } else if (key === 'paymentTerm') {
        if (v === null) input.paymentTermId = null;
        else {
          const t = this.terms.byCode.get(String(v).toLowerCase());
          if (!t) errors.push(rowError(row, m, 'not_found', `There are no payment terms with the code ${v}.`));
          else if (!t.active && t.id !== before?.paymentTermId) errors.push(rowError(row, m, 'inactive', `The payment terms ${v} are inactive.`));
          else input.paymentTermId = t.id;
        }
      } else if (key === 'assignedUser') {
        if (v === null) input.assignedUserId = null;
        else {
          const u = this.users.bySignature.get(String(v).toLowerCase());
          if (!u) errors.push(rowError(row, m, 'not_found', `There is no user with the signature ${v}.`));
          else if (!u.active && u.id !== before?.assignedUserId) errors.push(rowError(row, m, 'inactive', `The user ${v} is inactive.`));
          else input.assignedUserId = u.id;
        }
      } else if (ADDRESS_PARTS[key]) {
        const [which, part] = ADDRESS_PARTS[key];
        // An empty invoice country means SE (the default), not "no country".
        if (!(key === 'invoiceCountryCode' && v === null)) address[which][part] = v;
      } else {
        input[key] = v;
      }
    }
    for (const which of ['invoiceAddress', 'visitingAddress', 'mailAddress'] as const) if (Object.keys(address[which]).length) input[which] = address[which];
    if (customInputs.length) input.customFields = customInputs;

    const ch = customerChanges(input, before, { settings: this.settings, today: this.today });
    errors.push(...issueErrors(row, ch.issues, this.byPath, cellErrors));
    const cf = applyCustomFields(ch.customFields, this.defs, before?.customFields ?? {});
    if (cf.issues.length) {
      const missingRequired = this.defs.filter((d) => d.active && d.required && cf.values[d.key] === undefined);
      let requiredIndex = 0;
      for (const issue of cf.issues) {
        const at = /^customFields\.(\d+)\./.exec(issue.path);
        if (at) errors.push(rowError(row, customColumn[Number(at[1])], issue.code, issue.message));
        else {
          const d = missingRequired[requiredIndex++];
          errors.push(rowError(row, d ? col(`custom:${d.key}`) : null, issue.code, issue.message, d ? `custom:${d.key}` : 'customFields'));
        }
      }
    }

    const after: CustomerRecord = { ...ch.merged, active: active ?? before?.active ?? true, customFields: cf.values };
    if ((after.assignedUserId ?? null) !== (before?.assignedUserId ?? null) && !this.auth.permissions.has('CUSTOMER_ASSIGN')) {
      errors.push(rowError(row, col('assignedUser'), 'forbidden', 'Setting the assigned user needs the permission CUSTOMER_ASSIGN.'));
    }

    if (!before) {
      if (!this.auth.permissions.has('CUSTOMER_CREATE')) {
        errors.push(rowError(row, col('number'), 'forbidden', 'Creating customers needs the permission CUSTOMER_CREATE.'));
      }
      if (errors.length) return result('ERROR', { errors });
      const finalNumber = number ?? this.nextNumber();
      if (finalNumber === null) {
        errors.push(rowError(row, col('number'), 'required', 'No free customer number fits the maximum length; give the number.'));
        return result('ERROR', { errors });
      }
      after.number = finalNumber;
      after.numberValue = numericValue(finalNumber);
      const id = randomUUID();
      pending.creates.push({ id, ...after } satisfies BulkRow<'Customer'>);
      if (after.assignedUserId)
        pending.assignments.push({ customer: { id, number: finalNumber, name: after.name }, before: null, after: after.assignedUserId });
      return result('CREATE', { customerNumber: finalNumber, record: { typename: 'Customer', id }, changes: this.changes(null, after) });
    }

    if (errors.length) return result('ERROR', { errors, record: ref });
    const changes = this.changes(before, after);
    if (changes.length === 0) return result('UNCHANGED', { record: ref });
    if (!scopeAllows(this.edit, existing!.assignedUserId)) {
      const message =
        this.edit.kind === 'assigned' ? 'You may only change customers assigned to you.' : 'Changing customers needs the permission CUSTOMER_EDIT.';
      return result('ERROR', { errors: [rowError(row, null, 'forbidden', message)], record: ref });
    }
    const data: Prisma.CustomerUncheckedUpdateInput = { ...ch.columns };
    if (sortedJson(after.customFields) !== sortedJson(before.customFields)) data.customFields = after.customFields;
    if (after.active !== before.active) data.active = after.active;
    pending.updates.push({ id: existing!.id, data });
    if ((after.assignedUserId ?? null) !== (before.assignedUserId ?? null)) {
      pending.assignments.push({
        customer: { id: existing!.id, number: after.number, name: after.name },
        before: before.assignedUserId ?? null,
        after: after.assignedUserId ?? null,
      });
    }
    return result('UPDATE', { record: ref, changes });
  }

  /** The columns whose shown value differs; for a new customer, the columns of the file that have a value. */
  private changes(before: CustomerRecord | null, after: CustomerRecord): FieldChange[] {
    const out: FieldChange[] = [];
    const defs = before ? this.allColumns : this.scan.mapping.columns.map((m) => m.def);
    for (const def of defs) {
      const to = customerCellText(def, after, 'en', this.lookups);
      const from = before ? customerCellText(def, before, 'en', this.lookups) : null;
      if (from !== to) out.push({ field: def.key, column: this.column.get(def.key)?.header ?? null, from, to });
    }
    return out;
  }
}
