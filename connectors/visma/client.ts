// Typed client of Visma eAccounting / Spiris API v2.
// The wire types live here (the fake server and the mappers use them too). Requests go through
// the SDK's HttpClient (`ctx.http`), which carries the base URL, the OAuth2 bearer token (and its
// refresh), the 600-requests-per-minute-per-endpoint limit, retries (4010/429 after the wait the
// message names) and the dry run: in a dry run writes are not sent and resolve with
// `planned: true` and no body.
import { HttpError, type HttpClient } from '@nordic-invoicing/connector-sdk';

// ---------------------------------------------------------------------------------------------
// Wire types (field names exactly as eAccounting v2 spells them)

/** `GET` lists: `{ Meta, Data }`. */
export interface VismaMeta {
  CurrentPage: number;
  PageSize: number;
  TotalNumberOfPages: number;
  TotalNumberOfResults: number;
  ServerTimeUtc: string;
}

export interface VismaPage<T> {
  Meta: VismaMeta;
  Data: T[];
}

/** `CommonExtendedBadRequest`. */
export interface VismaErrorBody {
  ErrorCode: number;
  DeveloperErrorMessage: string;
  ErrorId?: string;
  Errors?: { Field?: string; ErrorCode?: string; Message?: string; Key?: string }[];
}

export interface VismaCustomerInput {
  CustomerNumber?: string;
  Name: string;
  CorporateIdentityNumber?: string;
  VatNumber?: string;
  InvoiceAddress1?: string;
  InvoiceAddress2?: string;
  InvoicePostalCode: string;
  InvoiceCity: string;
  InvoiceCountryCode?: string;
  EmailAddress?: string;
  Telephone?: string;
  MobilePhone?: string;
  IsPrivatePerson: boolean;
  IsActive: boolean;
  TermsOfPaymentId: string;
  ReverseChargeOnConstructionServices?: boolean;
}

export interface VismaCustomer extends VismaCustomerInput {
  Id: string;
  CustomerNumber: string;
  ChangedUtc: string;
}

export interface VismaTermsOfPayment {
  Id: string;
  Name: string;
  NumberOfDays: number;
  TermsOfPaymentTypeId: number;
  AvailableForSales: boolean;
  AvailableForPurchase: boolean;
}

/** Status: 1 Ongoing, 2 Finished. Dates are date-times ("2026-11-02T00:00:00"). Empty fields are left out, never null. */
export interface VismaProjectInput {
  Number: string;
  Name: string;
  StartDate: string;
  EndDate?: string;
  Status: 1 | 2;
  CustomerId?: string;
  Notes?: string;
}

export interface VismaProject extends VismaProjectInput {
  Id: string;
  CustomerName?: string;
  ModifiedUtc: string;
}

export interface VismaCostCenterItem {
  Id: string;
  CostCenterId: string;
  Name: string;
  ShortName: string;
  IsActive: boolean;
}

export interface VismaCostCenter {
  Id: string;
  Number: number;
  Name: string;
  IsActive: boolean;
  Items: VismaCostCenterItem[];
}

export interface VismaAccount {
  /** A string in bodies. */
  Number: string;
  Name: string;
  FiscalYearId: string;
  IsActive: boolean;
  VatCodeId?: string | null;
  ModifiedUtc?: string;
}

export interface VismaVoucherRow {
  AccountNumber: number;
  /** Voucher rows spell it DebitAmount; rows coming from supplier invoices spell it DebetAmount. */
  DebitAmount?: number;
  DebetAmount?: number;
  CreditAmount: number;
  TransactionText?: string | null;
  CostCenterItemId1?: string | null;
  CostCenterItemId2?: string | null;
  CostCenterItemId3?: string | null;
  ProjectId?: string | null;
}

export interface VismaVoucher {
  Id: string;
  VoucherDate: string;
  VoucherText: string;
  NumberSeries: string;
  NumberAndNumberSeries: string;
  VoucherType?: number;
  ModifiedUtc: string;
  Rows: VismaVoucherRow[];
}

export interface VismaArticle {
  Id: string;
  Number: string;
  Name: string;
  IsActive: boolean;
  /** The article's account coding: its sales account and VAT rate (the VAT an invoice row gets). Required in Visma's answers. */
  CodingId?: string;
  UnitId?: string;
  ChangedUtc?: string;
}

