// Typed client of the Fortnox REST API v3 (shapes per Fortnox's API documentation). Requests go
// through the SDK's HttpClient (`ctx.http`): base URL, OAuth2 bearer with rotating refresh tokens,
// the 25-per-5-s rate limit, retries (429/5xx) and the dry run are already there. In a dry run
// writes resolve with `planned: true` and no body.
import { HttpError, type HttpClient } from '@nordic-invoicing/connector-sdk';

// ---------------------------------------------------------------------------------------------
// Wire types (Fortnox JSON, PascalCase as the API has it)

export interface FortnoxMeta {
  '@TotalResources': number;
  '@TotalPages': number;
  '@CurrentPage': number;
}

export interface FortnoxErrorBody {
  ErrorInformation: { error?: number; message?: string; code?: number; Error?: number; Message?: string; Code?: number };
}

export type FortnoxProjectStatus = 'NOTSTARTED' | 'ONGOING' | 'COMPLETED';

export interface FortnoxProject {
  ProjectNumber: string;
  Description: string;
  Status?: FortnoxProjectStatus;
  StartDate?: string | null;
  EndDate?: string | null;
  ProjectLeader?: string | null;
  ContactPerson?: string | null;
  Comments?: string | null;
}

export type FortnoxCustomerType = 'PRIVATE' | 'COMPANY';
export type FortnoxVatType = 'SEVAT' | 'SEREVERSEDVAT' | 'EUREVERSEDVAT' | 'EUVAT' | 'EXPORT';

export interface FortnoxCustomer {
  CustomerNumber?: string;
  Name: string;
  Address1?: string | null;
  Address2?: string | null;
  ZipCode?: string | null;
  City?: string | null;
  CountryCode?: string | null;
  Phone1?: string | null;
  Phone2?: string | null;
  Email?: string | null;
  TermsOfPayment?: string | null;
  VATNumber?: string | null;
  Type?: FortnoxCustomerType;
  VATType?: FortnoxVatType;
  OrganisationNumber?: string | null;
  Active?: boolean;
}

export interface FortnoxCostCenter {
  Code: string;
  Description: string;
  Note?: string | null;
  Active?: boolean;
}

export interface FortnoxAccount {
  Number: number;
  Description: string;
  Active?: boolean;
  Year?: number;
}

export interface FortnoxFinancialYear {
  Id: number;
  FromDate: string;
  ToDate: string;
  AccountingMethod?: 'ACCRUAL' | 'CASH';
}

export interface FortnoxVoucherRow {
  Account: number;
  Debit?: number;
  Credit?: number;
  Description?: string | null;
  Project?: string | null;
  CostCenter?: string | null;
  TransactionInformation?: string | null;
  Quantity?: number;
  Removed?: boolean;
}

export interface FortnoxVoucher {
  VoucherSeries: string;
  VoucherNumber?: number;
  Year?: number;
  TransactionDate: string;
  Description: string;
  Comments?: string | null;
  ReferenceNumber?: string | null;
  ReferenceType?: string | null;
  VoucherRows?: FortnoxVoucherRow[];
}

export interface FortnoxSupplier {
  SupplierNumber?: string;
  Name: string;
  Address1?: string | null;
  Address2?: string | null;
  ZipCode?: string | null;
  City?: string | null;
  CountryCode?: string | null;
  Phone1?: string | null;
  /** List items carry `Phone` instead of Phone1. */
  Phone?: string | null;
  Email?: string | null;
  OrganisationNumber?: string | null;
  VATNumber?: string | null;
  BG?: string | null;
  PG?: string | null;
  IBAN?: string | null;
  BIC?: string | null;
  Active?: boolean;
}

export type FortnoxSupplierInvoiceRowCode = 'TOT' | 'VAT' | 'FRT' | 'AFE' | 'ROV' | 'CND' | 'CNC' | 'PRD' | 'PRC' | 'SRD' | 'SRC' | 'PRE' | 'GWB' | 'ACC';

