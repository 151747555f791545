// Export of the customer register and its contacts in the import's columns (so export → edit →
// import round-trips), streamed page by page into an xlsx (exceljs' streaming WorkbookWriter)
// or a CSV as Swedish Excel reads it; and the import templates: the header row with a note on
// every column, a drop-down list where a column has fixed values, and an instructions sheet.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Customer, Prisma } from '../../generated/prisma/client.js';
import type { TenantClient } from '../../db/tenant.js';
import { ForbiddenError } from '../../errors.js';
import { customerViewScope } from '../auth/index.js';
import { type CustomerListArgs, type CustomFieldValues, customerListConditions, customerListOrder } from '../customers/index.js';
import {
  contactCellText,
  customerCellText,
  exportColumns,
  listValues,
  type ColumnDef,
  type ContactRecord,
  type DisplayLookups,
  type ImportKind,
  type Lang,
} from './columns.js';
import type { ImportAuth } from './types.js';

declare module 'exceljs' {
  interface Worksheet {
    /** A sheet's data validations by cell range (public in exceljs, missing from its declarations). */
    dataValidations: { add(range: string, validation: DataValidation): void };
  }
}

export type ExportFormat = 'xlsx' | 'csv';

const SHEET_NAME: Record<ImportKind, Record<Lang, string>> = {
  customers: { sv: 'Kunder', en: 'Customers' },
  contacts: { sv: 'Kontakter', en: 'Contacts' },
};

/** Customers the user may see, as a Prisma filter; throws when they may see none. */
function visibleWhere(auth: ImportAuth): Prisma.CustomerWhereInput {
  const scope = customerViewScope({ userId: auth.actor.userId, permissions: auth.permissions });
  if (scope.kind === 'none') throw new ForbiddenError('Exporting customers needs the permission CUSTOMER_VIEW or CUSTOMER_VIEW_ASSIGNED.', 'CUSTOMER_VIEW');
  return scope.kind === 'assigned' ? { assignedUserId: scope.userId } : {};
}

/**
 * The customers in the list's order (the customer list's own, see customerListOrder), a page at a
 * time (Prisma's cursor pagination on the id, the order's last key), so memory does not grow
 * with the register.
 */
async function* customersInOrder(
  db: TenantClient,
  where: Prisma.CustomerWhereInput,
  orderBy: Prisma.CustomerOrderByWithRelationInput[],
  page = 1000,
): AsyncGenerator<Customer[]> {
  let after: string | null = null;
  for (;;) {
    const rows: Customer[] = await db.customer.findMany({ where, orderBy, take: page, ...(after ? { cursor: { id: after }, skip: 1 } : {}) });
    if (rows.length) yield rows;
    if (rows.length < page) break;
    after = rows[rows.length - 1]!.id;
  }
}

async function lookups(db: TenantClient): Promise<DisplayLookups> {
  const terms = new Map((await db.paymentTerm.findMany({ select: { id: true, code: true } })).map((t) => [t.id, t.code]));
  const users = new Map((await db.user.findMany({ select: { id: true, signature: true } })).map((u) => [u.id, u.signature]));
  return { paymentTermCode: (id) => terms.get(id) ?? null, userSignature: (id) => users.get(id) ?? null };
}

/** A sink for rows of text cells: xlsx or CSV. */
interface RowSink {
  header(columns: ColumnDef[]): void;
  row(values: (string | null)[]): void;
  end(): Promise<void>;
}

