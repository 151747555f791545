// The connector SDK's contract: what a connector (a plugin for one accounting system) declares,
// and what its flows receive. A connector sees this system only through these types: it never
// imports Prisma or src/modules (tests/architecture.test.ts enforces it for connectors/*).
import type { z } from 'zod';
import type { ApiContract } from './contract.js';
import type { HttpClient, HttpClientOptions, Logger } from './http/index.js';

// ---------------------------------------------------------------------------------------------
// Manifest

/**
 * How the connection authenticates against the remote system; 'none' for a connector that calls
 * nothing (a file-based one, whose flows hand the run files: `ctx.files`).
 */
export type CredentialKind = 'oauth2_authorization_code' | 'oauth2_client_credentials' | 'api_key' | 'none';

/**
 * What the admin enters (or the OAuth2 flow yields) for a connection, stored encrypted.
 * OAuth2 kinds use clientId/clientSecret and the token fields; api_key uses apiKey (and any
 * extra fields the connector documents, e.g. a client secret header).
 */
export interface Credentials {
  clientId?: string;
  clientSecret?: string;
  accessToken?: string;
  refreshToken?: string;
  /** ISO time the access token expires. */
  expiresAt?: string;
  apiKey?: string;
  [extra: string]: string | undefined;
}

/** The entities flows move. Connectors may use others (strings) for their own bookkeeping. */
export type EntityType =
  | 'customer'
  | 'project'
  | 'workOrder'
  | 'changeOrder'
  | 'invoice'
  | 'supplier'
  | 'account'
  | 'costCentre'
  | 'voucher'
  | 'paidDate'
  | 'supplierInvoice'
  | (string & {});

export type FlowDirection = 'import' | 'export';

/**
 * Changes in this system that start a short run of the flows listening for them on every active
 * connection, seconds after the change, besides the schedule: an invoice locked (a credit
 * invoice too), a supplier invoice fully approved, a
 * project's status changed. The run is enqueued in the same transaction as the change (a change
 * rolled back enqueues nothing) and a burst of changes becomes one run per connection.
 */
export const DOMAIN_EVENTS = ['invoice.locked', 'supplierInvoice.approved', 'project.statusChanged'] as const;
export type DomainEvent = (typeof DOMAIN_EVENTS)[number];

/** How the HTTP toolkit is set up for a connection (called per run with its settings). */
export interface HttpSetup {
  baseUrl: string;
  /** 'oauth2': bearer token from the stored credentials, refreshed at tokenUrl; 'apiKey': the headers built here. */
  auth:
    | {
        kind: 'oauth2';
        tokenUrl: string;
        /** Where an admin grants access (authorization code flow); with `authorizeParams` added to the query. */
        authorizeUrl?: string;
        authorizeParams?: Record<string, string>;
        clientAuth?: 'basic' | 'body';
        scope?: string;
        /**
         * The grant, when a connector offers both (e.g. Fortnox service accounts use client
         * credentials); default from `credentials.kind`.
         */
        grant?: 'authorization_code' | 'client_credentials';
        /** Extra headers on token requests, e.g. Fortnox's TenantId for client credentials. */
        tokenHeaders?: (credentials: Credentials) => Record<string, string>;
      }
    | { kind: 'headers'; headers: (credentials: Credentials) => Record<string, string> }
    | { kind: 'none' };
  /** Requests per window, per key (default key: one bucket for the connection). */
  rateLimit?: { requests: number; perMs: number; key?: HttpClientOptions['rateLimitKey'] };
  retry?: HttpClientOptions['retry'];
  timeoutMs?: number;
  defaultHeaders?: Record<string, string>;
  errorMessage?: HttpClientOptions['errorMessage'];
  retryAfterMs?: HttpClientOptions['retryAfterMs'];
}