export interface VismaVatCode {
  Id: string;
  Code: string;
  Description: string;
  VatRate: number;
}

export interface VismaInvoicePerson {
  Id?: string;
  Ssn: string;
  Amount: number;
}

export interface VismaDraftRow {
  LineNumber?: number;
  ArticleId?: string;
  IsTextRow: boolean;
  Text?: string;
  UnitPrice?: number;
  Quantity?: number;
  DiscountPercentage?: number;
  WorkCostType?: number;
  IsWorkCost?: boolean;
  WorkHours?: number | null;
  MaterialCosts?: number | null;
  ReversedConstructionServicesVatFree: boolean;
  CostCenterItemId1?: string;
  ProjectId?: string;
  GreenTechnologyType?: number;
}

/**
 * RotReducedInvoicingType: 0 Normal, 1 Rot, 2 Rut (an integer, not a name). InvoiceDate is a
 * date-time. A draft has no due date (Visma takes it from the customer's terms of payment), and
 * reverse charge, the rows' VAT rate and sales-document attachments are read-only: reverse charge
 * comes from the customer, a row's VAT from its article's coding (or 0 with the row's
 * ReversedConstructionServicesVatFree).
 */
export interface VismaDraftInput {
  CustomerId: string;
  EuThirdParty: boolean;
  IsCreditInvoice: boolean;
  InvoiceDate: string;
  YourReference?: string;
  OurReference?: string;
  RotReducedInvoicingType: 0 | 1 | 2;
  RotReducedInvoicingPropertyName?: string;
  RotReducedInvoicingOrgNumber?: string;
  RotReducedInvoicingAmount?: number;
  RotReducedInvoicingAutomaticDistribution?: boolean;
  RotPropertyType?: 1 | 2;
  UsesGreenTechnology?: boolean;
  Persons?: VismaInvoicePerson[];
  Rows: VismaDraftRow[];
}

export interface VismaDraft extends VismaDraftInput {
  Id: string;
  CreatedUtc: string;
  /** Read-only: the customer's flag. */
  ReverseChargeOnConstructionServices?: boolean;
}

/**
 * `CustomerInvoiceApi`: no payment status or payment date; `RemainingAmount` is what is left to
 * pay (0 when settled) and `ModifiedUtc` changes when a payment is registered.
 */
export interface VismaInvoice {
  Id: string;
  InvoiceNumber: number;
  CustomerId: string;
  EuThirdParty: boolean;
  InvoiceDate: string;
  DueDate?: string;
  IsCreditInvoice: boolean;
  RotReducedInvoicingType: 0 | 1 | 2;
  TotalAmount: number;
  TotalVatAmount: number;
  RemainingAmount: number;
  CreatedFromDraftId?: string;
  ModifiedUtc: string;
  Rows: (Omit<VismaDraftRow, 'ReversedConstructionServicesVatFree' | 'IsTextRow' | 'LineNumber' | 'IsWorkCost'> & {
    IsVatFree?: boolean;
    AmountNoVat?: number;
    PercentVat?: number;
  })[];
  Persons?: VismaInvoicePerson[];
  SalesDocumentAttachments?: string[];
}

export interface VismaSupplierInput {
  SupplierNumber?: string;
  Name: string;
  CorporateIdentityNumber?: string;
  VatNumber?: string;
  Address1?: string;
  Address2?: string;
  PostalCode?: string;
  City?: string;
  CountryCode?: string;
  EmailAddress?: string;
  Telephone?: string;
  BankgiroNumber?: string;
  PlusgiroNumber?: string;
  BankIban?: string;
  BankBic?: string;
  IsActive: boolean;
  TermsOfPaymentId: string;
}

export interface VismaSupplier extends VismaSupplierInput {
  Id: string;
  SupplierNumber: string;
  ModifiedUtc: string;
}

/**
 * A cost row of a supplier invoice. Invoice rows spell debit `DebetAmount`; draft rows spell it
 * `DebitAmount` (reference §1.11): the other spelling is not read by Visma.
 */