function xlsxSink(out: Writable, kind: ImportKind, lang: Lang): RowSink {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(SHEET_NAME[kind][lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  return {
    header(columns) {
      // Every column is text, so Excel keeps leading zeros and never turns values into dates.
      ws.columns = columns.map((c) => ({ header: c[lang], key: c.key, width: c.width ?? 14, style: { numFmt: '@' } }));
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();
    },
    row(values) {
      ws.addRow(values.map((v) => v ?? null)).commit();
    },
    async end() {
      ws.commit();
      await wb.commit();
    },
  };
}

/** CSV field: quoted when needed; a leading = + - @ is escaped with ' so Excel does not run it as a formula. */
export function csvField(v: string | null): string {
  if (v === null || v === '') return '';
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[";\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvSink(out: Writable, lang: Lang): RowSink {
  let buffered = '';
  const push = (line: string) => {
    buffered += `${line}\r\n`;
    if (buffered.length > 64 * 1024) {
      out.write(buffered);
      buffered = '';
    }
  };
  return {
    header(columns) {
      out.write('\ufeff'); // UTF-8 BOM: Excel then reads å, ä, ö correctly
      push(columns.map((c) => csvField(c[lang])).join(';'));
    },
    row(values) {
      push(values.map(csvField).join(';'));
    },
    async end() {
      if (buffered) out.write(buffered);
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    },
  };
}

/**
 * Writes the visible customers (kind `customers`) or their contacts (`contacts`) to `out` in the
 * import's columns. Needs CUSTOMER_VIEW (or VIEW_ASSIGNED: only the user's customers).
 */
/**
 * Writes the register (customers, or the contacts of those customers) to `out`: the customers the
 * user may see that match `list` (the customer list's search and filters), in the list's order.
 */
export async function exportRegister(
  db: TenantClient,
  auth: ImportAuth,
  kind: ImportKind,
  format: ExportFormat,
  lang: Lang,
  out: Writable,
  list: CustomerListArgs = {},
): Promise<number> {
  const where: Prisma.CustomerWhereInput = { AND: [visibleWhere(auth), ...customerListConditions(list, auth.actor.userId)] };
  const orderBy = customerListOrder(list.orderBy);
  const defs = kind === 'customers' ? await db.customFieldDefinition.findMany({ orderBy: [{ position: 'asc' }, { key: 'asc' }] }) : [];
  const columns = exportColumns(kind, defs);
  const look = kind === 'customers' ? await lookups(db) : null;
  const sink = format === 'xlsx' ? xlsxSink(out, kind, lang) : csvSink(out, lang);
  sink.header(columns);
  let n = 0;
  for await (const page of customersInOrder(db, where, orderBy, kind === 'customers' ? 1000 : 300)) {
    if (kind === 'customers') {
      for (const c of page) {
        const record = { ...c, customFields: c.customFields as CustomFieldValues };
        sink.row(columns.map((col) => customerCellText(col, record, lang, look!)));
        n++;
      }
    } else {
      const numberOf = new Map(page.map((c) => [c.id, c.number]));
      const order = new Map(page.map((c, i) => [c.id, i]));
      const contacts = await db.contact.findMany({
        where: { customerId: { in: page.map((c) => c.id) } },
        orderBy: [{ isMainContact: 'desc' }, { name: 'asc' }, { id: 'asc' }],
      });
      contacts.sort((a, b) => order.get(a.customerId)! - order.get(b.customerId)!);
      for (const c of contacts) {
        const record: ContactRecord = { ...c, customerNumber: numberOf.get(c.customerId)! };
        sink.row(columns.map((col) => contactCellText(col, record, lang, (id) => encodeGlobalID('Contact', id))));
        n++;
      }
    }
  }
  await sink.end();
  return n;
}

/** The import template for `kind`: a header row with notes, drop-down lists, and an instructions sheet. */
export async function writeTemplate(db: TenantClient, kind: ImportKind, lang: Lang): Promise<Buffer> {
  const defs = kind === 'customers' ? await db.customFieldDefinition.findMany({ orderBy: [{ position: 'asc' }, { key: 'asc' }] }) : [];
  const columns = exportColumns(kind, defs);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Project invoicing API';
  const ws = wb.addWorksheet(SHEET_NAME[kind][lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c[lang], key: c.key, width: c.width ?? 14, style: { numFmt: '@' } }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  const lastRow = 100_001;
  columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.note = c.note[lang];
    const list = listValues(c, lang);
    const formula = list ? `"${list.join(',')}"` : null;
    // Excel limits an inline list to 255 characters.
    if (formula && formula.length <= 255 && !list!.some((v) => v.includes(','))) {
      const letter = ws.getColumn(i + 1).letter;
      ws.dataValidations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: lang === 'sv' ? 'Ogiltigt värde' : 'Invalid value',
        error: lang === 'sv' ? `Välj ett av: ${list!.join(', ')}` : `Choose one of: ${list!.join(', ')}`,
      });
    }
  });

  const help = wb.addWorksheet(lang === 'sv' ? 'Anvisningar' : 'Instructions');
  help.columns = [
    { header: lang === 'sv' ? 'Kolumn' : 'Column', key: 'column', width: 28 },
    { header: lang === 'sv' ? 'Även' : 'Also recognised', key: 'other', width: 28 },
    { header: lang === 'sv' ? 'Innehåll' : 'Content', key: 'note', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns) help.addRow({ column: c[lang], other: lang === 'sv' ? c.en : c.sv, note: c.note[lang] });
  help.addRow({});
  const lines =
    lang === 'sv'
      ? [
          'Fyll i en rad per ' +
            (kind === 'customers' ? 'kund' : 'kontakt') +
            ' på första bladet. Kolumnernas ordning är fri; svenska och engelska rubriker känns igen.',
          kind === 'customers'
            ? 'Kunder matchas på kundnummer: finns numret uppdateras kunden, annars skapas den. En saknad kolumn lämnar fältet orört, en tom cell tömmer det.'
            : 'Kontakter hör till kunden med kundnumret. Kontakt-id (från exporten), annars person-/orgnr, annars namn avgör vilken kontakt som uppdateras.',
          'Formatera person-, organisations- och telefonnummer som text. Formler, sammanfogade celler och datum i textkolumner avvisas.',
          'Importen visar först en förhandsgranskning; sedan importeras allt eller inget, eller bara de giltiga raderna.',
        ]
      : [
          'Fill in one row per ' +
            (kind === 'customers' ? 'customer' : 'contact') +
            ' on the first sheet. Column order is free; Swedish and English headers are recognised.',
          kind === 'customers'
            ? 'Customers are matched on their number: an existing number updates that customer, a new one creates it. A missing column leaves the field as it is, an empty cell clears it.'
            : 'Contacts belong to the customer with the customer number. The contact ID (from the export), else the person/org. number, else the name decides which contact is updated.',
          'Format identity and phone numbers as text. Formulas, merged cells and dates in text columns are refused.',
          'An import is previewed first; then everything or nothing is imported, or only the valid rows.',
        ];
  for (const l of lines) help.addRow({ column: l });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