export interface FortnoxSupplierInvoiceRow {
  Code?: FortnoxSupplierInvoiceRowCode;
  Account: number;
  Debit?: number;
  Credit?: number;
  Project?: string | null;
  CostCenter?: string | null;
  TransactionInformation?: string | null;
  ItemDescription?: string | null;
}

export interface FortnoxSupplierInvoiceInput {
  SupplierNumber: string;
  /** The supplier's invoice number (at most 64). */
  InvoiceNumber: string;
  InvoiceDate: string;
  DueDate?: string | null;
  /** Amounts are strings in Fortnox's spec. */
  Total: string;
  VAT: string;
  Currency: 'SEK';
  OCR?: string | null;
  Comments?: string | null;
  VATType?: 'NORMAL' | 'EUINTERNAL' | 'REVERSE';
  SupplierInvoiceRows: FortnoxSupplierInvoiceRow[];
}

export interface FortnoxSupplierInvoice extends FortnoxSupplierInvoiceInput {
  /** Fortnox's id (löpnummer). */
  GivenNumber: string;
  SupplierName?: string;
  Balance?: string | number;
  Booked?: boolean;
  Cancelled?: boolean;
  Credit?: boolean;
}

/** A list item of /3/supplierinvoices (reduced shape; `Cancel`, not `Cancelled`). */
export interface FortnoxSupplierInvoiceListItem {
  GivenNumber: string | number;
  SupplierNumber?: string;
  InvoiceNumber?: string | null;
  Booked?: boolean;
  Cancel?: boolean;
}

export interface FortnoxSupplierInvoiceFileConnection {
  '@url'?: string;
  FileId: string;
  SupplierInvoiceNumber: string;
  Name?: string;
  SupplierName?: string;
}

export interface FortnoxVoucherFileConnection {
  '@url'?: string;
  FileId: string;
  VoucherNumber: string | number;
  VoucherSeries: string;
  VoucherYear?: number;
  VoucherDescription?: string;
}

export interface FortnoxInvoiceRow {
  RowId?: number;
  AccountNumber?: number;
  Description?: string;
  DeliveredQuantity?: string;
  Price?: number;
  VAT?: number;
  Unit?: string | null;
  Project?: string | null;
  CostCenter?: string | null;
  HouseWork?: boolean;
  HouseWorkType?: string;
  HouseWorkHoursToReport?: number;
}

export type FortnoxTaxReductionType = 'none' | 'rot' | 'rut' | 'green';

export interface FortnoxInvoiceInput {
  CustomerNumber: string;
  InvoiceDate: string;
  DueDate?: string | null;
  InvoiceType?: 'INVOICE';
  Currency: 'SEK';
  YourReference?: string | null;
  OurReference?: string | null;
  ExternalInvoiceReference1: string;
  ExternalInvoiceReference2?: string | null;
  OCR?: string | null;
  Project?: string | null;
  Remarks?: string | null;
  CreditInvoiceReference?: string;
  TaxReductionType?: FortnoxTaxReductionType;
  InvoiceRows: FortnoxInvoiceRow[];
}

export interface FortnoxInvoice extends FortnoxInvoiceInput {
  DocumentNumber: string;
  Total?: number;
  TotalVAT?: number;
  Balance?: number;
  Booked?: boolean;
  Cancelled?: boolean;
  Credit?: string | boolean;
  FinalPayDate?: string | null;
  HouseWork?: boolean;
}

/** A list item of /3/invoices (reduced shape). */
export interface FortnoxInvoiceListItem {
  DocumentNumber: string;
  CustomerNumber?: string;
  Balance?: number | string;
  FinalPayDate?: string | null;
  Booked?: boolean;
  Cancelled?: boolean;
  ExternalInvoiceReference1?: string | null;
  Credit?: string | boolean;
}