export interface ConnectorManifest<S extends z.ZodType = z.ZodType> {
  /** Lower-case id, unique among loaded connectors: letters, digits and '-'. */
  id: string;
  name: string;
  /** Semantic version of the connector. */
  version: string;
  description?: string;
  /** Validates a connection's settings; exposed to GraphQL as JSON Schema for the settings form. */
  settings: S;
  credentials: { kind: CredentialKind /** Shown to admins: what to enter. */; description?: string };
  /**
   * The hosts this connector may call, API and token endpoint alike: exact names
   * ("api.fortnox.se") or subdomain patterns ("*.example.com"). The HTTP toolkit refuses every
   * other host, and any non-public address, unless the connection is a sandbox one. Absent or
   * empty: only sandbox connections can reach anything.
   */
  allowedHosts?: readonly string[];
  /**
   * The remote API's published contract (a subset of its specification; see the SDK's /testing
   * `contractChecker`). With one, a dry run checks every write it plans against it: a write the
   * API would refuse is reported for its entity as the real run would report the refusal, so a
   * dry run that says "would succeed" means the payloads are valid.
   */
  contract?: ApiContract;
  /**
   * Settings that decide where credentials are sent (e.g. ["baseUrl", "tokenUrl"]). Changing
   * one clears the connection's stored credentials unless the same change supplies new ones.
   * Settings of format url are included whether listed or not.
   */
  endpointSettings?: readonly string[];
  http(settings: z.output<S>): HttpSetup;
  /** Ordered: a run executes the enabled flows in this order. */
  flows: readonly Flow<z.output<S>>[];
  /** Verifies credentials and connectivity (one cheap read); throws or returns ok: false with a message. */
  check(ctx: CheckContext<z.output<S>>): Promise<CheckResult>;
  /**
   * Rules the accounting system enforces that can be checked before anything is sent, as pure
   * functions of what would be exported. An invoice is not locked while an active connection's
   * `invoice` rule finds issues (the lock answers a typed error naming them), so what the system
   * would refuse is refused before the invoice is final.
   */
  preflight?: {
    invoice?(invoice: InvoiceRecord, settings: z.output<S>): readonly PreflightIssue[];
  };
}

export type Connector<S extends z.ZodType = z.ZodType> = ConnectorManifest<S>;

/** Something the accounting system would refuse, found before sending. */
export interface PreflightIssue {
  /** Where, in the exported record's terms: "rows.2.taxReduction", "buyers.0.personalIdentityNumber". */
  field: string;
  /** For the user, naming the row or value: "Row 3 (Arbete) is ROT work without a work type". */
  message: string;
}

export interface CheckResult {
  ok: boolean;
  message: string;
}

export interface CheckContext<S> {
  settings: S;
  http: HttpClient;
  log: Logger;
}

// ---------------------------------------------------------------------------------------------
// Flows

export interface Flow<S = unknown> {
  /** Unique within the connector, e.g. "project-export". */
  id: string;
  /** Seen from this system: export = this system → accounting system. */
  direction: FlowDirection;
  /** The main entity the flow moves. */
  entity: EntityType;
  /** Base flows always run and cannot be disabled; optional flows are chosen per connection. */
  base: boolean;
  description: string;
  /**
   * The changes that run this flow at once (when it is enabled), besides the schedule. List every
   * flow the change needs: an invoice's export needs its customer and project exported first, so
   * those flows listen for 'invoice.locked' too; they run in manifest order.
   */
  on?: readonly DomainEvent[];
  /**
   * The flow writes the entities of `ctx.only` again even when the id map says they were
   * exported (an admin's re-export of a chosen set, e.g. invoices into a new file); without it a
   * run with `only` is a retry of failed entities.
   */
  reexport?: boolean;
  run(ctx: FlowContext<S>): Promise<void>;
}

/** A reference users recognise, for error reports and e-mails: "Project 10000_1". */
export interface EntityRef {
  type: EntityType;
  /** Our id (exports); omitted for remote entities that have no local row yet. */
  id?: string;
  reference: string;
}

