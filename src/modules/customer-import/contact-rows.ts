// Contact rows: keyed by their customer's number. A row updates the customer's contact with the
// given contact id (the export writes it), else the one with the same person/org. number, else
// the one with the same name (and no other identity number); otherwise it creates a contact.
// Validation is the register's own (contactChanges).
import { randomUUID } from 'node:crypto';
import type { Contact, Customer, Prisma } from '../../generated/prisma/client.js';
import type { TenantClient } from '../../db/tenant.js';
import { bulkInsert, type BulkRow } from '../../db/bulk-insert.js';
import { customerEditScope, customerViewScope, scopeAllows, type CustomerScope } from '../auth/index.js';
import { parseIdentityNumber, contactChanges, type ContactColumns } from '../customers/index.js';
import { CONTACT_COLUMNS, contactCellText, type ContactRecord, type HeaderMapping, type MappedColumn } from './columns.js';
import { issueErrors, pathIndex, rowError, rowList, type CellValue, type ReadRowData, type RowProcessor } from './rows.js';
import type { FieldChange, ImportAuth, RowResult } from './types.js';

export interface ContactScan {
  mapping: HeaderMapping;
  /** Contact key (customer + id, identity number or name) → rows, for keys given more than once. */
  duplicates: Map<string, number[]>;
  /** Customer number → rows making a contact its main contact, when more than one. */
  mainDuplicates: Map<string, number[]>;
  mergedRows: Map<number, string>;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A contact id as the export writes it (a global id), or a bare database id. Null when it is neither. */
export function parseContactId(v: string): string | null {
  if (UUID_RE.test(v)) return v.toLowerCase();
  const decoded = Buffer.from(v, 'base64').toString('utf8');
  const m = /^Contact:(.+)$/.exec(decoded);
  return m && UUID_RE.test(m[1]!) ? m[1]!.toLowerCase() : null;
}

/** The normalised person/org. number of a row, or null. */
export function contactIdentity(values: Map<string, CellValue>, today: Date): string | null {
  const v = values.get('personalIdentityNumber');
  if (typeof v !== 'string' || v === '') return null;
  const r = parseIdentityNumber(v, { today });
  return r.ok ? r.value.normalized : null;
}

/** Which contact a row means (for duplicates in the file) and whether it makes that one the main contact. */
export function contactScanKey(values: Map<string, CellValue>, identity: string | null): { key: string | null; mainKey: string | null } {
  const customer = values.get('customerNumber');
  if (typeof customer !== 'string' || customer === '') return { key: null, mainKey: null };
  const id = values.get('contactId');
  const name = values.get('name');
  const key =
    typeof id === 'string' && id !== ''
      ? `${customer}\u0000id:${parseContactId(id) ?? id}`
      : identity
        ? `${customer}\u0000pnr:${identity}`
        : typeof name === 'string' && name !== ''
          ? `${customer}\u0000name:${name.toLowerCase()}`
          : null;
  return { key, mainKey: values.get('isMainContact') === true ? customer : null };
}

function columnsOf(c: Contact): ContactColumns {
  const { id: _i, companyId: _c, customerId: _cu, createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, ...cols } = c;
  return cols;
}

type CustomerRef = Pick<Customer, 'id' | 'number' | 'assignedUserId'>;

interface Found {
  customers: Map<string, CustomerRef>;
  contacts: Map<string, Contact[]>;
}

interface Pending {
  creates: BulkRow<'Contact'>[];
  updates: { id: string; data: Prisma.ContactUncheckedUpdateInput }[];
  /** Contacts that lose the main-contact flag because a row makes another contact of their customer the main one. */
  unsetMain: string[];
}

const BOOLEAN_KEYS = ['isMainContact', 'sendServiceProtocol', 'sendWorkOrder'];

export class ContactRows implements RowProcessor<Found, Pending> {
  private readonly byPath: Map<string, MappedColumn>;
  private readonly column: Map<string, MappedColumn>;
  private readonly view: CustomerScope;
  private readonly edit: CustomerScope;
  /** Existing contact id → the row that matched it, across batches. */
  private readonly matched = new Map<string, number>();
  /** Contacts this import creates: later lookups ignore them, so a commit does what its preview said. */
  private readonly created = new Set<string>();