export interface FortnoxTaxReduction {
  Id?: number;
  ReferenceDocumentType: 'INVOICE' | 'ORDER' | 'OFFER';
  ReferenceNumber: string;
  SocialSecurityNumber: string;
  CustomerName: string;
  AskedAmount?: number;
  PropertyDesignation?: string | null;
  ResidenceAssociationOrganisationNumber?: string | null;
  TaxReductionAmounts?: { AskedAmount: number; WorkType: string }[];
}

export interface FortnoxFile {
  '@url'?: string;
  Id: string;
  Name: string;
  Path?: string;
  Size?: number;
  ArchiveFileId: string;
}

export interface FortnoxAttachment {
  id?: string;
  entityId: number;
  entityType: 'F' | 'O' | 'OF';
  fileId: string;
  includeOnSend: boolean;
}

/** The remote message (with Fortnox's code) of an error body; both key casings. */
export function fortnoxErrorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const o = body as Record<string, unknown>;
  const info = (o.ErrorInformation ?? o.errorInformation) as Record<string, unknown> | undefined;
  if (!info || typeof info !== 'object') return undefined;
  const message = info.message ?? info.Message;
  const code = info.code ?? info.Code;
  if (typeof message !== 'string' || message.trim() === '') return undefined;
  return code !== undefined && code !== null && code !== '' ? `${message.trim()} (code ${String(code)})` : message.trim();
}

// ---------------------------------------------------------------------------------------------
// Requests

/** Fortnox serves at most 500 records a page. */
export const MAX_LIMIT = 500;
const MAX_PAGES = 10_000;

export interface FortnoxClientOptions {
  signal?: AbortSignal;
  /** Page size asked for (default 500). */
  limit?: number;
}

const enc = encodeURIComponent;

export class FortnoxClient {
  constructor(
    private readonly http: HttpClient,
    private readonly opts: FortnoxClientOptions = {},
  ) {}

  /** Every record of a list endpoint, following MetaInformation to the last page. */
  async listAll<T>(path: string, key: string, query: Record<string, string | number | undefined> = {}): Promise<T[]> {
    const items: T[] = [];
    const limit = this.opts.limit ?? MAX_LIMIT;
    for (let page = 1; page <= MAX_PAGES; page++) {
      if (this.opts.signal?.aborted) throw this.opts.signal.reason ?? new Error('aborted');
      const res = await this.http.get<Record<string, unknown>>(path, { ...query, page, limit });
      const body = res.body ?? {};
      const list = body[key];
      if (!Array.isArray(list)) throw new Error(`GET ${path} page ${page}: the answer has no "${key}" list`);
      items.push(...(list as T[]));
      const meta = body.MetaInformation as FortnoxMeta | undefined;
      const total = Number(meta?.['@TotalPages'] ?? 1);
      if (list.length === 0 || page >= total) return items;
    }
    throw new Error(`GET ${path}: more than ${MAX_PAGES} pages`);
  }

  /** GET of one record; null on 404. */
  private async getOne<T>(path: string, key: string, query?: Record<string, string | number | undefined>): Promise<T | null> {
    try {
      const res = await this.http.get<Record<string, T>>(path, query);
      return res.body?.[key] ?? null;
    } catch (err) {
      if (err instanceof HttpError && err.status === 404) return null;
      throw err;
    }
  }

  async companyName(): Promise<string> {
    const res = await this.http.get<{ CompanyInformation?: { CompanyName?: string; OrganizationNumber?: string } }>('/3/companyinformation');
    const info = res.body?.CompanyInformation;
    return `${info?.CompanyName ?? 'unknown company'}${info?.OrganizationNumber ? ` (${info.OrganizationNumber})` : ''}`;
  }

  // Projects --------------------------------------------------------------------------------

  getProject(number: string): Promise<FortnoxProject | null> {
    return this.getOne<FortnoxProject>(`/3/projects/${enc(number)}`, 'Project');
  }

