// Björn Lundén (BL Administration, "BLA API", Swagger "BLInfo") API client: the calls the flows
// make, typed after the published specification (connectors/bjorn-lunden/contract.json). The HTTP
// toolkit adds the bearer token (OAuth 2.0 client credentials), the company's `User-Key` header,
// retries and the dry run; this file adds BL's shapes and what the specification does not settle:
//   - not found: the specification documents only 200 and 400 answers, so a lookup treats a 404
//     and a 400 whose exceptionId ends in NOT_FOUND alike as "not there";
//   - paging: the batch endpoints that take `page` are read page by page until `totalPages`, an
//     empty page or a page that repeats the previous one (whichever comes first, at most
//     MAX_PAGES), since how BL counts pages is not documented;
//   - errors: `message`, then `debugMessage`, the sub-errors and the exceptionId, whichever the
//     body has (see blErrorMessage).
import type { HttpClient } from '@nordic-invoicing/connector-sdk';
import { HttpError } from '@nordic-invoicing/connector-sdk';

/** BL's production API gateway (the specification's server). */
export const BL_BASE_URL = 'https://apigateway.blinfo.se/bla-api/v1/sp';
/** BL's identity server token endpoint (the specification's client-credentials flow). */
export const BL_TOKEN_URL = 'https://apigateway.blinfo.se/auth/oauth/v2/token';

/** Rows asked per page of a batch endpoint. */
export const PAGE_ROWS = 500;
/** A guard against a server that never says it is done. */
export const MAX_PAGES = 1000;

export interface BlErrorBody {
  status?: string;
  timestamp?: string;
  message?: string;
  debugMessage?: string;
  subErrors?: { object?: string; field?: string; message?: string }[];
  exceptionId?: string;
}

export interface BlCustomer {
  entityId: number;
  /** The customer number. */
  id?: string;
  name?: string;
  organisationNumber?: string;
  vatNumber?: string;
  street?: string;
  box?: string;
  zip?: string;
  city?: string;
  countryCode?: string;
  phone?: string;
  mobile?: string;
  email?: string;
  paymentTerms?: string;
  closed?: boolean;
  noVat?: boolean;
  currency?: string;
}

export interface BlProject {
  entityId?: number;
  /** The project number. */
  id?: string;
  name?: string;
  closed?: boolean;
  comment?: string;
  customerId?: string;
  startDate?: string;
  stopDate?: string;
  responsiblePerson?: string;
}

export interface BlCostCenter {
  entityId?: number;
  id?: string;
  name?: string;
  closed?: boolean;
}

export interface BlAccount {
  entityId: number;
  id: string;
  name?: string;
  closed?: boolean;
}

export interface BlSubLedgerEntry {
  entityId: number;
  accountId?: string;
  amount?: number;
  quantity?: number;
  text?: string;
  costCenterId?: string;
  projectId?: string;
}

/** The body of POST /customerinvoice ("New customer invoice"). */
export interface BlNewInvoice {
  customerId: string;
  invoiceDate: string;
  dueDate?: string;
  journalEntryDate: string;
  currency: 'SEK';
  amountInLocalCurrency: number;
  amountInOriginalCurrency: number;
  /** Our invoice number, kept by BL: how a crashed export finds the invoice again. */
  externalInvoiceId: number;
  receivableAccount?: string;
  projectId?: string;
  type: string;
  rotRutAmount?: number;
  /** Sent (true) only for an invoice to stay preliminary (unbooked); absent, BL books it. */
  preliminary?: boolean;
  subLedgerEntries: BlSubLedgerEntry[];
}

/** An item (article) of BL's invoicing module ("ArticleDto"); `id` is the item number. */
export interface BlArticle {
  entityId?: number;
  id?: string;
  name?: string;
  /** The revenue account BL books the item on by default. */
  account?: string;
  vatCode?: string;
  closed?: boolean;
}

/** An order line ("OrderLine"): one item, its account, quantity, price and VAT code. */
export interface BlOrderLine {
  entityId: number;
  rowNumber?: number;
  articleId?: string;
  accountId?: string;
  description?: string;
  orderedQuantity?: number;
  deliveredQuantity?: number;
  unitPrice?: number;
  unit?: string;
  vatCode?: string;
  projectId?: string;
  costCenterId?: string;
}