export type Outcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';

/** A local write a dry run would have made (remote writes are recorded by the HTTP client). */
export interface PlannedChange {
  kind: 'remote' | 'local';
  description: string;
  method?: string;
  url?: string;
  body?: unknown;
}

export interface FlowContext<S = unknown> {
  readonly connectionId: string;
  readonly flowId: string;
  readonly settings: S;
  /** No remote writes and no local writes: planned operations are recorded instead. */
  readonly dryRun: boolean;
  /** The run's clock (tests set it). */
  readonly now: Date;
  /** Aborted when the run reaches its time limit or the process shuts down; check between entities. */
  readonly signal: AbortSignal;
  /** HTTP toolkit bound to the connection: base URL, auth, rate limit, retries, dry run. */
  readonly http: HttpClient;
  readonly log: Logger;
  /** This system's data: changes to export, upserts for what imports bring. */
  readonly domain: DomainPorts;
  /** External-id map of this connection. */
  readonly ids: IdMap;
  /** This flow's checkpoint (any JSON), e.g. the last modification time imported. */
  readonly checkpoint: { get<T = unknown>(): Promise<T | null>; set(value: unknown): Promise<void> };
  /** Records that one entity failed; the run goes on with the others. */
  reportError(entity: EntityRef, message: string): void;
  /** Counts an entity's outcome for the run history. */
  count(outcome: Outcome, n?: number): void;
  /** Records a planned change (dry run). */
  plan(change: PlannedChange): void;
  /** Stable hash of a payload (key order independent), for the id map. */
  hash(payload: unknown): string;
  /** When set, the run retries just these entities (the admin's "retry"); ports return only them. */
  readonly only: readonly EntityRef[] | null;
  /** Files the flow produces (e.g. an export file), kept with the run and downloadable. */
  readonly files: RunFiles;
}

// ---------------------------------------------------------------------------------------------
// Files a flow produces

/** A file a flow hands the run. */
export interface RunFileInput {
  /** File name as downloaded ("sie-export-2026-12-06-1.si"): no path, at most 200 characters. */
  name: string;
  contentType: string;
  bytes: Uint8Array;
  /**
   * The id-map entries the file records (e.g. one per invoice it carries), written in the same
   * transaction as the file: a crash leaves both or neither, so nothing is written twice.
   */
  ids?: readonly { entityType: EntityType; localId: string; remoteId: string; hash: string | null }[];
}