export interface VismaSupplierInvoiceRow {
  AccountNumber: number;
  DebetAmount?: number;
  DebitAmount?: number;
  CreditAmount: number;
  TransactionText?: string;
  CostCenterItemId1?: string;
  CostCenterItemId2?: string;
  CostCenterItemId3?: string;
  ProjectId?: string;
}

/** `SupplierInvoiceApi` (required: SupplierId, InvoiceNumber, TotalAmount); drafts take the same header. */
export interface VismaSupplierInvoiceInput {
  SupplierId: string;
  InvoiceNumber: string;
  TotalAmount: number;
  Vat?: number;
  /** Date-times ("2026-11-02T00:00:00"). */
  InvoiceDate?: string;
  DueDate?: string;
  /** Required on drafts (the payload always carries it). */
  IsCreditInvoice?: boolean;
  CurrencyCode?: string;
  OcrNumber?: string;
  Rows: VismaSupplierInvoiceRow[];
}

/** Status: 0 Draft, 1 Normal, 2 Deleted. PaymentStatus: 3 Unpaid, 6 Paid, 7 OverDue, … RemainingAmount is negative. */
export interface VismaSupplierInvoice extends VismaSupplierInvoiceInput {
  Id: string;
  Status: 0 | 1 | 2;
  PaymentStatus: number;
  RemainingAmount: number;
  ModifiedUtc: string;
}

export interface VismaSupplierInvoiceDraft extends VismaSupplierInvoiceInput {
  Id: string;
}

/**
 * `POST /attachmentlinks` (`AttachmentLinkApi`). DocumentType: 0 None, 1 SupplierInvoice,
 * 2 Receipt, 3 Voucher, 4 SupplierInvoiceDraft, 5 AllocationPeriod, 6 Transfer: there is none
 * for customer invoices or their drafts.
 */
export interface VismaAttachmentLink {
  DocumentId: string;
  DocumentType: number;
  AttachmentIds: string[];
}

export const ATTACHMENT_DOCUMENT_TYPE = { supplierInvoice: 1, supplierInvoiceDraft: 4 } as const;

export interface VismaAttachmentUpload {
  ContentType: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff';
  FileName: string;
  /** Base64. */
  Data: string;
}

export interface VismaAttachment {
  Id: string;
  ContentType: string;
  FileName: string;
}

export interface VismaCompanySettings {
  Name: string;
  CorporateIdentityNumber: string;
  CountryCode: string;
}

// ---------------------------------------------------------------------------------------------
// Errors and waits (the manifest's errorMessage and retryAfterMs)

/**
 * The remote message: `DeveloperErrorMessage`, then the field messages of `Errors`
 * ("Field: Message"), with the error code: "4029 SsnNumberIsInvalid … (Persons[0].Ssn: …)".
 */
export function vismaErrorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const b = body as Partial<VismaErrorBody>;
  const main = typeof b.DeveloperErrorMessage === 'string' && b.DeveloperErrorMessage.trim() !== '' ? b.DeveloperErrorMessage.trim() : undefined;
  const fields = Array.isArray(b.Errors)
    ? b.Errors.map((e) => [e?.Field, e?.Message].filter((x): x is string => typeof x === 'string' && x.trim() !== '').join(': ')).filter((s) => s !== '')
    : [];
  if (!main && fields.length === 0) return undefined;
  const code = typeof b.ErrorCode === 'number' ? `${b.ErrorCode} ` : '';
  const text = main ?? fields.join('; ');
  return `${code}${text}${main && fields.length ? ` (${fields.join('; ')})` : ''}`;
}

/** "… Try again in 55 seconds." on 4010 (HTTP 429): the wait in ms; undefined otherwise. */
export function vismaRetryAfterMs(status: number, body: unknown): number | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Partial<VismaErrorBody>;
  if (b.ErrorCode !== 4010 && status !== 429) return undefined;
  const m = typeof b.DeveloperErrorMessage === 'string' ? /try again in (\d+(?:\.\d+)?)\s*(second|sec|s|minute|min)/i.exec(b.DeveloperErrorMessage) : null;
  if (!m) return b.ErrorCode === 4010 ? 60_000 : undefined;
  const n = Number(m[1]);
  return Math.round(/^min/i.test(m[2]!) ? n * 60_000 : n * 1000);
}

