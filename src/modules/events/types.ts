// What can happen to a company's data that someone outside may want to hear of: the event types,
// each with the payload it carries. Payloads hold ids, numbers, amounts as decimal strings and
// statuses; never secrets, credentials or identity numbers (personnummer). Pure: no I/O.

/** Every event type, as dot names (entity.what_happened). */
export const EVENT_TYPES = [
  'invoice.locked',
  'invoice.exported',
  'invoice.paid',
  'invoice.credited',
  'run.started',
  'run.flow_finished',
  'run.finished',
  'run.failed',
  'connection.paused',
  'connection.reauthorization_required',
  'import.finished',
  'webhook.test',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** Whether a string names an event type. */
export function isEventType(s: string): s is EventType {
  return (EVENT_TYPES as readonly string[]).includes(s);
}

/** An invoice (or credit note) was locked: its number and amounts are final. */
export interface InvoiceLockedData {
  invoiceId: string;
  /** The internal invoice number (löpnummer). */
  number: number;
  isCredit: boolean;
  customerId: string;
  projectId: string;
  invoiceDate: string | null;
  dueDate: string | null;
  /** Decimal strings, e.g. "1250.00". */
  total: string;
  amountToPay: string;
}

/** An invoice reached an accounting system through a connection: the remote system's id and number. */
export interface InvoiceExportedData {
  invoiceId: string;
  connectionId: string;
  connector: string;
  remoteId: string;
  /** The number the accounting system gave it (an SIE file: the voucher's place); null when the flow gave none. */
  remoteNumber: string | null;
}

/** An invoice was marked paid (a payment recorded here, read from an accounting system or a bankgiro file). */
export interface InvoicePaidData {
  invoiceId: string;
  number: number;
  /** The payment date (YYYY-MM-DD). */
  paidDate: string;
  /** The amount of the payment that completed it, when known (decimal string). */
  amount: string | null;
  /** Where the payment was learned of. */
  source: 'payment' | 'connector' | 'bankgiro';
  /** The connection it was read through (source connector); null for a payment recorded here (bankgiro file). */
  connectionId: string | null;
}

/** A credit note was created for an invoice. */
export interface InvoiceCreditedData {
  invoiceId: string;
  number: number;
  creditNoteId: string;
  /** The credited amount, negative as on the credit note (decimal string). */
  total: string;
}

/** A connector run started (its progress follows as run.flow_finished, then run.finished or run.failed). */
export interface RunStartedData {
  runId: string;
  connectionId: string;
  connector: string;
  trigger: string;
  dryRun: boolean;
}

/** One flow of a run ended. */
export interface RunFlowFinishedData {
  runId: string;
  connectionId: string;
  connector: string;
  flow: string;
  /** The flow's status as recorded on the run. */
  status: string;
  /** Entities that failed in this flow. */
  failures: number;
  /** Entities created, updated, unchanged, skipped and failed in this flow. */
  counts: { created: number; updated: number; unchanged: number; skipped: number; failed: number };
  /** Why the flow stopped (a FAILED or SKIPPED flow), else null; never a credential. */
  error: string | null;
}

/** A connector run ended (whatever its flows reported). */
export interface RunFinishedData {
  runId: string;
  connectionId: string;
  connector: string;
  trigger: string;
  /** SUCCEEDED, PARTIAL (some entities failed) or CANCELLED. */
  status: string;
  dryRun: boolean;
  /** Entities that failed in this run. */
  failures: number;
}

/** A connector run failed as a whole (a flow threw, the time limit, the credentials). */
export interface RunFailedData {
  runId: string;
  connectionId: string;
  connector: string;
  trigger: string;
  dryRun: boolean;
  /** Why, as recorded on the run (never a credential). */
  error: string | null;
  /** The accounting system refused the connection's credentials (a connection.reauthorization_required follows when this is new). */
  credentialsRefused: boolean;
}

/** A connection was paused (no scheduled run until an admin resumes it). */
export interface ConnectionPausedData {
  connectionId: string;
  connector: string;
  reason: string;
}

/**
 * A connection's credentials were refused or expired (the accounting system answered 401, or its
 * token endpoint refused the refresh token): an admin must authorise it again. Recorded once when
 * a run learns it, not again by the runs after it until a run gets past the credentials.
 */
export interface ConnectionReauthorizationRequiredData {
  connectionId: string;
  connector: string;
  /** The run that learnt it. */
  runId: string;
  /** The remote system's answer (status and message; never a credential). */
  reason: string;
}

/**
 * An import committed (a preview records nothing; an all-or-nothing import refused as a whole
 * records nothing either): customers or contacts (spreadsheet), SIE, or bankgiro payments.
 */
export interface ImportFinishedData {
  kind: 'customers' | 'contacts' | 'sie' | 'bankgiro-payments';
  /** ALL_OR_NOTHING or VALID_ROWS (customers, contacts, SIE); COMMIT (bankgiro payments). */
  mode: string;
  /** The file's name as uploaded, when there was one. */
  fileName: string | null;
  /**
   * What the import counted, by name: always created, updated and refused (rows or items refused,
   * or payments that paid no invoice); per kind more (unchanged, skipped, payments, deposits).
   */
  counts: { created: number; updated: number; refused: number } & Record<string, number>;
}

/** A test event sent to one webhook endpoint on request. */
export interface WebhookTestData {
  endpointId: string;
  message: string;
}

/** The payload of each event type. */
export interface EventPayloads {
  'invoice.locked': InvoiceLockedData;
  'invoice.exported': InvoiceExportedData;
  'invoice.paid': InvoicePaidData;
  'invoice.credited': InvoiceCreditedData;
  'run.started': RunStartedData;
  'run.flow_finished': RunFlowFinishedData;
  'run.finished': RunFinishedData;
  'run.failed': RunFailedData;
  'connection.paused': ConnectionPausedData;
  'connection.reauthorization_required': ConnectionReauthorizationRequiredData;
  'import.finished': ImportFinishedData;
  'webhook.test': WebhookTestData;
}

/** What recording an event takes: its type, the entity it is about, its payload. */
export interface EventInput<T extends EventType = EventType> {
  type: T;
  entityType?: string | null;
  entityId?: string | null;
  data: EventPayloads[T];
}