  async createProject(p: FortnoxProject): Promise<string | undefined> {
    const res = await this.http.post<{ Project: FortnoxProject }>('/3/projects', { Project: p }, { description: `create project ${p.ProjectNumber}` });
    return res.planned ? undefined : res.body.Project.ProjectNumber;
  }

  async updateProject(number: string, p: FortnoxProject): Promise<void> {
    const { ProjectNumber: _n, ...rest } = p;
    await this.http.put(`/3/projects/${enc(number)}`, { Project: rest }, { description: `update project ${number}` });
  }

  // Customers -------------------------------------------------------------------------------

  getCustomer(number: string): Promise<FortnoxCustomer | null> {
    return this.getOne<FortnoxCustomer>(`/3/customers/${enc(number)}`, 'Customer');
  }

  async createCustomer(c: FortnoxCustomer): Promise<string | undefined> {
    const res = await this.http.post<{ Customer: FortnoxCustomer }>(
      '/3/customers',
      { Customer: c },
      { description: `create customer ${c.CustomerNumber ?? c.Name}` },
    );
    return res.planned ? undefined : res.body.Customer.CustomerNumber;
  }

  async updateCustomer(number: string, c: Partial<FortnoxCustomer>): Promise<void> {
    await this.http.put(`/3/customers/${enc(number)}`, { Customer: c }, { description: `update customer ${number}` });
  }

  // Suppliers -------------------------------------------------------------------------------

  suppliers(): Promise<FortnoxSupplier[]> {
    return this.listAll<FortnoxSupplier>('/3/suppliers', 'Suppliers');
  }

  getSupplier(number: string): Promise<FortnoxSupplier | null> {
    return this.getOne<FortnoxSupplier>(`/3/suppliers/${enc(number)}`, 'Supplier');
  }

  async createSupplier(s: FortnoxSupplier): Promise<string | undefined> {
    const res = await this.http.post<{ Supplier: FortnoxSupplier }>(
      '/3/suppliers',
      { Supplier: s },
      { description: `create supplier ${s.SupplierNumber ?? s.Name}` },
    );
    return res.planned ? undefined : res.body.Supplier.SupplierNumber;
  }

  async updateSupplier(number: string, s: FortnoxSupplier): Promise<void> {
    const { SupplierNumber: _n, ...rest } = s;
    await this.http.put(`/3/suppliers/${enc(number)}`, { Supplier: rest }, { description: `update supplier ${number}` });
  }

  // Supplier invoices -----------------------------------------------------------------------

  /** Every supplier invoice (list items, paged to the end). */
  supplierInvoices(): Promise<FortnoxSupplierInvoiceListItem[]> {
    return this.listAll<FortnoxSupplierInvoiceListItem>('/3/supplierinvoices', 'SupplierInvoices');
  }

  getSupplierInvoice(givenNumber: string): Promise<FortnoxSupplierInvoice | null> {
    return this.getOne<FortnoxSupplierInvoice>(`/3/supplierinvoices/${enc(givenNumber)}`, 'SupplierInvoice');
  }

  async createSupplierInvoice(input: FortnoxSupplierInvoiceInput): Promise<string | undefined> {
    const res = await this.http.post<{ SupplierInvoice: FortnoxSupplierInvoice }>(
      '/3/supplierinvoices',
      { SupplierInvoice: input },
      {
        description: `create supplier invoice ${input.SupplierNumber}/${input.InvoiceNumber}`,
      },
    );
    return res.planned ? undefined : String(res.body.SupplierInvoice.GivenNumber);
  }

  async bookkeepSupplierInvoice(givenNumber: string): Promise<void> {
    await this.http.put(`/3/supplierinvoices/${enc(givenNumber)}/bookkeep`, undefined, { description: `bookkeep supplier invoice ${givenNumber}` });
  }