/** The rate-limit key: Visma counts per endpoint, i.e. per path without ids and query. */
export function endpointKey(path: string): string {
  const clean = path
    .replace(/^[a-z]+:\/\/[^/]+/i, '')
    .split('?')[0]!
    .replace(/^\/+|\/+$/g, '');
  return clean
    .split('/')
    .map((seg) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(seg) || /^\d+$/.test(seg) ? '{id}' : seg.toLowerCase()))
    .join('/');
}

/** An OData date-time literal for `$filter` (unquoted, UTC). */
export function odataDateTime(iso: string): string {
  return new Date(iso).toISOString();
}

/** A quoted OData string literal. */
export function odataString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** The company's plan lacks the API module: every endpoint answers 403/4002, and re-authorising does not help. */
export class VismaNoApiModuleError extends Error {
  constructor(readonly remoteMessage: string) {
    super(
      `The Visma company has no access to the API module (${remoteMessage}). Add the API module ("Integrationer"/api_standard) to the company's Visma plan; signing in again will not help.`,
    );
    this.name = 'VismaNoApiModuleError';
  }
}

export function isNoApiModule(err: unknown): err is HttpError {
  if (!(err instanceof HttpError) || err.status !== 403) return false;
  const b = err.body as Partial<VismaErrorBody> | undefined;
  return /no access to module/i.test(String(b?.DeveloperErrorMessage ?? err.remoteMessage));
}

/**
 * The HTTP client with the missing API module turned into an error that stops the flow (not a
 * 4xx of one entity, which would be reported once per customer, project and invoice).
 */