export interface SavedRunFile {
  /** The stored file's id; null in a dry run (nothing stored). */
  id: string | null;
  name: string;
  size: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

export interface RunFiles {
  /**
   * Stores the file with the run (and its id-map entries, atomically). A dry run stores nothing
   * and records a planned change naming the file, its size and its entries instead.
   */
  save(file: RunFileInput): Promise<SavedRunFile>;
  /** How many files this connection's flow has stored before (for numbering file names). */
  count(): Promise<number>;
}

// ---------------------------------------------------------------------------------------------
// External-id map and checkpoints

export interface IdMapping {
  localId: string;
  remoteId: string;
  hash: string | null;
}

export interface IdMap {
  get(entityType: EntityType, localId: string): Promise<IdMapping | null>;
  getMany(entityType: EntityType, localIds: readonly string[]): Promise<Map<string, IdMapping>>;
  findByRemote(entityType: EntityType, remoteId: string): Promise<IdMapping | null>;
  /** Records (or replaces) the mapping; a no-op recorded as planned in a dry run. */
  set(entityType: EntityType, localId: string, remoteId: string, hash: string | null): Promise<void>;
  delete(entityType: EntityType, localId: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Domain ports: plain records, no Prisma types. Money is a decimal string ("1234.50").

export type DecimalString = string;
/** YYYY-MM-DD */
export type DateString = string;

export interface Changes<T> {
  items: T[];
  /** Pass to the next call (store it as the flow's checkpoint once the items are handled). */
  next: string;
}

export interface CustomerRecord {
  id: string;
  number: string;
  type: 'COMPANY' | 'PRIVATE';
  name: string;
  /** Companies: organisation number "NNNNNN-NNNN"; private customers: personnummer "YYYYMMDD-NNNN". */
  identityNumber: string | null;
  vatNumber: string | null;
  address1: string | null;
  address2: string | null;
  postcode: string | null;
  city: string | null;
  countryCode: string;
  phone: string | null;
  mobile: string | null;
  email: string | null;
  paymentTermCode: string | null;
  paymentTermDays: number | null;
  /** Reverse charge (construction VAT) applies to this customer by default. */
  reverseCharge: boolean;
  active: boolean;
  updatedAt: string;
}

export interface ProjectRecord {
  id: string;
  /** "10000" */
  number: string;
  name: string;
  statusCode: number;
  /** When the status reached 90 or more (null while below). */
  finishedAt: string | null;
  startDate: DateString | null;
  endDate: DateString | null;
  customerNumber: string | null;
  /** The project leader's name and e-mail, when set. */
  leader: { name: string; email: string; signature: string } | null;
  costCentreCode: string | null;
  updatedAt: string;
}

/** A work order (AO) or ÄTA, which some accounting systems get as projects of their own. */
export interface ProjectPartRecord {
  id: string;
  kind: 'workOrder' | 'changeOrder';
  projectId: string;
  projectNumber: string;
  /** Work order 1 → "1"; ÄTA 1 → "Ä001". */
  number: string;
  /** "10000_1", "10000_Ä001". */
  fullNumber: string;
  name: string;
  statusCode: number;
  /** The part's own start date (work orders may have one); null → use the project's, else createdAt. */
  startDate: DateString | null;
  createdAt: string;
  project: Pick<ProjectRecord, 'startDate' | 'endDate' | 'statusCode' | 'leader' | 'name'>;
  updatedAt: string;
}

export interface SupplierRecord {
  id: string;
  number: string;
  name: string;
  organisationNumber: string | null;
  vatNumber: string | null;
  address1: string | null;
  address2: string | null;
  postcode: string | null;
  city: string | null;
  countryCode: string;
  email: string | null;
  phone: string | null;
  bankgiro: string | null;
  plusgiro: string | null;
  iban: string | null;
  bic: string | null;
  active: boolean;
  updatedAt: string;
}

export interface SupplierUpsert {
  number: string;
  name: string;
  organisationNumber?: string | null;
  vatNumber?: string | null;
  address1?: string | null;
  address2?: string | null;
  postcode?: string | null;
  city?: string | null;
  countryCode?: string | null;
  email?: string | null;
  phone?: string | null;
  bankgiro?: string | null;
  plusgiro?: string | null;
  iban?: string | null;
  bic?: string | null;
  active?: boolean;
}

export interface AccountRecord {
  number: number;
  name: string;
  active: boolean;
  kind: 'COST' | 'WORK' | 'MATERIAL' | null;
  /** Article/item number the accounting system's invoice rows use for this account (e.g. Visma). */
  invoiceItemNumber: string | null;
  /** The accounting system's VAT code for this account. */
  externalVatCode: string | null;
  /** Percent, e.g. "25.00". */
  defaultVatRate: DecimalString | null;
}

export interface AccountUpsert {
  number: number;
  name: string;
  active?: boolean;
}

export interface CostCentreUpsert {
  code: string;
  name: string;
  active?: boolean;
}

export interface VoucherRowUpsert {
  rowIndex: number;
  accountNumber: number;
  debit: DecimalString;
  credit: DecimalString;
  /** Our project number as the accounting system has it: "10000", or "10000_1" / "10000_Ä001". */
  projectNumber: string | null;
  costCentreCode: string | null;
  note: string | null;
}

export interface VoucherUpsert {
  /** The accounting system's identity, e.g. "2026/A/123". */
  remoteId: string;
  series: string;
  number: number;
  transactionDate: DateString;
  description: string | null;
  rows: VoucherRowUpsert[];
}

export interface UpsertResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Per-item problems (e.g. a voucher row whose project is unknown), with the item's reference. */
  issues: { reference: string; message: string }[];
}

/** One row of an invoice's basis for the accounting system (revenue accounting decides it). */
export interface InvoiceRowRecord {
  description: string;
  quantity: DecimalString;
  unit: string | null;
  unitPrice: DecimalString;
  /** Excl. VAT; negative on credit invoices. */
  amount: DecimalString;
  /** Percent: "25.00", "12.00", "6.00", "0.00". */
  vatRate: DecimalString;
  accountNumber: number | null;
  /** The main project ("10000"). */
  projectNumber: string | null;
  /** The AO/ÄTA as the accounting system knows it ("10000_1", "10000_Ä001") when dimension 3 is in use. */
  projectPartNumber: string | null;
  costCentreCode: string | null;
  kind: 'LABOUR' | 'MATERIAL' | 'OTHER';
  /** Tax reduction of this row (ROT/RUT/green): the work type and the hours and amount it carries. */
  taxReduction: { type: 'ROT' | 'RUT' | 'GREEN'; workType: string; hours: DecimalString | null; amount: DecimalString } | null;
}

export interface InvoiceBuyerRecord {
  name: string;
  /** 12 digits YYYYMMDDNNNK. */
  personalIdentityNumber: string;
  /** The reduction requested for this buyer. */
  amount: DecimalString;
  propertyDesignation: string | null;
  brfOrganisationNumber: string | null;
  apartmentNumber: string | null;
}

export interface InvoiceRecord {
  id: string;
  /** Our internal number (löpnummer). */
  number: number;
  isCredit: boolean;
  /** A credit invoice's original, with the accounting system's number once exported. */
  creditOf: { id: string; number: number; externalNumber: string | null } | null;
  customerId: string;
  customerNumber: string;
  invoiceDate: DateString;
  /** The date the accounting system books it on (defaults to the invoice date). */
  bookkeepingDate: DateString;
  /**
   * The company's balance account for accounts receivable (kundfordringar, e.g. 1510), from its
   * revenue accounting set-up: for connectors that book the receivable themselves (a file
   * export); accounting systems that book it by their own settings ignore it.
   */
  receivablesAccount?: number;
  /**
   * The customer's card says "always send as invoice": the invoice goes to the accounting system
   * as a final, booked invoice, overriding a connection setting that would leave it unbooked,
   * preliminary or as a draft. Absent or false: the connection's settings decide.
   */
  alwaysFinal?: boolean;
  /** The OCR reference the customer pays with (digits, check digit included), when the company uses one. */
  ocrReference?: string | null;
  dueDate: DateString | null;
  yourReference: string | null;
  ourReference: string | null;
  projectNumber: string;
  reverseCharge: boolean;
  currency: 'SEK';
  net: DecimalString;
  vat: DecimalString;
  rounding: DecimalString;
  total: DecimalString;
  taxReductionType: 'NONE' | 'ROT' | 'RUT' | 'GREEN';
  taxReductionAmount: DecimalString;
  amountToPay: DecimalString;
  buyers: InvoiceBuyerRecord[];
  /**
   * The basis for the accounting system; never recomputed by a connector. With revenue accounting
   * (`rowsMerged`): one row per account, VAT rate and project, plus work order/ÄTA and cost centre
   * when the company's posting dimensions 3 and 4 are included; on tax-reduction invoices labour,
   * material and other (and each work type) apart. Without it: the billable lines as they are.
   * Send `invoiceRowsToSend(invoice, …)`: it merges revenue accounting's rows further by what the
   * connector sends (`mergeInvoiceRows`), so the accounting system gets one row per what it tells apart.
   */
  rows: InvoiceRowRecord[];
  /** `rows` is revenue accounting's basis, merged per account and project (true), or the billable lines as they are (false). */
  rowsMerged: boolean;
  externalNumber: string | null;
  paidDate: DateString | null;
  lockedAt: string;
  updatedAt: string;
}

/** The supplier of a supplier invoice, as the accounting system needs it (stored, normalised forms). */
export interface SupplierInvoiceSupplierRecord {
  id: string;
  number: string;
  name: string;
  /** Normalised digits (10, or 12 for a sole trader's personnummer). */
  organisationNumber: string | null;
  vatNumber: string | null;
  /** Digits only, 7 or 8. */
  bankgiro: string | null;
  /** Digits only. */
  plusgiro: string | null;
  /** Upper case without spaces. */
  iban: string | null;
}

/** A cost row of a supplier invoice. */
export interface SupplierInvoiceRowRecord {
  accountNumber: number;
  /** The main project ("10000"). */
  projectNumber: string | null;
  /** The AO/ÄTA as the accounting system knows it ("10000_1", "10000_Ä001"). */
  projectPartNumber: string | null;
  costCentreCode: string | null;
  /** Excl. VAT; negative on credit notes. */
  amount: DecimalString;
  /** Percent: "25.00", "12.00", "6.00", "0.00". */
  vatRate: DecimalString;
  description: string | null;
}

/** An approved (double-approved), undisputed supplier invoice, to be sent to the accounting system. */
export interface SupplierInvoiceRecord {
  id: string;
  supplier: SupplierInvoiceSupplierRecord;
  /** The supplier's invoice number. */
  invoiceNumber: string;
  invoiceDate: DateString;
  dueDate: DateString | null;
  currency: 'SEK';
  /** Excl. VAT; equals the sum of the rows. */
  net: DecimalString;
  vat: DecimalString;
  total: DecimalString;
  /** OCR number or other payment reference. */
  ocr: string | null;
  description: string | null;
  rows: SupplierInvoiceRowRecord[];
  /** The document, when there is one (fetch it with `file(id)`). */
  file: { fileName: string; contentType: string; size: number } | null;
  approvedAt: string;
  externalNumber: string | null;
  bookkept: boolean;
  updatedAt: string;
}

/** A file to attach to an imported voucher (e.g. the image of a supplier-invoice voucher). */
export interface VoucherFileUpsert {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** The company the connection belongs to, as a file's header names it. */
export interface CompanyRecord {
  name: string;
  /** As stored (any common spelling), null when not set. */
  organisationNumber: string | null;
  vatNumber: string | null;
}

export interface DomainPorts {
  company: {
    /** The company's name and registration numbers. */
    info(): Promise<CompanyRecord>;
  };
  customers: {
    /** Customers changed after `since` (null: all), plus those this flow still has a failure for. */
    changed(since: string | null): Promise<Changes<CustomerRecord>>;
    byNumbers(numbers: readonly string[]): Promise<CustomerRecord[]>;
  };
  projects: {
    changed(since: string | null): Promise<Changes<ProjectRecord>>;
    byNumbers(numbers: readonly string[]): Promise<ProjectRecord[]>;
  };
  /** Work orders and ÄTA; also returned when their project changed (their dates come from it). */
  projectParts: {
    changed(since: string | null): Promise<Changes<ProjectPartRecord>>;
  };
  suppliers: {
    changed(since: string | null): Promise<Changes<SupplierRecord>>;
    /** Creates or updates by supplier number. */
    upsert(items: readonly SupplierUpsert[]): Promise<UpsertResult>;
  };
  accounts: {
    /** The chart of accounts (for item numbers and VAT codes on invoice rows). */
    list(): Promise<AccountRecord[]>;
    /**
     * Creates accounts whose numbers are new; renames existing ones only when `rename` is set.
     * Balance-sheet accounts (classes 1 and 2) are skipped unless `includeBalanceSheet`.
     */
    upsert(items: readonly AccountUpsert[], options?: { rename?: boolean; includeBalanceSheet?: boolean }): Promise<UpsertResult>;
  };
  costCentres: {
    /** Creates new codes and renames changed names (the accounting system is the master). */
    upsert(items: readonly CostCentreUpsert[]): Promise<UpsertResult>;
  };
  invoices: {
    /**
     * Locked invoices not yet in an accounting system (no external number) changed after `since`
     * (null: all), plus those this flow still has a failure for. An invoice another connection
     * already exported never appears, so switching accounting system sends nothing twice.
     */
    locked(since: string | null): Promise<Changes<InvoiceRecord>>;
    /** Locked invoices with an external number and no paid date (for the paid-date import). */
    awaitingPayment(): Promise<InvoiceRecord[]>;
    /**
     * The locked invoices of these ids, exported or not (unknown or unlocked ids are left out),
     * for a flow that writes chosen invoices again (`reexport`): `locked` leaves out invoices that
     * have an external number.
     */
    lockedByIds(ids: readonly string[]): Promise<InvoiceRecord[]>;
    /**
     * The invoice PDF as the customer got it; with `maxBytes`, a one-page stand-in saying where
     * the document is when the real one is larger (e.g. Fortnox's 5 MB attachment limit).
     */
    pdf(invoiceId: string, options?: { maxBytes?: number }): Promise<{ bytes: Uint8Array; placeholder: boolean }>;
    /**
     * Records the accounting system's invoice number (after which the invoice cannot be unlocked).
     * Call it in the flow that wrote the invoice's id-map entry: the export's invoice.exported
     * event is then recorded with this number (a flow that gives none records it at its end, with
     * the number null).
     */
    setExternalNumber(invoiceId: string, externalNumber: string): Promise<void>;
    /** Records the date the invoice was paid in full. */
    setPaidDate(invoiceId: string, paidDate: DateString): Promise<void>;
  };
  vouchers: {
    /**
     * Imports a voucher: only rows with a known project are kept; a voucher without such rows
     * is skipped (and imported later once a project is added); rows added later are appended;
     * existing rows are never rewritten.
     */
    import(voucher: VoucherUpsert): Promise<UpsertResult>;
    /**
     * Attaches a file to the voucher this connection imported with `remoteId`: `no_voucher` when
     * there is none (e.g. skipped for lacking a project), `unchanged` when it has a file of the
     * same name and size, else `attached` (a file of the same name is replaced). At most 20 MB.
     * A dry run plans it and writes nothing.
     */
    attachFile(remoteId: string, file: VoucherFileUpsert): Promise<'attached' | 'unchanged' | 'no_voucher'>;
  };
  supplierInvoices: {
    /**
     * Approved supplier invoices that are not disputed and not yet in an accounting system (no
     * external number) changed after `since` (null: all), plus those this flow still has a
     * failure for (entity type 'supplierInvoice').
     */
    approved(since: string | null): Promise<Changes<SupplierInvoiceRecord>>;
    /**
     * The approved, undisputed supplier invoices of these ids, exported or not (other ids are
     * left out), for a flow that writes chosen supplier invoices again (`reexport`): `approved`
     * leaves out invoices that have an external number.
     */
    approvedByIds(ids: readonly string[]): Promise<SupplierInvoiceRecord[]>;
    /** The invoice's document, or null when it has none. */
    file(supplierInvoiceId: string): Promise<{ bytes: Uint8Array; contentType: string; fileName: string } | null>;
    /** Records the accounting system's number (löpnummer); the invoice is then not offered again. */
    setExternalNumber(supplierInvoiceId: string, externalNumber: string): Promise<void>;
    /** Records that the invoice was booked in the accounting system. */
    setBookkept(supplierInvoiceId: string): Promise<void>;
  };
}