/** The body of POST /customerinvoice/orderToInvoiceFlow ("Modified order"): the order BL invoices and books at once. */
export interface BlNewOrder {
  customerId: string;
  invoiceDate: string;
  invoiceDueDate?: string;
  currency: 'SEK';
  projectId?: string;
  /** Our invoice number: how a crashed export finds the order (and its invoice) again. */
  requisitionNumber: string;
  yourReference?: string;
  ourReference?: string;
  /** The öresavrundning, taken as it is (the `rounding` query parameter overrides BL's own). */
  rounding?: number;
  /** Reverse charge: no VAT on the order. */
  noVat?: boolean;
  preliminary?: boolean;
  lines: BlOrderLine[];
}

/** An order as BL answers it ("Order"); `invoiceNumber` once invoiced. */
export interface BlOrder extends Partial<Omit<BlNewOrder, 'lines'>> {
  entityId?: number;
  /** The order number. */
  id?: number;
  invoiceNumber?: number;
  type?: number;
  total?: number;
  lines?: BlOrderLine[];
}

/** A customer invoice as BL answers it ("Customer invoice"). */
export interface BlInvoice {
  entityId?: number;
  invoiceNumber?: number;
  customerId?: string;
  invoiceDate?: string;
  journalEntryDate?: string;
  amountInLocalCurrency?: number;
  amountPaidInLocalCurrency?: number;
  externalInvoiceId?: number;
  paid?: boolean;
  dateOfLatestPayment?: string;
  type?: string;
  /** The order an invoice of the invoicing module came from. */
  orderNumber?: number;
  preliminary?: boolean;
}

/** The body of POST /customerinvoice/rotrut ("New customer invoice rotrut"). */
export interface BlRotRut {
  /** 0 ROT, 1 RUT (see README "Unknown"). */
  type: number;
  invoiceNumber: number;
  /** The order the invoice came from (invoicing module): BL "uses order to calculate sums". */
  orderNumber?: number;
  customerId: string;
  customerName?: string;
  socialSecurityNumber1: string;
  socialSecurityNumber2?: string;
  amountPerson1: number;
  amountPerson2?: number;
  propertyId?: string;
  apartmentId?: string;
}

/** A row of a journal entry ("LedgerEntry"): amount debit-positive, credit-negative. */
export interface BlLedgerEntry {
  entityId?: number;
  accountId?: string;
  amount?: number;
  costCenterId?: string;
  projectId?: string;
  line?: number;
  text?: string;
}

/** A journal entry (verifikation, "JournalEntry"): journalId is the series. */
export interface BlJournalEntry {
  entityId?: number;
  journalId?: string;
  journalEntryId?: number;
  journalEntryDate?: string;
  financialYearId?: string;
  journalEntryText?: string;
  upsertDate?: string;
  ledgerEntries?: BlLedgerEntry[];
}

export interface BlSupplier {
  /** BL's key (0 on a create; needed to update). */
  entityId: number;
  /** The supplier number. */
  id?: string;
  name?: string;
  organisationId?: string;
  vatNr?: string;
  address1?: string;
  address2?: string;
  zipCode?: string;
  city?: string;
  countryCode?: string;
  email?: string;
  phone?: string;
  bg?: string;
  pg?: string;
  iban?: string;
  bic?: string;
  closed?: boolean;
  /** The supplier's payable (debt) account, on which BL books its invoices' debt ("2440" in the specification's example). */
  receivableAccount?: string;
  currency?: string;
}

/**
 * A supplier invoice ("SupplierInvoice"): the debt to the supplier (`amountInLocalCurrency`) and
 * its counter entries (`subLedgerEntries`: costs and input VAT, debit positive), booked on the
 * `journalEntryDate`; `preliminary` until booked.
 */
export interface BlSupplierInvoice {
  entityId: number;
  /** The supplier number. */
  supplierId?: string;
  supplierName?: string;
  /** The supplier's own invoice number. */
  invoiceNumber?: string;
  invoiceDate?: string;
  dueDate?: string;
  journalEntryDate?: string;
  currency?: string;
  amountInLocalCurrency?: number;
  amountInOriginalCurrency?: number;
  ocr?: string;
  comment?: string;
  projectId?: string;
  preliminary?: boolean;
  subLedgerEntries?: BlSubLedgerEntry[];
  /** BL's serial number of the supplier invoice (löpnummer); read-only. */
  consecutiveNumber?: number;
  journalId?: string;
  journalEntryId?: number;
}

export interface BlDetails {
  entityId: number;
  name?: string;
  orgNumber?: string;
}

interface BlBatch<T> {
  pageRequested?: number;
  totalPages?: number;
  totalRows?: number;
  rowsReturned?: number;
  data?: T[];
}