  /**
   * Files connected to a supplier invoice (by its GivenNumber). The list has no filter by supplier
   * invoice, so it is read whole and filtered here.
   */
  async supplierInvoiceFileConnections(givenNumber: string): Promise<FortnoxSupplierInvoiceFileConnection[]> {
    const items = await this.listAll<FortnoxSupplierInvoiceFileConnection>('/3/supplierinvoicefileconnections', 'SupplierInvoiceFileConnections');
    return items.filter((c) => String(c.SupplierInvoiceNumber) === String(givenNumber));
  }

  async connectSupplierInvoiceFile(givenNumber: string, fileId: string): Promise<void> {
    const body: { SupplierInvoiceFileConnection: FortnoxSupplierInvoiceFileConnection } = {
      SupplierInvoiceFileConnection: { FileId: fileId, SupplierInvoiceNumber: givenNumber },
    };
    await this.http.post('/3/supplierinvoicefileconnections', body, { description: `connect file to supplier invoice ${givenNumber}` });
  }

  /** Every voucher file connection (Fortnox documents no filter for this list). */
  voucherFileConnections(): Promise<FortnoxVoucherFileConnection[]> {
    return this.listAll<FortnoxVoucherFileConnection>('/3/voucherfileconnections', 'VoucherFileConnections');
  }

  // Registers -------------------------------------------------------------------------------

  costCenters(): Promise<FortnoxCostCenter[]> {
    return this.listAll<FortnoxCostCenter>('/3/costcenters', 'CostCenters');
  }

  accounts(financialYearId?: number): Promise<FortnoxAccount[]> {
    return this.listAll<FortnoxAccount>('/3/accounts', 'Accounts', { financialyear: financialYearId });
  }

  /** The financial year holding `date` (YYYY-MM-DD), or null when the company has none for it. */
  async financialYear(date: string): Promise<FortnoxFinancialYear | null> {
    const years = await this.listAll<FortnoxFinancialYear>('/3/financialyears', 'FinancialYears', { date });
    return years.find((y) => y.FromDate <= date && date <= y.ToDate) ?? years[0] ?? null;
  }

  // Vouchers --------------------------------------------------------------------------------

  /** Vouchers of one series in a financial year (list items, no rows); `lastmodified` narrows to changed ones. */
  voucherList(series: string, financialYearId: number, lastModified?: string): Promise<FortnoxVoucher[]> {
    return this.listAll<FortnoxVoucher>(`/3/vouchers/sublist/${enc(series)}`, 'Vouchers', { financialyear: financialYearId, lastmodified: lastModified });
  }

  /** The codes of the voucher series register (the current financial year's). */
  async voucherSeriesCodes(): Promise<string[]> {
    const res = await this.http.get<{ VoucherSeriesCollection?: { Code: string }[] }>('/3/voucherseries');
    return (res.body.VoucherSeriesCollection ?? []).map((v) => v.Code);
  }

  voucher(series: string, number: number, financialYearId: number): Promise<FortnoxVoucher | null> {
    return this.getOne<FortnoxVoucher>(`/3/vouchers/${enc(series)}/${number}`, 'Voucher', { financialyear: financialYearId });
  }

  // Invoices --------------------------------------------------------------------------------

  /** The invoice whose ExternalInvoiceReference1 is exactly `reference` (our invoice number). */
  async findInvoiceByReference(reference: string): Promise<FortnoxInvoiceListItem | null> {
    const items = await this.listAll<FortnoxInvoiceListItem>('/3/invoices', 'Invoices', { externalinvoicereference1: reference });
    return items.find((i) => i.ExternalInvoiceReference1 === reference && !i.Cancelled) ?? null;
  }

  getInvoice(documentNumber: string): Promise<FortnoxInvoice | null> {
    return this.getOne<FortnoxInvoice>(`/3/invoices/${enc(documentNumber)}`, 'Invoice');
  }