  constructor(
    private readonly auth: ImportAuth,
    private readonly scan: ContactScan,
    private readonly today: Date,
  ) {
    this.byPath = pathIndex(scan.mapping);
    this.column = new Map(scan.mapping.columns.map((m) => [m.def.key, m]));
    this.view = customerViewScope({ userId: auth.actor.userId, permissions: auth.permissions });
    this.edit = customerEditScope({ userId: auth.actor.userId, permissions: auth.permissions });
  }

  async lookup(tx: TenantClient, rows: readonly ReadRowData[]): Promise<Found> {
    const numbers = [...new Set(rows.map((r) => r.values.get('customerNumber')).filter((n): n is string => typeof n === 'string' && n !== ''))];
    const customers = new Map<string, CustomerRef>();
    const contacts = new Map<string, Contact[]>();
    if (numbers.length) {
      const found = await tx.customer.findMany({ where: { number: { in: numbers } }, select: { id: true, number: true, assignedUserId: true } });
      for (const c of found) if (scopeAllows(this.view, c.assignedUserId)) customers.set(c.number, c);
      const ids = [...customers.values()].map((c) => c.id);
      if (ids.length) {
        for (const c of await tx.contact.findMany({ where: { customerId: { in: ids } }, orderBy: { createdAt: 'asc' } })) {
          const list = contacts.get(c.customerId) ?? [];
          list.push(c);
          contacts.set(c.customerId, list);
        }
      }
    }
    return { customers, contacts };
  }

  validate(rows: readonly ReadRowData[], found: Found): { results: RowResult[]; pending: Pending } {
    const pending: Pending = { creates: [], updates: [], unsetMain: [] };
    const results = rows.map((r) => this.row(r, found, pending));
    return { results, pending };
  }

  async write(tx: TenantClient, pending: Pending): Promise<void> {
    await bulkInsert(tx, 'Contact', this.auth.actor.signature, pending.creates);
    for (const u of pending.updates) await tx.contact.update({ where: { id: u.id }, data: u.data });
    if (pending.unsetMain.length) await tx.contact.updateMany({ where: { id: { in: pending.unsetMain } }, data: { isMainContact: false } });
  }