/** The days from `from` to `to` (YYYY-MM-DD, inclusive) split in two halves; null for a single day. */
export function splitDateRange(from: string, to: string): [[string, string], [string, string]] | null {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const days = Math.round((b - a) / 86_400_000);
  if (days < 1) return null;
  const mid = new Date(a + Math.floor(days / 2) * 86_400_000).toISOString().slice(0, 10);
  const after = new Date(Date.parse(`${mid}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return [
    [from, mid],
    [after, to],
  ];
}

/** BL's own message from an error body. */
export function blErrorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return typeof body === 'string' && body.trim() ? body.trim().slice(0, 500) : undefined;
  const b = body as BlErrorBody & { error?: string; error_description?: string };
  if (b.error_description || b.error) return [b.error, b.error_description].filter(Boolean).join(': ');
  const sub = (b.subErrors ?? [])
    .map((s) => [s.field, s.message].filter(Boolean).join(': '))
    .filter(Boolean)
    .join('; ');
  const main = b.message?.trim() || b.debugMessage?.trim();
  const parts = [main, sub, b.exceptionId && b.exceptionId !== 'NONE' ? `(${b.exceptionId})` : undefined].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

/** A lookup's "not there": 404, or 400 with an exceptionId ending in NOT_FOUND (BL documents only 400). */
export function isNotFound(err: unknown): boolean {
  if (!(err instanceof HttpError)) return false;
  if (err.status === 404) return true;
  const id = (err.body as BlErrorBody | undefined)?.exceptionId;
  return err.status === 400 && typeof id === 'string' && id.endsWith('NOT_FOUND');
}

const enc = encodeURIComponent;

export class BlClient {
  constructor(
    private readonly http: HttpClient,
    private readonly opts: { signal?: AbortSignal } = {},
  ) {}

  private async maybe<T>(fn: () => Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  /** Every row of a paged batch endpoint (page from 1), defensively (see the file's head). */
  async batch<T>(path: string, query: Record<string, string | number | boolean> = {}): Promise<T[]> {
    const out: T[] = [];
    let previous: string | null = null;
    for (let page = 1; page <= MAX_PAGES; page++) {
      if (this.opts.signal?.aborted) throw this.opts.signal.reason ?? new Error('aborted');
      const res = await this.http.get<BlBatch<T>>(path, { ...query, page, rows: PAGE_ROWS });
      const rows = Array.isArray(res.body?.data) ? res.body.data : [];
      const key = JSON.stringify(rows);
      if (rows.length === 0 || key === previous) break;
      out.push(...rows);
      previous = key;
      const total = res.body?.totalPages;
      if (typeof total === 'number' && page >= total) break;
      if (typeof total !== 'number' && rows.length < PAGE_ROWS) break;
    }
    return out;
  }

  details(): Promise<BlDetails> {
    return this.http.get<BlDetails>('/details').then((r) => r.body);
  }

  // Customers (id = customer number; entityId = BL's key, needed to update)
  customers(): Promise<BlCustomer[]> {
    return this.http.get<BlCustomer[]>('/customer').then((r) => (Array.isArray(r.body) ? r.body : []));
  }
  findCustomer(number: string): Promise<BlCustomer | null> {
    return this.maybe(() => this.http.get<BlCustomer>(`/customer/${enc(number)}`).then((r) => r.body ?? null));
  }
  async createCustomer(body: Omit<BlCustomer, 'entityId'>, what: string): Promise<string | undefined> {
    const r = await this.http.post<BlCustomer>('/customer', { ...body, entityId: 0 }, { description: `create ${what}` });
    return r.planned ? undefined : String(r.body.entityId);
  }
  async updateCustomer(entityId: string, body: Omit<BlCustomer, 'entityId'>, what: string): Promise<void> {
    await this.http.put('/customer', { ...body, entityId: Number(entityId) }, { description: `update ${what}` });
  }

  // Projects (id = project number)
  projects(): Promise<BlProject[]> {
    return this.http.get<BlProject[]>('/project').then((r) => (Array.isArray(r.body) ? r.body : []));
  }
  findProject(number: string): Promise<BlProject | null> {
    return this.maybe(() => this.http.get<BlProject>(`/project/${enc(number)}`).then((r) => r.body ?? null));
  }
  async createProject(body: BlProject, what: string): Promise<string | undefined> {
    const r = await this.http.post<BlProject>('/project', body, { description: `create ${what}` });
    return r.planned ? undefined : String(r.body.entityId);
  }
  async updateProject(entityId: string, body: BlProject, what: string): Promise<void> {
    await this.http.put('/project', { ...body, entityId: Number(entityId) }, { description: `update ${what}` });
  }

  // Registers
  costCenters(): Promise<BlCostCenter[]> {
    return this.batch<BlCostCenter>('/costcenter/batch');
  }
  accounts(): Promise<BlAccount[]> {
    return this.http.get<BlAccount[]>('/account').then((r) => (Array.isArray(r.body) ? r.body : []));
  }

  // Suppliers (id = supplier number; entityId = BL's key, needed to update)
  suppliers(): Promise<BlSupplier[]> {
    return this.http.get<BlSupplier[]>('/supplier').then((r) => (Array.isArray(r.body) ? r.body : []));
  }
  findSupplier(number: string): Promise<BlSupplier | null> {
    return this.maybe(() => this.http.get<BlSupplier>(`/supplier/${enc(number)}`).then((r) => r.body ?? null));
  }
  async createSupplier(body: Omit<BlSupplier, 'entityId'>, what: string): Promise<string | undefined> {
    const r = await this.http.post<BlSupplier>('/supplier', { ...body, entityId: 0 }, { description: `create ${what}` });
    return r.planned ? undefined : String(r.body.entityId);
  }
  async updateSupplier(entityId: string, body: Omit<BlSupplier, 'entityId'>, what: string): Promise<void> {
    await this.http.put('/supplier', { ...body, entityId: Number(entityId) }, { description: `update ${what}` });
  }

  // Supplier invoices
  /** The supplier invoices of one supplier (a crashed export's lookup). */
  supplierInvoicesOf(supplierNumber: string): Promise<BlSupplierInvoice[]> {
    return this.maybe(() =>
      this.http.get<BlSupplierInvoice[]>(`/supplierinvoice/supplier/${enc(supplierNumber)}`).then((r) => (Array.isArray(r.body) ? r.body : [])),
    ).then((rows) => rows ?? []);
  }
  supplierInvoiceByEntityId(entityId: string): Promise<BlSupplierInvoice | null> {
    return this.maybe(() => this.http.get<BlSupplierInvoice>('/supplierinvoice', { entityId }).then((r) => r.body ?? null));
  }
  async createSupplierInvoice(body: Omit<BlSupplierInvoice, 'entityId'>, what: string): Promise<BlSupplierInvoice | undefined> {
    const r = await this.http.post<BlSupplierInvoice>('/supplierinvoice', { ...body, entityId: 0 }, { description: `create ${what}` });
    if (r.planned) return undefined;
    if (!r.body?.entityId) throw new Error(`BL answered the create of ${what} without the supplier invoice`);
    return r.body;
  }

  // Journal entries (vouchers)
  /**
   * Journal entries with entry dates from `from` to `to`, changed on or after `changedSince`
   * (a date) when given, of one series when given. The endpoint documents no page parameter: an
   * answer holding fewer rows than its `totalRows` is asked again as two halves of the date range,
   * down to single days; a single day with more than a page of entries stops the flow (it would
   * otherwise import part of them silently).
   */
  async journalEntries(q: { from: string; to: string; changedSince?: string; series?: string }): Promise<BlJournalEntry[]> {
    if (this.opts.signal?.aborted) throw this.opts.signal.reason ?? new Error('aborted');
    const res = await this.http.get<BlBatch<BlJournalEntry>>('/journal/entry/batch', {
      startdate: q.from,
      enddate: q.to,
      upsertstartdate: q.changedSince,
      journalid: q.series,
      rows: PAGE_ROWS,
    });
    const rows = Array.isArray(res.body?.data) ? res.body.data : [];
    const total = res.body?.totalRows;
    if (typeof total !== 'number' || total <= rows.length) return rows;
    const halves = splitDateRange(q.from, q.to);
    if (!halves) throw new Error(`BL answered ${rows.length} of the ${total} journal entries of ${q.from} and documents no way to page further`);
    const out: BlJournalEntry[] = [];
    for (const [from, to] of halves) out.push(...(await this.journalEntries({ ...q, from, to })));
    return out;
  }

  // Customer invoices
  /** The invoices of one customer and invoice date (a crashed export's lookup). */
  async invoicesOf(customerNumber: string, invoiceDate: string): Promise<BlInvoice[]> {
    const res = await this.http.get<BlBatch<BlInvoice>>('/customerinvoice/batch', {
      customerid: customerNumber,
      startdate: invoiceDate,
      enddate: invoiceDate,
      rows: PAGE_ROWS,
    });
    return Array.isArray(res.body?.data) ? res.body.data : [];
  }
  /** The invoice with BL's invoice number (the API answers a list). */
  invoice(invoiceNumber: string | number): Promise<BlInvoice | null> {
    return this.maybe(() =>
      this.http.get<BlInvoice[]>(`/customerinvoice/${enc(String(invoiceNumber))}`).then((r) => (Array.isArray(r.body) ? (r.body[0] ?? null) : null)),
    );
  }
  /** The invoice with BL's entityId (the API answers a list; a single object is taken too). */
  invoiceByEntityId(entityId: string): Promise<BlInvoice | null> {
    return this.maybe(() =>
      this.http.get<BlInvoice[] | BlInvoice>('/customerinvoice', { entityId }).then((r) => (Array.isArray(r.body) ? (r.body[0] ?? null) : (r.body ?? null))),
    );
  }
  /** Creates the invoice; BL answers a list with it. `connect`: the original's entityId (credit invoices). */
  async createInvoice(body: BlNewInvoice, what: string, connect?: string): Promise<BlInvoice | undefined> {
    const r = await this.http.post<BlInvoice[]>('/customerinvoice', body, {
      description: `create ${what}`,
      query: connect ? { connect } : undefined,
    });
    if (r.planned) return undefined;
    const created = Array.isArray(r.body) ? r.body[0] : undefined;
    if (!created?.entityId) throw new Error(`BL answered the create of ${what} without the invoice`);
    return created;
  }
  /** The items (articles) of the invoicing module. */
  articles(): Promise<BlArticle[]> {
    return this.http.get<BlArticle[]>('/article').then((r) => (Array.isArray(r.body) ? r.body : []));
  }
  /**
   * The orders of one customer with this invoice date (a crashed export's lookup, a credit's
   * original). The endpoint takes no page: an answer holding fewer orders than its `totalRows`
   * is refused rather than read as "not there" (that could create an invoice twice).
   */
  async ordersOf(customerNumber: string, invoiceDate: string): Promise<BlOrder[]> {
    const res = await this.http.get<BlBatch<BlOrder>>('/order/batch', {
      customerid: customerNumber,
      startdate: invoiceDate,
      enddate: invoiceDate,
      rows: PAGE_ROWS,
    });
    const rows = Array.isArray(res.body?.data) ? res.body.data : [];
    const total = res.body?.totalRows;
    if (typeof total === 'number' && total > rows.length)
      throw new Error(`BL answered ${rows.length} of the ${total} orders of customer ${customerNumber} on ${invoiceDate} and documents no way to page further`);
    return rows;
  }
  /**
   * Creates the order, its invoice and its verification in one call (BL's invoicing module); BL
   * answers a list with the invoice. `connect`: the original order's entityId (credit invoices).
   * The order's `rounding` is taken as it is (`rounding=true`); no tax-deduction basis is made
   * here (the ROT/RUT basis goes separately, with the buyers) and nothing is delivered to the
   * customer (no `deliveryMethod`: the customer gets this system's PDF).
   */
  async createInvoiceFromOrder(body: BlNewOrder, what: string, connect?: string): Promise<BlInvoice | undefined> {
    const r = await this.http.post<BlInvoice[]>('/customerinvoice/orderToInvoiceFlow', body, {
      description: `create ${what}`,
      query: { rounding: true, taxDeductable: false, ...(connect ? { connect } : {}) },
    });
    if (r.planned) return undefined;
    const created = Array.isArray(r.body) ? r.body[0] : undefined;
    if (!created?.entityId) throw new Error(`BL answered the create of ${what} without the invoice`);
    return created;
  }
  async createRotRut(body: BlRotRut, what: string): Promise<void> {
    await this.http.post('/customerinvoice/rotrut', body, { description: `ROT/RUT of ${what}` });
  }
  async attachPdf(invoiceEntityId: string, fileName: string, bytes: Uint8Array, what: string): Promise<void> {
    await this.attach('CUSTOMER_INVOICE', invoiceEntityId, fileName, bytes, `the PDF to ${what}`);
  }
  /** Attaches a file (base64 `data`) to a customer or supplier invoice. */
  async attach(entityType: 'CUSTOMER_INVOICE' | 'SUPPLIER_INVOICE', entityId: string, fileName: string, bytes: Uint8Array, what: string): Promise<void> {
    await this.http.post(
      `/document/attachto/${entityType}/${enc(entityId)}`,
      { data: Buffer.from(bytes).toString('base64') },
      { description: `attach ${what}`, query: { fileName } },
    );
  }
}
