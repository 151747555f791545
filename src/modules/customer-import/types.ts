// Shapes of an import's result, shared by the service, GraphQL and the command line.
import type { Actor } from '../../db/tenant.js';
import type { Permission } from '../auth/index.js';
import type { NotificationOutbox } from '../notifications/index.js';
import type { ImportKind } from './columns.js';

export type ImportMode = 'PREVIEW' | 'ALL_OR_NOTHING' | 'VALID_ROWS';
export type RowOutcome = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'ERROR';

/** Who imports: a user (GraphQL) or the system acting for a company (command line, userId null). */
export interface ImportAuth {
  actor: Actor;
  permissions: ReadonlySet<Permission>;
}

export interface RowError {
  row: number;
  /** The column header as written in the file; null when the problem is not one column's. */
  column: string | null;
  /** The field (column key, e.g. `invoicePostcode`, `custom:floor`) or input path. */
  field: string | null;
  code: string;
  message: string;
}

export interface FieldChange {
  field: string;
  column: string | null;
  from: string | null;
  to: string | null;
}

export interface RowResult {
  row: number;
  outcome: RowOutcome;
  /** Customers: the customer number (the one it gets, for a new customer without one); contacts: their customer's. */
  customerNumber: string | null;
  /** The customer's or contact's name, when known. */
  name: string | null;
  /** The record the row created, updates or matched (a created one only once committed). */
  record: { typename: 'Customer' | 'Contact'; id: string } | null;
  changes: FieldChange[];
  errors: RowError[];
}

export interface ImportSummary {
  kind: ImportKind;
  mode: ImportMode;
  /** True when the rows were written (a commit without errors, or VALID_ROWS). */
  committed: boolean;
  format: 'xlsx' | 'csv';
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  headerRow: number;
  columns: { header: string; field: string }[];
  unknownColumns: string[];
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  message: string;
  /** Milliseconds spent: reading the file (scan), waiting for database reads, validating, waiting for writes; passes (1 or 2). */
  timings: { scan: number; lookup: number; validate: number; write: number; passes: number };
}

export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
  /** Left out: the configured value (IMPORT_MAX_DECOMPRESSED_BYTES …, see importLimits()). */
  maxDecompressedBytes?: number;
  maxEntryBytes?: number;
  maxCompressionRatio?: number;
  maxZipEntries?: number;
  maxCellChars?: number;
  maxSharedStrings?: number;
  concurrency?: number;
  queueWaitMs?: number;
}

export interface ImportOptions {
  mode: ImportMode;
  limits: ImportLimits;
  today?: Date;
  /** Rows per database round (lookups and writes). */
  batchSize?: number;
  /** Rows done, and the total: exact once the file has been scanned, an estimate (or null) before. */
  onProgress?: (done: number, total: number | null) => void;
  onRow?: (row: RowResult) => void;
  /**
   * The rows sent to onRow so far are void and will be sent again: the import first processes
   * the file in one pass, assuming it has no duplicate keys, merged cells or rows without a
   * customer number; when it finds one, it rolls back and processes the file again (two passes).
   */
  onReset?: () => void;
  /** Enqueues the e-mails of the notifications a committed import writes (users assigned to or removed from customers). */
  outbox?: NotificationOutbox;
}
