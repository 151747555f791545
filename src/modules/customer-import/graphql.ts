// GraphQL: importing customers and contacts from an uploaded spreadsheet (GraphQL multipart
// request; graphql-yoga hands the upload over as a WHATWG File). The template and export
// downloads are plain HTTP GET routes (http.ts).
import { GraphQLError } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { notificationOutbox } from '../notifications/index.js';
import { importFile, importLimits } from './import.js';
import { blobSource, isBlobLike } from './source.js';
import type { ImportKind } from './columns.js';
import type { FieldChange, ImportMode, ImportSummary, RowError, RowOutcome, RowResult } from './types.js';

function parseFile(v: unknown): File {
  if (isBlobLike(v)) return v as File;
  throw new GraphQLError('File takes an uploaded file: send the request as multipart/form-data (GraphQL multipart request specification).');
}

builder.scalarType('File', {
  description: 'An uploaded file (GraphQL multipart request specification). Input only.',
  serialize: () => {
    throw new GraphQLError('File is an input-only scalar.');
  },
  parseValue: parseFile,
  parseLiteral: () => {
    throw new GraphQLError('File takes an uploaded file (multipart request), not a literal.');
  },
});

const ImportModeEnum = builder.enumType('ImportMode', {
  values: {
    PREVIEW: { description: 'Validate and classify every row; write nothing (dry run).' },
    ALL_OR_NOTHING: { description: 'Write every row, or nothing if any row has an error.' },
    VALID_ROWS: { description: 'Write the valid rows; rows with errors are reported and skipped.' },
  },
});
const ImportRowOutcomeEnum = builder.enumType('ImportRowOutcome', {
  values: {
    CREATE: { description: 'The row creates a record.' },
    UPDATE: { description: 'The row changes an existing record (see changes).' },
    UNCHANGED: { description: 'The record already is as the row says.' },
    ERROR: { description: 'The row cannot be imported (see errors).' },
  },
});
const ImportFormatEnum = builder.enumType('ImportFormat', { values: { XLSX: {}, CSV: {} } });

const ImportRowErrorRef = builder.objectRef<RowError>('ImportRowError').implement({
  description: 'A problem with one row: the row number as Excel shows it, the column header as written in the file, and what is wrong.',
  fields: (t) => ({
    row: t.exposeInt('row'),
    column: t.exposeString('column', { nullable: true, description: 'The header of the column, as written in the file; null when not about one column.' }),
    field: t.exposeString('field', { nullable: true, description: 'The field, e.g. organisationNumber, invoicePostcode, custom:floor.' }),
    code: t.exposeString('code', { description: 'required, check_digit, lost_leading_zero, formula, duplicate, unknown_customer, forbidden, …' }),
    message: t.exposeString('message'),
  }),
});

const ImportFieldChangeRef = builder.objectRef<FieldChange>('ImportFieldChange').implement({
  description: 'A field a row changes, as the sheet shows it.',
  fields: (t) => ({
    field: t.exposeString('field'),
    column: t.exposeString('column', { nullable: true }),
    from: t.exposeString('from', { nullable: true }),
    to: t.exposeString('to', { nullable: true }),
  }),
});

interface RowData extends RowResult {
  committed: boolean;
}

const ImportRowRef = builder.objectRef<RowData>('ImportRow').implement({
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'The row number as Excel shows it.' }),
    outcome: t.field({ type: ImportRowOutcomeEnum, resolve: (r) => r.outcome }),
    customerNumber: t.exposeString('customerNumber', {
      nullable: true,
      description: 'Customers: the number (the next free number for a new customer without one); contacts: their customer’s.',
    }),
    name: t.exposeString('name', { nullable: true }),
    id: t.id({
      nullable: true,
      description: 'The customer or contact the row updates or matched, or created (once committed).',
      resolve: (r) => (r.record && !(r.outcome === 'CREATE' && !r.committed) ? encodeGlobalID(r.record.typename, r.record.id) : null),
    }),
    changes: t.field({ type: [ImportFieldChangeRef], resolve: (r) => r.changes }),
    errors: t.field({ type: [ImportRowErrorRef], resolve: (r) => r.errors }),
  }),
});

interface ResultData extends ImportSummary {
  rowResults: RowResult[];
}