export function withModuleCheck(http: HttpClient): HttpClient {
  const guard = async <T>(p: Promise<T>): Promise<T> => {
    try {
      return await p;
    } catch (err) {
      if (isNoApiModule(err)) throw new VismaNoApiModuleError(err.remoteMessage);
      throw err;
    }
  };
  return {
    request: (req) => guard(http.request(req)),
    get: (path, query, o) => guard(http.get(path, query, o)),
    post: (path, body, o) => guard(http.post(path, body, o)),
    put: (path, body, o) => guard(http.put(path, body, o)),
    patch: (path, body, o) => guard(http.patch(path, body, o)),
    delete: (path, o) => guard(http.delete(path, o)),
    get planned() {
      return http.planned;
    },
    get stats() {
      return http.stats;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Requests

/** Larger pages mean fewer requests; the real API's maximum is unconfirmed, clients use ≤ 1000. */
export const PAGE_SIZE = 500;
const MAX_PAGES = 10_000;

export interface VismaClientOptions {
  signal?: AbortSignal;
  pageSize?: number;
}

const enc = encodeURIComponent;

export class VismaClient {
  private readonly pageSize: number;
  private readonly http: HttpClient;

  constructor(
    http: HttpClient,
    private readonly opts: VismaClientOptions = {},
  ) {
    this.http = withModuleCheck(http);
    this.pageSize = opts.pageSize ?? PAGE_SIZE;
  }

  /** Every item of a list endpoint: `$page` from 1 until `CurrentPage >= TotalNumberOfPages`. */
  async listAll<T>(path: string, query: { filter?: string; orderby?: string; extra?: Record<string, string> } = {}): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const signal = this.opts.signal;
      if (signal?.aborted) throw signal.reason ?? new Error('aborted');
      const res = await this.http.get<VismaPage<T>>(path, {
        ...query.extra,
        $page: page,
        $pagesize: this.pageSize,
        $filter: query.filter,
        $orderby: query.orderby,
      });
      const body = res.body;
      if (!body || !Array.isArray(body.Data) || !body.Meta) throw new Error(`GET ${path} page ${page}: the answer has no Meta/Data`);
      items.push(...body.Data);
      if (body.Data.length === 0 || body.Meta.CurrentPage >= body.Meta.TotalNumberOfPages) return items;
    }
    throw new Error(`GET ${path}: more than ${MAX_PAGES} pages`);
  }

  async companySettings(): Promise<VismaCompanySettings> {
    return (await this.http.get<VismaCompanySettings>('/companysettings')).body;
  }

  // Lookups -----------------------------------------------------------------------------------

  termsOfPayments(): Promise<VismaTermsOfPayment[]> {
    return this.listAll<VismaTermsOfPayment>('/termsofpayments');
  }

  articles(): Promise<VismaArticle[]> {
    return this.listAll<VismaArticle>('/articles');
  }

  vatCodes(): Promise<VismaVatCode[]> {
    return this.listAll<VismaVatCode>('/vatcodes');
  }

  // Customers -----------------------------------------------------------------------------------

  /** Every customer (a first export's listing, instead of one lookup each). */
  customers(): Promise<VismaCustomer[]> {
    return this.listAll<VismaCustomer>('/customers');
  }

  async findCustomer(number: string): Promise<VismaCustomer | null> {
    const found = await this.listAll<VismaCustomer>('/customers', { filter: `CustomerNumber eq ${odataString(number)}` });
    return found.find((c) => c.CustomerNumber === number) ?? null;
  }

  async createCustomer(input: VismaCustomerInput): Promise<string | undefined> {
    const res = await this.http.post<VismaCustomer>('/customers', input, { description: `create customer ${input.CustomerNumber ?? input.Name}` });
    return res.planned ? undefined : res.body.Id;
  }

  async updateCustomer(id: string, input: VismaCustomerInput): Promise<void> {
    await this.http.put(`/customers/${enc(id)}`, input, { description: `update customer ${input.CustomerNumber ?? input.Name}` });
  }

  // Projects --------------------------------------------------------------------------------------

  async findProject(number: string): Promise<VismaProject | null> {
    const found = await this.listAll<VismaProject>('/projects', { filter: `Number eq ${odataString(number)}` });
    return found.find((p) => p.Number === number) ?? null;
  }

  projects(): Promise<VismaProject[]> {
    return this.listAll<VismaProject>('/projects');
  }

  async createProject(input: VismaProjectInput): Promise<string | undefined> {
    const res = await this.http.post<VismaProject>('/projects', input, { description: `create project ${input.Number}` });
    return res.planned ? undefined : res.body.Id;
  }

  async updateProject(id: string, input: VismaProjectInput): Promise<void> {
    await this.http.put(`/projects/${enc(id)}`, input, { description: `update project ${input.Number}` });
  }

  // Registers -------------------------------------------------------------------------------------

  costCenters(): Promise<VismaCostCenter[]> {
    return this.listAll<VismaCostCenter>('/costcenters');
  }

  accounts(): Promise<VismaAccount[]> {
    return this.listAll<VismaAccount>('/accounts');
  }

  /** Vouchers modified after `since` (all when null). */
  vouchers(since: string | null): Promise<VismaVoucher[]> {
    return this.listAll<VismaVoucher>('/vouchers', { filter: since ? `ModifiedUtc gt ${odataDateTime(since)}` : undefined });
  }

  // Suppliers -------------------------------------------------------------------------------------

  suppliers(since: string | null): Promise<VismaSupplier[]> {
    return this.listAll<VismaSupplier>('/suppliers', { filter: since ? `ModifiedUtc gt ${odataDateTime(since)}` : undefined });
  }

  async findSupplier(number: string): Promise<VismaSupplier | null> {
    const found = await this.listAll<VismaSupplier>('/suppliers', { filter: `SupplierNumber eq ${odataString(number)}` });
    return found.find((s) => s.SupplierNumber === number) ?? null;
  }

  async createSupplier(input: VismaSupplierInput): Promise<string | undefined> {
    const res = await this.http.post<VismaSupplier>('/suppliers', input, { description: `create supplier ${input.SupplierNumber ?? input.Name}` });
    return res.planned ? undefined : res.body.Id;
  }

  async updateSupplier(id: string, input: VismaSupplierInput): Promise<void> {
    await this.http.put(`/suppliers/${enc(id)}`, input, { description: `update supplier ${input.SupplierNumber ?? input.Name}` });
  }

  // Supplier invoices -----------------------------------------------------------------------------

  /** The supplier's booked invoices with this invoice number. */
  supplierInvoicesOf(supplierId: string, invoiceNumber: string): Promise<VismaSupplierInvoice[]> {
    return this.listAll<VismaSupplierInvoice>('/supplierinvoices', {
      filter: `SupplierId eq ${supplierId} and InvoiceNumber eq ${odataString(invoiceNumber)}`,
    });
  }

  /** The supplier's invoice drafts with this invoice number. */
  supplierInvoiceDraftsOf(supplierId: string, invoiceNumber: string): Promise<VismaSupplierInvoiceDraft[]> {
    return this.listAll<VismaSupplierInvoiceDraft>('/supplierinvoicedrafts', {
      filter: `SupplierId eq ${supplierId} and InvoiceNumber eq ${odataString(invoiceNumber)}`,
    });
  }

  async supplierInvoice(id: string): Promise<VismaSupplierInvoice> {
    return (await this.http.get<VismaSupplierInvoice>(`/supplierinvoices/${enc(id)}`)).body;
  }

  /** Creates a booked supplier invoice (201 with it). */
  async createSupplierInvoice(input: VismaSupplierInvoiceInput, what: string): Promise<VismaSupplierInvoice | undefined> {
    const res = await this.http.post<VismaSupplierInvoice>('/supplierinvoices', input, { description: `create ${what}` });
    return res.planned ? undefined : res.body;
  }

  /** Creates a supplier invoice draft (booked later in Visma). */
  async createSupplierInvoiceDraft(input: VismaSupplierInvoiceInput, what: string): Promise<VismaSupplierInvoiceDraft | undefined> {
    const res = await this.http.post<VismaSupplierInvoiceDraft>('/supplierinvoicedrafts', input, { description: `create draft of ${what}` });
    return res.planned ? undefined : res.body;
  }

  async linkAttachments(input: VismaAttachmentLink, what: string): Promise<void> {
    await this.http.post('/attachmentlinks', input, { description: `attach the document to ${what}` });
  }

  // Customer invoices -----------------------------------------------------------------------------

  /** Drafts and invoices of one customer on one date (crash recovery looks among them). */
  draftsOf(customerId: string, invoiceDate: string): Promise<VismaDraft[]> {
    return this.listAll<VismaDraft>('/customerinvoicedrafts', {
      filter: `CustomerId eq ${customerId} and InvoiceDate eq ${odataDateTime(`${invoiceDate.slice(0, 10)}T00:00:00Z`)}`,
    });
  }

  invoicesOf(customerId: string, invoiceDate: string): Promise<VismaInvoice[]> {
    return this.listAll<VismaInvoice>('/customerinvoices', {
      filter: `CustomerId eq ${customerId} and InvoiceDate eq ${odataDateTime(`${invoiceDate.slice(0, 10)}T00:00:00Z`)}`,
    });
  }

  /** Invoices modified after `since`. */
  invoicesModifiedSince(since: string): Promise<VismaInvoice[]> {
    return this.listAll<VismaInvoice>('/customerinvoices', { filter: `ModifiedUtc gt ${odataDateTime(since)}` });
  }

  async invoice(id: string): Promise<VismaInvoice> {
    return (await this.http.get<VismaInvoice>(`/customerinvoices/${enc(id)}`)).body;
  }

  async uploadAttachment(input: VismaAttachmentUpload): Promise<string | undefined> {
    const res = await this.http.post<VismaAttachment>('/attachments', input, { description: `upload attachment ${input.FileName}` });
    return res.planned ? undefined : res.body.Id;
  }

  async createDraft(input: VismaDraftInput, what: string): Promise<VismaDraft | undefined> {
    const res = await this.http.post<VismaDraft>('/customerinvoicedrafts', input, { description: `create invoice draft for ${what}` });
    return res.planned ? undefined : res.body;
  }

  /** Books the draft as a customer invoice (201 with the invoice). */
  async convertDraft(draftId: string, what: string): Promise<VismaInvoice | undefined> {
    // The body (totals to validate against) is required, every property in it optional. Without
    // keepOriginalDraftDate (and the override of the company's setting) a past InvoiceDate would
    // be replaced by today's date.
    const res = await this.http.post<VismaInvoice>(
      `/customerinvoicedrafts/${enc(draftId)}/convert`,
      {},
      { query: { keepOriginalDraftDate: true, overrideCompanyKeepOriginalDraftDate: true }, description: `convert the draft of ${what} to an invoice` },
    );
    return res.planned ? undefined : res.body;
  }
}