  private row({ row, values, errors: cellErrors }: ReadRowData, found: Found, pending: Pending): RowResult {
    const errors = [...cellErrors];
    const col = (key: string) => this.column.get(key);
    const cn = values.get('customerNumber');
    const customerNumber = typeof cn === 'string' && cn !== '' ? cn : null;
    const nameValue = values.get('name');
    const result = (outcome: RowResult['outcome'], extra: Partial<RowResult> = {}): RowResult => ({
      row,
      outcome,
      customerNumber,
      name: typeof nameValue === 'string' ? nameValue : null,
      record: null,
      changes: [],
      errors: [],
      ...extra,
    });

    const merged = this.scan.mergedRows.get(row);
    if (merged) errors.push(rowError(row, null, 'merged_cells', `The row has merged cells (${merged}); unmerge them so each value has its own cell.`));
    const pnr = contactIdentity(values, this.today);
    const { key, mainKey } = contactScanKey(values, pnr);
    const dup = key ? this.scan.duplicates.get(key) : undefined;
    if (dup)
      errors.push(rowError(row, null, 'duplicate', `The same contact of customer ${customerNumber} is given more than once in the file (${rowList(dup)}).`));
    const mainDup = mainKey ? this.scan.mainDuplicates.get(mainKey) : undefined;
    if (mainDup) {
      errors.push(
        rowError(
          row,
          col('isMainContact'),
          'several_main_contacts',
          `Customer ${customerNumber} gets more than one main contact in the file (${rowList(mainDup)}).`,
        ),
      );
    }

    if (customerNumber === null) {
      if (values.has('customerNumber'))
        errors.push(rowError(row, col('customerNumber'), 'required', 'Give the number of the customer the contact belongs to.'));
      return result('ERROR', { errors });
    }
    const customer = found.customers.get(customerNumber);
    if (!customer) {
      errors.push(rowError(row, col('customerNumber'), 'unknown_customer', `There is no customer with number ${customerNumber}; import the customer first.`));
      return result('ERROR', { errors });
    }

    // Which existing contact the row means.
    const list = (found.contacts.get(customer.id) ?? []).filter((c) => !this.created.has(c.id));
    let existing: Contact | null = null;
    const idText = values.get('contactId');
    if (typeof idText === 'string' && idText !== '') {
      const id = parseContactId(idText);
      existing = (id && list.find((c) => c.id === id)) || null;
      if (!existing) {
        errors.push(
          rowError(row, col('contactId'), 'unknown_contact', `Customer ${customerNumber} has no contact with this id; leave the cell empty to add a contact.`),
        );
      }
    } else {
      const candidates = pnr ? list.filter((c) => c.identityNumber === pnr) : [];
      const byName =
        candidates.length === 0 && typeof nameValue === 'string' && nameValue !== ''
          ? list.filter((c) => c.name.toLowerCase() === nameValue.toLowerCase() && (!pnr || c.identityNumber === null))
          : [];
      const matches = candidates.length ? candidates : byName;
      if (matches.length > 1) {
        errors.push(
          rowError(
            row,
            null,
            'ambiguous',
            `Customer ${customerNumber} has ${matches.length} contacts that match this row; add the Contact ID column (export the contacts to get it).`,
          ),
        );
      } else existing = matches[0] ?? null;
    }
    if (existing && !dup) {
      const earlier = this.matched.get(existing.id);
      if (earlier !== undefined && earlier !== row) {
        errors.push(rowError(row, null, 'duplicate', `Row ${earlier} already changes this contact of customer ${customerNumber}.`));
      } else this.matched.set(existing.id, row);
    }

    const input: Record<string, unknown> = {};
    for (const m of this.scan.mapping.columns) {
      const k = m.def.key;
      if (k === 'customerNumber' || k === 'contactId' || !values.has(k)) continue;
      const v = values.get(k)!;
      if (BOOLEAN_KEYS.includes(k)) {
        if (v !== null) input[k] = v;
      } else input[k] = v;
    }
    const before = existing ? columnsOf(existing) : null;
    const ch = contactChanges(input, before, { today: this.today });
    errors.push(...issueErrors(row, ch.issues, this.byPath, cellErrors));
    const recordRef = existing ? { typename: 'Contact' as const, id: existing.id } : null;
    const edits = scopeAllows(this.edit, customer.assignedUserId);

    if (!existing) {
      if (!edits) errors.push(rowError(row, null, 'forbidden', this.forbidden()));
      if (errors.length) return result('ERROR', { errors });
      const id = randomUUID();
      this.created.add(id);
      pending.creates.push({ id, ...ch.merged, customerId: customer.id } satisfies BulkRow<'Contact'>);
      if (ch.merged.isMainContact) pending.unsetMain.push(...list.filter((c) => c.isMainContact).map((c) => c.id));
      return result('CREATE', {
        name: ch.merged.name,
        record: { typename: 'Contact', id },
        changes: this.changes(null, { ...ch.merged, id, customerNumber }),
      });
    }
    if (errors.length) return result('ERROR', { errors, record: recordRef });
    const changes = this.changes({ ...before!, id: existing.id, customerNumber }, { ...ch.merged, id: existing.id, customerNumber });
    if (changes.length === 0) return result('UNCHANGED', { name: existing.name, record: recordRef });
    if (!edits) return result('ERROR', { errors: [rowError(row, null, 'forbidden', this.forbidden())], record: recordRef });
    pending.updates.push({ id: existing.id, data: ch.columns });
    if (ch.columns.isMainContact && !existing.isMainContact) {
      pending.unsetMain.push(...list.filter((c) => c.isMainContact && c.id !== existing!.id).map((c) => c.id));
    }
    return result('UPDATE', { name: ch.merged.name, record: recordRef, changes });
  }

  private forbidden(): string {
    return this.edit.kind === 'assigned'
      ? 'You may only change the contacts of customers assigned to you.'
      : 'Changing contacts needs the permission CUSTOMER_EDIT (or CUSTOMER_EDIT_ASSIGNED for your customers).';
  }

  private changes(before: ContactRecord | null, after: ContactRecord): FieldChange[] {
    const out: FieldChange[] = [];
    for (const def of CONTACT_COLUMNS) {
      if (def.key === 'customerNumber' || def.key === 'contactId') continue;
      if (before === null && !this.column.has(def.key)) continue;
      const to = contactCellText(def, after, 'en', String);
      const from = before ? contactCellText(def, before, 'en', String) : null;
      if (from !== to && !(before === null && to === null)) out.push({ field: def.key, column: this.column.get(def.key)?.header ?? null, from, to });
    }
    return out;
  }
}