const ImportColumnRef = builder.objectRef<{ header: string; field: string }>('ImportColumn').implement({
  fields: (t) => ({
    header: t.exposeString('header', { description: 'As written in the file.' }),
    field: t.exposeString('field', { description: 'The field it was recognised as.' }),
  }),
});

const ImportResultRef = builder.objectRef<ResultData>('ImportResult').implement({
  description: 'What an import did (or, previewed, would do) with each row of the file.',
  fields: (t) => ({
    mode: t.field({ type: ImportModeEnum, resolve: (r) => r.mode }),
    committed: t.exposeBoolean('committed', { description: 'Whether rows were written.' }),
    message: t.exposeString('message'),
    format: t.field({ type: ImportFormatEnum, resolve: (r) => (r.format === 'xlsx' ? 'XLSX' : 'CSV') }),
    encoding: t.exposeString('encoding', { nullable: true, description: 'CSV: UTF-8, UTF-16LE or Windows-1252.' }),
    sheet: t.exposeString('sheet', { nullable: true, description: 'xlsx: the worksheet read (the first).' }),
    headerRow: t.exposeInt('headerRow'),
    columns: t.field({ type: [ImportColumnRef], resolve: (r) => r.columns }),
    unknownColumns: t.exposeStringList('unknownColumns', { description: 'Headers no field matched; their cells were ignored.' }),
    totalRows: t.exposeInt('totalRows', { description: 'Data rows (rows with nothing in a recognised column are skipped).' }),
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
    errorRows: t.int({ resolve: (r) => r.errors }),
    rows: t.field({
      type: [ImportRowRef],
      args: {
        outcomes: t.arg({ type: [ImportRowOutcomeEnum], description: 'Only rows with these outcomes.' }),
        first: t.arg.int({ description: 'At most this many rows.' }),
      },
      resolve: (r, args) => {
        const wanted = args.outcomes ? new Set<RowOutcome>(args.outcomes) : null;
        const rows = wanted ? r.rowResults.filter((x) => wanted.has(x.outcome)) : r.rowResults;
        return (args.first != null ? rows.slice(0, Math.max(0, args.first)) : rows).map((x) => ({ ...x, committed: r.committed }));
      },
    }),
  }),
});

async function runImport(kind: ImportKind, file: File, mode: ImportMode, ctx: Context): Promise<ResultData> {
  const rowResults: RowResult[] = [];
  const summary = await importFile(ctx.db, ctx.auth!, kind, blobSource(file), {
    mode,
    limits: importLimits(),
    onRow: (r) => rowResults.push(r),
    outbox: notificationOutbox(ctx.integrations),
  });
  return { ...summary, rowResults };
}

const IMPORT_DOC = (what: string) =>
  `Imports ${what}, from an uploaded .xlsx (first sheet) or CSV (semicolon; UTF-8 with or without BOM, or Windows-1252). ` +
  'PREVIEW (default) writes nothing. Needs CUSTOMER_UPLOAD, and CUSTOMER_CREATE / CUSTOMER_EDIT (or EDIT_ASSIGNED) for the rows that create / change. ' +
  'A file that cannot be imported (not a spreadsheet, encrypted, damaged, too large, merged header cells, …) gives a ValidationError at path "file".';

builder.mutationFields((t) => ({
  importCustomers: t.field({
    type: ImportResultRef,
    errors: {},
    description: IMPORT_DOC(
      'customers, upserted by customer number (a row without one: the customer with its organisation number or personnummer, else the next free number)',
    ),
    authScopes: { permission: 'CUSTOMER_UPLOAD' },
    args: {
      file: t.arg({ type: 'File', required: true }),
      mode: t.arg({ type: ImportModeEnum, defaultValue: 'PREVIEW' }),
    },
    resolve: (_r, { file, mode }, ctx) => runImport('customers', file, mode ?? 'PREVIEW', ctx),
  }),
  importContacts: t.field({
    type: ImportResultRef,
    errors: {},
    description: IMPORT_DOC("customer contacts, keyed by their customer's number (matched by contact id, person/org. number or name)"),
    authScopes: { permission: 'CUSTOMER_UPLOAD' },
    args: {
      file: t.arg({ type: 'File', required: true }),
      mode: t.arg({ type: ImportModeEnum, defaultValue: 'PREVIEW' }),
    },
    resolve: (_r, { file, mode }, ctx) => runImport('contacts', file, mode ?? 'PREVIEW', ctx),
  }),
}));