  async createInvoice(input: FortnoxInvoiceInput): Promise<string | undefined> {
    const res = await this.http.post<{ Invoice: FortnoxInvoice }>(
      '/3/invoices',
      { Invoice: input },
      { description: `create invoice ${input.ExternalInvoiceReference1}` },
    );
    return res.planned ? undefined : String(res.body.Invoice.DocumentNumber);
  }

  async bookkeepInvoice(documentNumber: string): Promise<void> {
    await this.http.put(`/3/invoices/${enc(documentNumber)}/bookkeep`, undefined, { description: `bookkeep invoice ${documentNumber}` });
  }

  /** Fully paid invoices whose final pay date is `from` or later. */
  fullyPaidInvoices(from: string): Promise<FortnoxInvoiceListItem[]> {
    return this.listAll<FortnoxInvoiceListItem>('/3/invoices', 'Invoices', { filter: 'fullypaid', fromfinalpaydate: from });
  }

  taxReductions(): Promise<FortnoxTaxReduction[]> {
    return this.listAll<FortnoxTaxReduction>('/3/taxreductions', 'TaxReductions', { filter: 'invoices' });
  }

  async createTaxReduction(t: FortnoxTaxReduction): Promise<void> {
    await this.http.post('/3/taxreductions', { TaxReduction: t }, { description: `tax reduction for invoice ${t.ReferenceNumber}` });
  }

  // Files -----------------------------------------------------------------------------------

  /** Uploads a PDF to the customer-invoice inbox (inbox_kf); the file's ArchiveFileId, undefined in a dry run. */
  async uploadInvoicePdf(name: string, bytes: Uint8Array): Promise<string | undefined> {
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), name);
    const res = await this.http.post<{ File: FortnoxFile }>('/3/inbox', form, { query: { path: 'inbox_kf' }, description: `upload ${name}` });
    return res.planned ? undefined : res.body.File.ArchiveFileId;
  }

  /**
   * Uploads a file to an inbox folder (`inbox_s` for supplier invoices); the stored file (its
   * `Id` is what file connections take), undefined in a dry run.
   */
  async uploadToInbox(folder: string, name: string, contentType: string, bytes: Uint8Array): Promise<FortnoxFile | undefined> {
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType }), name);
    const res = await this.http.post<{ File: FortnoxFile }>('/3/inbox', form, { query: { path: folder }, description: `upload ${name}` });
    return res.planned ? undefined : res.body.File;
  }

  /** A file's bytes from the archive (`GET /3/archive/{FileId}`); null on 404. */
  async downloadFile(fileId: string): Promise<{ bytes: Uint8Array; contentType: string } | null> {
    try {
      const res = await this.http.request<Uint8Array>({ method: 'GET', path: `/3/archive/${enc(fileId)}`, responseType: 'bytes', headers: { accept: '*/*' } });
      return { bytes: res.body, contentType: (res.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]!.trim() };
    } catch (err) {
      if (err instanceof HttpError && err.status === 404) return null;
      throw err;
    }
  }

  /** Attachments on an invoice: one count per entity asked for (a list; a single count is read too). */
  async attachmentCount(documentNumber: string): Promise<number> {
    type Count = { entityId: number; numberOfAttachments?: number };
    const res = await this.http.get<Count[] | Count>('/api/fileattachments/attachments-v1/numberofattachments', {
      entityids: documentNumber,
      entitytype: 'F',
    });
    const counts = Array.isArray(res.body) ? res.body : res.body ? [res.body] : [];
    return counts.find((r) => String(r.entityId) === String(documentNumber))?.numberOfAttachments ?? 0;
  }

  async attachToInvoice(documentNumber: string, fileId: string): Promise<void> {
    const body: FortnoxAttachment[] = [{ entityId: Number(documentNumber), entityType: 'F', fileId, includeOnSend: true }];
    await this.http.post('/api/fileattachments/attachments-v1', body, { description: `attach PDF to invoice ${documentNumber}` });
  }
}
