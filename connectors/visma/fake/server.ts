// A fake of Visma eAccounting API v2 for tests and demos: a real HTTP server on 127.0.0.1 speaking
// eAccounting's JSON with in-memory state, plus the identity server's token endpoint. It behaves
// like the real API where a connector could get it wrong:
//   - OAuth2: POST /connect/token with Basic client auth, refresh tokens that rotate, access tokens
//     that expire (401 4005 after), `expireAccessTokens()` to force a refresh;
//   - 403 4002 "No access to module: api_standard" on every endpoint for a company without the
//     API module (`state.apiModule = false`), while OAuth still succeeds;
//   - lists as `{Meta, Data}` with `$page`/`$pagesize`, `$filter` (eq ne gt ge lt le, and);
//   - 600 requests per minute per endpoint: HTTP 429 with ErrorCode 4010 and "Try again in N
//     seconds." in the message (no Retry-After header);
//   - errors as `{ErrorCode, DeveloperErrorMessage, ErrorId, Errors[]}`; creates answer 201 (links 200);
//   - the API's published contract (connectors/visma/contract.json) on every request and answer:
//     breaches are refused with the API's 400 by default and make close() reject; read-only
//     properties of a draft are ignored as the real API ignores them;
//   - invoice-draft rows carry no account (a row with `AccountNumber` is refused) and get the VAT
//     of their article's coding (`state.articleCodings`), an integer
//     RotReducedInvoicingType, ReversedConstructionServicesVatFree only with a reverse-charge
//     customer, ROT/RUT persons validated as YYMMDD-NNNK with a Luhn digit (4029), WorkHours ≥ 1;
//   - vouchers as seeded (rows spell debit `DebitAmount`); payments lower RemainingAmount and set
//     ModifiedUtc (invoices carry no payment status or date);
//   - supplier invoices (`/supplierinvoices`, booked: Status 1, PaymentStatus 3, RemainingAmount
//     negative) and drafts (`/supplierinvoicedrafts`, convert): invoice rows read debit only as
//     `DebetAmount`, draft rows only as `DebitAmount` (the other spelling is an unknown property,
//     refused by the contract; in 'record' mode it is ignored, so the rows do not balance: 4032); rows must sum to TotalAmount − Vat (4032), accounts must exist
//     (3002), projects not ended (5005), cost centre items active (5006); one invoice number per
//     supplier (4000, the fake's choice); `/attachmentlinks` links uploaded attachments to a
//     supplier invoice (DocumentType 1) or draft (4).
// Tests read and seed `state`, count writes, list requests and inject failures.
import type { IncomingHttpHeaders } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parsePersonalIdentityNumber } from '@nordic-invoicing/connector-sdk';
import {
  asWire,
  type FakeRequest,
  type FakeRequestRecord,
  type FakeResponse,
  type FakeServer,
  retryAfterSeconds,
  type ApiContract,
  type ContractBreach,
  contractChecker,
  formatContractIssues,
  slidingWindow,
  startFakeServer,
} from '@nordic-invoicing/connector-sdk/testing';
import {
  endpointKey,
  type VismaAccount,
  type VismaArticle,
  type VismaCompanySettings,
  type VismaCostCenter,
  type VismaCustomer,
  type VismaDraft,
  type VismaDraftRow,
  type VismaInvoicePerson,
  type VismaErrorBody,
  type VismaInvoice,
  type VismaMeta,
  type VismaProject,
  type VismaAttachmentLink,
  type VismaSupplier,
  type VismaSupplierInvoice,
  type VismaSupplierInvoiceDraft,
  type VismaSupplierInvoiceRow,
  type VismaTermsOfPayment,
  type VismaVatCode,
  type VismaVoucher,
} from '../client.js';

export interface VismaFakeState {
  company: VismaCompanySettings;
  /** false: every /v2 endpoint answers 403 4002 (the plan lacks the API module). */
  apiModule: boolean;
  customers: VismaCustomer[];
  projects: VismaProject[];
  costCenters: VismaCostCenter[];
  accounts: VismaAccount[];
  vouchers: VismaVoucher[];
  articles: VismaArticle[];
  vatCodes: VismaVatCode[];
  termsOfPayments: VismaTermsOfPayment[];
  drafts: VismaDraft[];
  invoices: VismaInvoice[];
  suppliers: VismaSupplier[];
  attachments: { Id: string; ContentType: string; FileName: string; Data: string }[];
  supplierInvoices: VismaSupplierInvoice[];
  supplierInvoiceDrafts: VismaSupplierInvoiceDraft[];
  attachmentLinks: VismaAttachmentLink[];
  /** Article account codings: the VAT rate (percent) an article's invoice rows get. Articles without a CodingId have the first. */
  articleCodings: { Id: string; Name: string; VatRate: number }[];
}

/** The coding and unit of an article seeded without them (Visma requires both on every article). */
export const DEFAULT_CODING_ID = '0c0d1e00-0000-4000-8000-000000000025';
export const DEFAULT_UNIT_ID = '0c0d1e00-0000-4000-8000-0000000000aa';

/**
 * A breach close() lets pass: an error answer whose only fault is that its status is undocumented.
 * The specification documents no error answers at all, while the real API answers
 * 400/401/403/404/429 with a body carrying ErrorCode, DeveloperErrorMessage, ErrorId (on every
 * non-successful answer) and Errors; the fake builds every error answer with that body.
 */
export function undocumentedErrorAnswer(b: ContractBreach): boolean {
  return b.what !== 'request' && b.what >= 400 && b.issues.every((i) => i.where === `response ${b.what}` && /is not a documented status/.test(i.message));
}

/** A request in the fake's log: method, path without the query, query, status, parsed JSON body of writes. */
export type VismaFakeRequest = FakeRequestRecord;

export interface VismaFake extends FakeServer {
  /** Requests and answers that broke the API's published contract, in order. */
  contractIssues(): ContractBreach[];
  /** `.../v2`: the connection's baseUrl. */
  readonly url: string;
  /** `.../connect/token`: the connection's tokenUrl. */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly state: VismaFakeState;
  requests(): VismaFakeRequest[];
  /** A new refresh token the token endpoint accepts once (they rotate). */
  issueRefreshToken(): string;
  /** An access token valid for `ttlSeconds`. */
  issueAccessToken(ttlSeconds?: number): string;
  /** Makes every access token issued so far invalid (the next request gets 401). */
  expireAccessTokens(): void;
  /** Registers a payment on an invoice (by Id or InvoiceNumber); default: the remaining amount, today. */
  pay(invoice: string | number, opts?: { amount?: number; date?: string }): VismaInvoice;
  /** Token requests answered (refreshes and code exchanges). */
  tokenRequests(): number;
}

export interface VismaFakeOptions {
  /**
   * Requests that break the API's published contract: 'refuse' (default) answers them with the
   * API's 400; 'record' answers them as if they were valid. Either way they are listed in
   * contractIssues() and make close() reject.
   */
  contract?: 'record' | 'refuse';
  /**
   * close() resolves even when a request or an answer broke the contract. Only for tests that
   * send bad requests on purpose (they read contractIssues() themselves).
   */
  allowContractBreaches?: boolean;
  clientId?: string;
  clientSecret?: string;
  /** Largest page served (and the default). Default 100; set it low to test paging. */
  pageSize?: number;
  /** Default 600 per 60 000 ms per endpoint, like the real API. */
  rateLimit?: { requests: number; perMs: number };
  /** Lifetime of access tokens. Default 3600 s. */
  accessTokenTtlSeconds?: number;
  /** Refresh tokens are single-use (older Visma clients). Default true. */
  rotateRefreshTokens?: boolean;
  /** Refresh tokens accepted from the start (put one in the connection's credentials). */
  refreshTokens?: string[];
  /** Access tokens valid from the start (for `accessTokenTtlSeconds`). */
  accessTokens?: string[];
}

const MAX_BODY_BYTES = 20_000_000;
/** The API's published contract (connectors/visma/contract.json, derived by `npm run contracts`). */
const CONTRACT = contractChecker(JSON.parse(readFileSync(new URL('../contract.json', import.meta.url), 'utf8')) as ApiContract);

const TOKEN_PATH = '/connect/token';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: number,
    message: string,
    readonly errors: VismaErrorBody['Errors'] = [],
  ) {
    super(message);
  }
}

const errorBody = (code: number, message: string, errors: VismaErrorBody['Errors'] = []): VismaErrorBody => ({
  ErrorCode: code,
  DeveloperErrorMessage: message,
  ErrorId: randomUUID(),
  Errors: errors,
});
const invalid = (field: string, message: string) =>
  new ApiError(400, 2000, `DataModelValidationException - ${field}: ${message}`, [{ Field: field, ErrorCode: 'Invalid', Message: message }]);

export async function startVismaFake(opts: VismaFakeOptions = {}): Promise<VismaFake> {
  const clientId = opts.clientId ?? 'fake-client';
  const clientSecret = opts.clientSecret ?? 'fake-secret';
  const maxPageSize = opts.pageSize ?? 100;
  const limit = opts.rateLimit ?? { requests: 600, perMs: 60_000 };
  const ttl = opts.accessTokenTtlSeconds ?? 3600;
  const rotate = opts.rotateRefreshTokens ?? true;
  const now = () => new Date().toISOString();
  const today = () => now().slice(0, 10);

  const state: VismaFakeState = {
    company: { Name: 'Bygg & Rör i Norr AB', CorporateIdentityNumber: '556677-8899', CountryCode: 'SE' },
    apiModule: true,
    customers: [],
    projects: [],
    costCenters: [],
    accounts: [],
    vouchers: [],
    articles: [],
    vatCodes: [
      { Id: randomUUID(), Code: 'MP1', Description: 'Försäljning 25 %', VatRate: 25 },
      { Id: randomUUID(), Code: 'MP2', Description: 'Försäljning 12 %', VatRate: 12 },
      { Id: randomUUID(), Code: 'MP3', Description: 'Försäljning 6 %', VatRate: 6 },
      { Id: randomUUID(), Code: 'MF', Description: 'Momsfri försäljning', VatRate: 0 },
      { Id: randomUUID(), Code: 'OBS', Description: 'Försäljning byggtjänster, omvänd skattskyldighet', VatRate: 0 },
    ],
    termsOfPayments: [
      { Id: randomUUID(), Name: '30 dagar netto', NumberOfDays: 30, TermsOfPaymentTypeId: 0, AvailableForSales: true, AvailableForPurchase: true },
      { Id: randomUUID(), Name: '10 dagar netto', NumberOfDays: 10, TermsOfPaymentTypeId: 0, AvailableForSales: true, AvailableForPurchase: true },
      { Id: randomUUID(), Name: 'Kontant', NumberOfDays: 0, TermsOfPaymentTypeId: 2, AvailableForSales: true, AvailableForPurchase: false },
    ],
    drafts: [],
    invoices: [],
    suppliers: [],
    attachments: [],
    supplierInvoices: [],
    supplierInvoiceDrafts: [],
    attachmentLinks: [],
    articleCodings: [
      { Id: DEFAULT_CODING_ID, Name: 'Tjänster 25 %', VatRate: 25 },
      { Id: '0c0d1e00-0000-4000-8000-000000000012', Name: 'Tjänster 12 %', VatRate: 12 },
      { Id: '0c0d1e00-0000-4000-8000-000000000006', Name: 'Tjänster 6 %', VatRate: 6 },
    ],
  };
  let tokenCount = 0;
  const rateLimited = slidingWindow(limit);
  const accessTokens = new Map<string, number>(); // token → expires (ms)
  const refreshTokens = new Set<string>(opts.refreshTokens ?? []);
  for (const t of opts.accessTokens ?? []) accessTokens.set(t, Date.now() + ttl * 1000);
  let nextInvoiceNumber = 1001;
  let nextCustomerNumber = 1;

  const issueAccessToken = (seconds = ttl) => {
    const t = `at-${randomUUID()}`;
    accessTokens.set(t, Date.now() + seconds * 1000);
    return t;
  };
  const issueRefreshToken = () => {
    const t = `rt-${randomUUID()}`;
    refreshTokens.add(t);
    return t;
  };

  // -------------------------------------------------------------------------------------------
  // Lists: paging and $filter

  function page<T>(rows: T[], params: URLSearchParams): { Meta: VismaMeta; Data: T[] } {
    const filtered = applyFilter(rows, params.get('$filter'));
    const pageNo = intParam(params, '$page', 1);
    const size = Math.min(intParam(params, '$pagesize', maxPageSize), maxPageSize);
    const total = Math.max(1, Math.ceil(filtered.length / size));
    return {
      Meta: { CurrentPage: pageNo, PageSize: size, TotalNumberOfPages: total, TotalNumberOfResults: filtered.length, ServerTimeUtc: now() },
      Data: filtered.slice((pageNo - 1) * size, pageNo * size),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Routes

  function route(method: string, parts: string[], params: URLSearchParams, body: unknown): { status: number; body: unknown } {
    const [resource, id, action] = parts;
    const list = <T>(rows: T[]) => {
      if (method !== 'GET' || id !== undefined) throw notFound(method, parts);
      return { status: 200, body: page(rows, params) };
    };
    switch (resource) {
      case 'companysettings':
        if (method !== 'GET' || id) throw notFound(method, parts);
        return { status: 200, body: state.company };
      case 'termsofpayments':
        return list(state.termsOfPayments);
      case 'vatcodes':
        return list(state.vatCodes);
      case 'articles':
        return list(state.articles.map((a) => ({ ...a, CodingId: a.CodingId ?? DEFAULT_CODING_ID, UnitId: a.UnitId ?? DEFAULT_UNIT_ID })));
      case 'costcenters':
        return list(state.costCenters);
      case 'accounts':
        return list(state.accounts);
      case 'vouchers':
        return list(state.vouchers);
      case 'attachments': {
        if (method !== 'POST' || id) throw notFound(method, parts);
        const b = obj(body);
        if (!['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'].includes(String(b.ContentType)))
          throw invalid('ContentType', "must be 'image/jpeg', 'image/png', 'image/tiff' or 'application/pdf'");
        const FileName = str(b, 'FileName', { required: true, max: 200 })!;
        const Data = str(b, 'Data', { required: true })!;
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(Data)) throw invalid('Data', 'must be a Base64 encoded byte array');
        const row = { Id: randomUUID(), ContentType: String(b.ContentType), FileName, Data };
        state.attachments.push(row);
        return { status: 201, body: { Id: row.Id, ContentType: row.ContentType, FileName } };
      }
      case 'attachmentlinks': {
        if (method !== 'POST' || id) throw notFound(method, parts);
        return { status: 200, body: linkAttachments(obj(body)) };
      }
      case 'supplierinvoices': {
        if (action !== undefined || (method !== 'GET' && method !== 'POST') || (method === 'POST' && id !== undefined)) throw notFound(method, parts);
        return crud(
          method,
          id,
          params,
          body,
          state.supplierInvoices,
          (b) => validateSupplierInvoice(b, 'invoice'),
          (i) => i,
        );
      }
      case 'supplierinvoicedrafts': {
        if (id && action === 'convert' && method === 'POST') return { status: 201, body: convertSupplierInvoiceDraft(id) };
        if (action !== undefined) throw notFound(method, parts);
        return crud(
          method,
          id,
          params,
          body,
          state.supplierInvoiceDrafts,
          (b) => validateSupplierInvoice(b, 'draft'),
          (d) => d,
        );
      }
      case 'customers':
        return crud(method, id, params, body, state.customers, validateCustomer, (c) => ({ ...c, ChangedUtc: now() }));
      case 'projects':
        return crud(method, id, params, body, state.projects, validateProject, (p) => ({ ...p, ModifiedUtc: now() }));
      case 'suppliers':
        return crud(method, id, params, body, state.suppliers, validateSupplier, (s) => ({ ...s, ModifiedUtc: now() }));
      case 'customerinvoicedrafts': {
        if (id && action === 'convert' && method === 'POST') return { status: 201, body: convert(id, params) };
        if (action !== undefined) throw notFound(method, parts);
        return crud(method, id, params, body, state.drafts, validateDraft, (d) => d);
      }
      case 'customerinvoices': {
        if (id && action === 'payments' && method === 'POST') return { status: 201, body: payment(id, obj(body)) };
        if (action !== undefined || method !== 'GET') throw notFound(method, parts);
        if (id === undefined) {
          const since = params.get('modifiedSinceUtc');
          return { status: 200, body: page(since ? state.invoices.filter((i) => i.ModifiedUtc > since) : state.invoices, params) };
        }
        const inv = state.invoices.find((i) => i.Id === id);
        if (!inv) throw new ApiError(404, 3000, `ResourceNotFoundException - Customer invoice ${id} not found`);
        return { status: 200, body: inv };
      }
    }
    throw notFound(method, parts);
  }

  function crud<T extends { Id: string }>(
    method: string,
    id: string | undefined,
    params: URLSearchParams,
    body: unknown,
    rows: T[],
    validate: (input: Record<string, unknown>, existing: T | undefined) => Omit<T, 'Id'>,
    stamp: (row: T) => T,
  ): { status: number; body: unknown } {
    if (id === undefined) {
      if (method === 'GET') return { status: 200, body: page(rows, params) };
      if (method === 'POST') {
        const row = stamp({ ...validate(obj(body), undefined), Id: randomUUID() } as T);
        rows.push(row);
        return { status: 201, body: row };
      }
      throw new ApiError(405, 6000, `The requested resource does not support http method '${method}'.`);
    }
    const index = rows.findIndex((r) => r.Id === id);
    if (index < 0) throw new ApiError(404, 3000, `ResourceNotFoundException - ${id} not found`);
    const existing = rows[index]!;
    if (method === 'GET') return { status: 200, body: existing };
    if (method === 'PUT') {
      const row = stamp({ ...existing, ...validate({ ...existing, ...obj(body) }, existing), Id: existing.Id } as T);
      rows[index] = row;
      return { status: 200, body: row };
    }
    if (method === 'DELETE') {
      rows.splice(index, 1);
      return { status: 200, body: undefined };
    }
    throw new ApiError(405, 6000, `The requested resource does not support http method '${method}'.`);
  }

  // -------------------------------------------------------------------------------------------
  // Validation, as the real API does it (and the quirks the reference documents)

  function validateCustomer(b: Record<string, unknown>, existing: VismaCustomer | undefined): Omit<VismaCustomer, 'Id'> {
    const number = str(b, 'CustomerNumber', { max: 16 }) ?? String(nextCustomerNumber++);
    if (state.customers.some((c) => c.CustomerNumber === number && c.Id !== existing?.Id))
      throw new ApiError(400, 4000, `ConflictException - Customer number ${number} is already in use`);
    const terms = str(b, 'TermsOfPaymentId', { required: true })!;
    if (!state.termsOfPayments.some((t) => t.Id === terms)) throw invalid('TermsOfPaymentId', 'does not exist');
    const isPrivate = boolField(b, 'IsPrivatePerson', true);
    const identity = str(b, 'CorporateIdentityNumber', { max: 20 });
    if (isPrivate && identity !== undefined && !validShortPersonnummer(identity)) {
      throw new ApiError(400, 4029, 'SsnNumberIsInvalid - CorporateIdentityNumber must be a personal identity number YYMMDD-NNNN with a valid check digit', [
        { Field: 'CorporateIdentityNumber', ErrorCode: 'Invalid', Message: 'Invalid personal identity number' },
      ]);
    }
    const vat = str(b, 'VatNumber', { max: 20 });
    const reverse = b.ReverseChargeOnConstructionServices === true;
    if (reverse && !vat) throw invalid('ReverseChargeOnConstructionServices', 'requires VatNumber');
    return {
      CustomerNumber: number,
      Name: str(b, 'Name', { required: true, max: 50 })!,
      CorporateIdentityNumber: identity,
      VatNumber: vat,
      InvoiceAddress1: str(b, 'InvoiceAddress1', { max: 50 }),
      InvoiceAddress2: str(b, 'InvoiceAddress2', { max: 50 }),
      InvoicePostalCode: str(b, 'InvoicePostalCode', { required: true, max: 10 })!,
      InvoiceCity: str(b, 'InvoiceCity', { required: true, max: 50 })!,
      InvoiceCountryCode: str(b, 'InvoiceCountryCode', { max: 2 }) ?? 'SE',
      EmailAddress: str(b, 'EmailAddress', { max: 255 }),
      Telephone: str(b, 'Telephone', { max: 50 }),
      MobilePhone: str(b, 'MobilePhone', { max: 50 }),
      IsPrivatePerson: isPrivate,
      IsActive: boolField(b, 'IsActive', true),
      TermsOfPaymentId: terms,
      ReverseChargeOnConstructionServices: reverse,
      ChangedUtc: now(),
    };
  }

  function validateProject(b: Record<string, unknown>, existing: VismaProject | undefined): Omit<VismaProject, 'Id'> {
    const number = str(b, 'Number', { required: true, max: 9 })!;
    if (state.projects.some((p) => p.Number === number && p.Id !== existing?.Id))
      throw new ApiError(400, 4000, `ConflictException - Project number ${number} is already in use`);
    const status = b.Status;
    if (status !== 1 && status !== 2) throw invalid('Status', 'must be 1 (Ongoing) or 2 (Finished)');
    const customerId = str(b, 'CustomerId', {});
    const customer = customerId ? state.customers.find((c) => c.Id === customerId) : undefined;
    if (customerId && !customer) throw invalid('CustomerId', 'does not exist');
    return {
      Number: number,
      Name: str(b, 'Name', { required: true, max: 50 })!,
      StartDate: date(b, 'StartDate', true)!,
      EndDate: date(b, 'EndDate', false),
      Status: status,
      CustomerId: customerId,
      CustomerName: customer?.Name,
      Notes: str(b, 'Notes', { max: 500 }),
      ModifiedUtc: now(),
    };
  }

  function validateSupplier(b: Record<string, unknown>, existing: VismaSupplier | undefined): Omit<VismaSupplier, 'Id'> {
    const number = str(b, 'SupplierNumber', { max: 16 }) ?? String(state.suppliers.length + 1);
    if (state.suppliers.some((s) => s.SupplierNumber === number && s.Id !== existing?.Id))
      throw new ApiError(400, 4000, `ConflictException - Supplier number ${number} is already in use`);
    const terms = str(b, 'TermsOfPaymentId', { required: true })!;
    if (!state.termsOfPayments.some((t) => t.Id === terms)) throw invalid('TermsOfPaymentId', 'does not exist');
    const s = (f: string, max = 50) => str(b, f, { max });
    return {
      SupplierNumber: number,
      Name: str(b, 'Name', { required: true, max: 50 })!,
      CorporateIdentityNumber: s('CorporateIdentityNumber', 20),
      VatNumber: s('VatNumber', 20),
      Address1: s('Address1'),
      Address2: s('Address2'),
      PostalCode: s('PostalCode', 10),
      City: s('City'),
      CountryCode: s('CountryCode', 2),
      EmailAddress: s('EmailAddress', 255),
      Telephone: s('Telephone'),
      BankgiroNumber: s('BankgiroNumber'),
      PlusgiroNumber: s('PlusgiroNumber'),
      BankIban: s('BankIban'),
      BankBic: s('BankBic'),
      IsActive: boolField(b, 'IsActive', true),
      TermsOfPaymentId: terms,
      ModifiedUtc: now(),
    };
  }

  function validateDraft(b: Record<string, unknown>): Omit<VismaDraft, 'Id'> {
    const customerId = str(b, 'CustomerId', { required: true })!;
    const customer = state.customers.find((c) => c.Id === customerId);
    if (!customer) throw invalid('CustomerId', 'does not exist');
    if (typeof b.EuThirdParty !== 'boolean') throw invalid('EuThirdParty', 'is required');
    const rot = b.RotReducedInvoicingType;
    if (rot !== 0 && rot !== 1 && rot !== 2) throw invalid('RotReducedInvoicingType', 'must be an integer: 0 Normal, 1 Rot, 2 Rut');
    if (!Array.isArray(b.Rows)) throw invalid('Rows', 'is required');
    const rows = (b.Rows as unknown[]).map((r, i) => {
      const row = obj(r);
      const at = `Rows[${i}]`;
      if ('AccountNumber' in row) throw invalid(`${at}.AccountNumber`, 'invoice rows have no account; the account comes from the article');
      if (typeof row.IsTextRow !== 'boolean') throw invalid(`${at}.IsTextRow`, 'is required');
      if (typeof row.ReversedConstructionServicesVatFree !== 'boolean') throw invalid(`${at}.ReversedConstructionServicesVatFree`, 'is required');
      if (!row.IsTextRow && !state.articles.some((a) => a.Id === row.ArticleId))
        throw invalid(`${at}.ArticleId`, 'is required and must exist when IsTextRow is false');
      if (row.ProjectId != null) {
        const p = state.projects.find((x) => x.Id === row.ProjectId);
        if (!p) throw invalid(`${at}.ProjectId`, 'does not exist');
        if (p.Status === 2) throw new ApiError(400, 5005, `ProjectEnded - project ${p.Number} has ended`);
      }
      if (row.ReversedConstructionServicesVatFree === true && !customer.ReverseChargeOnConstructionServices) {
        throw invalid(`${at}.ReversedConstructionServicesVatFree`, 'the customer does not have reverse charge on construction services');
      }
      if (typeof row.WorkCostType === 'number' && row.WorkCostType !== 0 && !(typeof row.WorkHours === 'number' && row.WorkHours >= 1))
        throw invalid(`${at}.WorkHours`, 'must be at least 1 when WorkCostType is set');
      return row;
    });
    const persons = Array.isArray(b.Persons) ? (b.Persons as unknown[]).map(obj) : [];
    if ((rot === 1 || rot === 2 || b.UsesGreenTechnology === true) && persons.length === 0)
      throw new ApiError(400, 2000, 'Persons are required for domestic services (ROT/RUT/green technology)');
    persons.forEach((p, i) => {
      if (typeof p.Ssn !== 'string' || !validShortPersonnummer(p.Ssn))
        throw new ApiError(400, 4029, `SsnNumberIsInvalid - Persons[${i}].Ssn`, [
          { Field: `Persons[${i}].Ssn`, ErrorCode: 'Invalid', Message: 'Invalid personal identity number' },
        ]);
    });
    if (b.RotPropertyType != null && !str(b, 'RotReducedInvoicingPropertyName', { max: 40 }))
      throw invalid('RotReducedInvoicingPropertyName', 'is required with RotPropertyType');
    str(b, 'RotReducedInvoicingOrgNumber', { max: 11 });
    // Read-only properties are ignored, as the real API ignores them: reverse charge is the
    // customer's, a row's VAT its article's coding's, attachments are not linked through a draft.
    const { ReverseChargeOnConstructionServices: _rc, SalesDocumentAttachments: _att, ...writable } = b;
    return {
      ...asWire<VismaDraft>(writable),
      InvoiceDate: date(b, 'InvoiceDate', false) ?? `${today()}T00:00:00`,
      Rows: rows.map(({ VatRateId: _vat, ...r }) => asWire<VismaDraftRow>(r)),
      Persons: persons.map((p) => asWire<VismaInvoicePerson>(p)),
      ReverseChargeOnConstructionServices: customer.ReverseChargeOnConstructionServices === true,
      CreatedUtc: now(),
    };
  }

  /**
   * A supplier invoice or draft as Visma takes it: the supplier exists, the rows' accounts exist,
   * debit read in the spelling of the kind (invoice `DebetAmount`, draft `DebitAmount`), the rows
   * sum to TotalAmount − Vat.
   */
  function validateSupplierInvoice(b: Record<string, unknown>, kind: 'invoice' | 'draft'): Omit<VismaSupplierInvoice, 'Id'> {
    const supplierId = str(b, 'SupplierId', { required: true })!;
    if (!state.suppliers.some((s) => s.Id === supplierId)) throw invalid('SupplierId', 'does not exist');
    const invoiceNumber = str(b, 'InvoiceNumber', { required: true, max: 50 })!;
    if (typeof b.TotalAmount !== 'number') throw invalid('TotalAmount', 'is required');
    const vat = b.Vat ?? 0;
    if (typeof vat !== 'number') throw invalid('Vat', 'must be a number');
    const ocr = str(b, 'OcrNumber', { max: 25 });
    const currency = str(b, 'CurrencyCode', { max: 3 }) ?? 'SEK';
    const rowsIn = b.Rows === undefined || b.Rows === null ? [] : b.Rows;
    if (!Array.isArray(rowsIn)) throw invalid('Rows', 'must be a list');
    const debitField = kind === 'invoice' ? 'DebetAmount' : 'DebitAmount';
    let sum = 0;
    const rows = rowsIn.map((r, i): VismaSupplierInvoiceRow => {
      const row = obj(r);
      const at = `Rows[${i}]`;
      const account = row.AccountNumber;
      if (typeof account !== 'number' || !Number.isInteger(account)) throw invalid(`${at}.AccountNumber`, 'is required');
      if (!state.accounts.some((a) => Number(a.Number) === account))
        throw new ApiError(400, 3002, `AccountNotFound - account ${account} does not exist`, [
          { Field: `${at}.AccountNumber`, ErrorCode: 'AccountNotFound', Message: `Account ${account} does not exist` },
        ]);
      const debit = row[debitField] ?? 0;
      const credit = row.CreditAmount ?? 0;
      if (typeof debit !== 'number' || debit < 0) throw invalid(`${at}.${debitField}`, 'must be a number of at least 0');
      if (typeof credit !== 'number' || credit < 0) throw invalid(`${at}.CreditAmount`, 'must be a number of at least 0');
      if (row.ProjectId != null) {
        const p = state.projects.find((x) => x.Id === row.ProjectId);
        if (!p) throw invalid(`${at}.ProjectId`, 'does not exist');
        if (p.Status === 2) throw new ApiError(400, 5005, `ProjectEnded - project ${p.Number} has ended`);
      }
      if (row.CostCenterItemId1 != null) {
        const item = state.costCenters.flatMap((c) => c.Items ?? []).find((x) => x.Id === row.CostCenterItemId1);
        if (!item) throw invalid(`${at}.CostCenterItemId1`, 'does not exist');
        if (!item.IsActive) throw new ApiError(400, 5006, `InactiveCostCenter - cost center item ${item.ShortName} is inactive`);
      }
      sum += Math.round(debit * 100) - Math.round(credit * 100);
      return {
        AccountNumber: account,
        [debitField]: debit,
        CreditAmount: credit,
        TransactionText: str(row, 'TransactionText', { max: 60 }),
        ProjectId: (row.ProjectId as string | undefined) ?? undefined,
        CostCenterItemId1: (row.CostCenterItemId1 as string | undefined) ?? undefined,
      };
    });
    if (rows.length && sum !== Math.round(b.TotalAmount * 100) - Math.round(vat * 100)) {
      throw new ApiError(
        400,
        4032,
        `SupplierInvoiceDoesntBalance - the rows sum to ${(sum / 100).toFixed(2)}, the total less VAT is ${(b.TotalAmount - vat).toFixed(2)}`,
      );
    }
    if (kind === 'invoice' && state.supplierInvoices.some((x) => x.SupplierId === supplierId && x.InvoiceNumber === invoiceNumber)) {
      throw new ApiError(400, 4000, `ConflictException - the supplier already has an invoice numbered ${invoiceNumber}`);
    }
    const base = {
      SupplierId: supplierId,
      InvoiceNumber: invoiceNumber,
      TotalAmount: b.TotalAmount,
      Vat: vat,
      InvoiceDate: date(b, 'InvoiceDate', false) ?? today(),
      DueDate: date(b, 'DueDate', false),
      IsCreditInvoice: b.IsCreditInvoice === true,
      CurrencyCode: currency,
      OcrNumber: ocr,
      Rows: rows,
    };
    if (kind === 'draft') return base as Omit<VismaSupplierInvoice, 'Id'>;
    return { ...base, Status: 1, PaymentStatus: 3, RemainingAmount: -b.TotalAmount, ModifiedUtc: now() };
  }

  function convertSupplierInvoiceDraft(draftId: string): VismaSupplierInvoice {
    const index = state.supplierInvoiceDrafts.findIndex((d) => d.Id === draftId);
    if (index < 0) throw new ApiError(404, 3000, `ResourceNotFoundException - Supplier invoice draft ${draftId} not found`);
    const { Id: _id, Rows, ...d } = state.supplierInvoiceDrafts[index]!;
    const input = { ...d, Rows: Rows.map(({ DebitAmount, ...r }) => ({ ...r, DebetAmount: DebitAmount ?? 0 })) };
    const invoice = { ...validateSupplierInvoice(input, 'invoice'), Id: randomUUID() } as VismaSupplierInvoice;
    state.supplierInvoices.push(invoice);
    state.supplierInvoiceDrafts.splice(index, 1);
    for (const link of state.attachmentLinks)
      if (link.DocumentId === draftId && link.DocumentType === 4) Object.assign(link, { DocumentId: invoice.Id, DocumentType: 1 });
    return invoice;
  }

  function linkAttachments(b: Record<string, unknown>): VismaAttachmentLink {
    const documentId = str(b, 'DocumentId', { required: true })!;
    const type = b.DocumentType;
    if (typeof type !== 'number' || !Number.isInteger(type) || type < 0 || type > 6)
      throw invalid('DocumentType', 'must be an integer: 1 SupplierInvoice, 2 Receipt, 3 Voucher, 4 SupplierInvoiceDraft, …');
    if (type === 1 && !state.supplierInvoices.some((x) => x.Id === documentId))
      throw new ApiError(404, 3000, `ResourceNotFoundException - Supplier invoice ${documentId} not found`);
    if (type === 4 && !state.supplierInvoiceDrafts.some((x) => x.Id === documentId))
      throw new ApiError(404, 3000, `ResourceNotFoundException - Supplier invoice draft ${documentId} not found`);
    if (type !== 1 && type !== 4) throw invalid('DocumentType', 'the fake links supplier invoices (1) and drafts (4) only');
    const ids = b.AttachmentIds;
    if (!Array.isArray(ids) || ids.length === 0) throw invalid('AttachmentIds', 'is required');
    for (const a of ids) if (!state.attachments.some((x) => x.Id === a)) throw invalid('AttachmentIds', `attachment ${String(a)} does not exist`);
    const link = { DocumentId: documentId, DocumentType: type, AttachmentIds: ids as string[] };
    state.attachmentLinks.push(link);
    return link;
  }

  /**
   * Books a draft. Its InvoiceDate is kept only with keepOriginalDraftDate=true and the override of
   * the company's setting (the fake's company does not keep it); otherwise a past date becomes today.
   */
  function convert(draftId: string, params: URLSearchParams): VismaInvoice {
    const index = state.drafts.findIndex((d) => d.Id === draftId);
    if (index < 0) throw new ApiError(404, 3000, `ResourceNotFoundException - Customer invoice draft ${draftId} not found`);
    const d = state.drafts[index]!;
    const customer = state.customers.find((c) => c.Id === d.CustomerId)!;
    let net = 0;
    let vat = 0;
    // A row's VAT: its article's coding's rate, or none on a reverse-charge row of a reverse-charge customer.
    const rows = d.Rows.map(({ ReversedConstructionServicesVatFree, IsTextRow: _t, LineNumber: _l, IsWorkCost: _w, ...r }) => {
      const amount = Math.round((r.Quantity ?? 1) * (r.UnitPrice ?? 0) * 100) / 100;
      const article = state.articles.find((a) => a.Id === r.ArticleId);
      const rate =
        ReversedConstructionServicesVatFree && customer.ReverseChargeOnConstructionServices
          ? 0
          : (state.articleCodings.find((c) => c.Id === (article?.CodingId ?? DEFAULT_CODING_ID))?.VatRate ?? 25);
      net += amount;
      vat += Math.round(amount * rate) / 100;
      return { ...r, IsVatFree: rate === 0, PercentVat: rate / 100, AmountNoVat: amount };
    });
    const keep = params.get('keepOriginalDraftDate') === 'true' && params.get('overrideCompanyKeepOriginalDraftDate') === 'true';
    const invoiceDate = keep || d.InvoiceDate.slice(0, 10) >= today() ? d.InvoiceDate : `${today()}T00:00:00`;
    const terms = state.termsOfPayments.find((t) => t.Id === customer.TermsOfPaymentId);
    const due = new Date(`${invoiceDate.slice(0, 10)}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + (terms?.NumberOfDays ?? 30));
    const total = Math.round((net + vat) * 100) / 100;
    const toPay = Math.round((total - (d.RotReducedInvoicingAmount ?? 0)) * 100) / 100;
    const invoice: VismaInvoice = {
      Id: randomUUID(),
      InvoiceNumber: nextInvoiceNumber++,
      CustomerId: d.CustomerId,
      EuThirdParty: d.EuThirdParty,
      InvoiceDate: invoiceDate,
      DueDate: `${due.toISOString().slice(0, 10)}T00:00:00`,
      IsCreditInvoice: d.IsCreditInvoice ?? false,
      RotReducedInvoicingType: d.RotReducedInvoicingType,
      TotalAmount: total,
      TotalVatAmount: Math.round(vat * 100) / 100,
      RemainingAmount: toPay,
      CreatedFromDraftId: d.Id,
      ModifiedUtc: now(),
      Rows: rows,
      Persons: d.Persons,
    };
    state.invoices.push(invoice);
    state.drafts.splice(index, 1);
    return invoice;
  }

  function payment(invoiceId: string, b: Record<string, unknown>) {
    const inv = state.invoices.find((i) => i.Id === invoiceId);
    if (!inv) throw new ApiError(404, 3000, `ResourceNotFoundException - Customer invoice ${invoiceId} not found`);
    if (typeof b.PaymentAmount !== 'number') throw invalid('PaymentAmount', 'is required');
    const when = date(b, 'PaymentDate', true)!;
    if (when > today()) throw new ApiError(400, 4023, 'FutureDateCannotBeSet - PaymentDate');
    applyPayment(inv, b.PaymentAmount, now());
    return { InvoiceId: inv.Id, PaymentAmount: b.PaymentAmount, PaymentDate: when };
  }

  /** A payment registered at `at` (UTC): the remaining amount drops and the invoice is modified then. */
  function applyPayment(inv: VismaInvoice, amount: number, at: string) {
    inv.RemainingAmount = Math.round((inv.RemainingAmount - amount) * 100) / 100;
    inv.ModifiedUtc = at;
  }

  // -------------------------------------------------------------------------------------------
  // HTTP

  function handle({ method, path, url, headers, raw, body }: FakeRequest): FakeResponse {
    if (path === TOKEN_PATH) return tokenEndpoint(method, headers, raw.toString('utf8'));
    const waitMs = rateLimited(endpointKey(path));
    if (waitMs !== null) {
      throw new ApiError(
        429,
        4010,
        `API calls quota exceeded! maximum admitted ${limit.requests} per Minute. Try again in ${retryAfterSeconds(waitMs)} seconds.`,
      );
    }
    const auth = /^Bearer (.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
    const expires = auth ? accessTokens.get(auth) : undefined;
    if (!expires || expires <= Date.now()) throw new ApiError(401, 4005, 'AuthorizationException - Authorization has been denied for this request.');
    const parts = path.split('/').filter(Boolean);
    if (parts[0] !== 'v2') throw notFound(method, parts);
    if (!state.apiModule) throw new ApiError(403, 4002, 'ForbiddenRequestException - No access to module: api_standard');
    return route(method, parts.slice(1), url.searchParams, body);
  }

  function tokenEndpoint(method: string, headers: IncomingHttpHeaders, raw: string): FakeResponse {
    if (method !== 'POST') return { status: 405, body: { error: 'invalid_request', error_description: 'POST only' } };
    const basic = /^Basic (.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
    const [id, secret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
    if (id !== clientId || secret !== clientSecret) return { status: 401, body: { error: 'invalid_client' } };
    const form = new URLSearchParams(raw);
    if (form.get('grant_type') !== 'refresh_token') return { status: 400, body: { error: 'unsupported_grant_type' } };
    const rt = form.get('refresh_token') ?? '';
    if (!refreshTokens.has(rt)) return { status: 400, body: { error: 'invalid_grant' } };
    tokenCount++;
    let refresh = rt;
    if (rotate) {
      refreshTokens.delete(rt);
      refresh = issueRefreshToken();
    }
    return { status: 200, body: { access_token: issueAccessToken(), refresh_token: refresh, token_type: 'bearer', expires_in: ttl } };
  }

  const server = await startFakeServer({
    handle,
    contract: {
      checker: CONTRACT,
      refuse: (opts.contract ?? 'refuse') === 'refuse',
      invalidRequest: (issues) => ({ status: 400, body: errorBody(2000, `The request is invalid: ${formatContractIssues(issues)}`) }),
      // The OAuth token endpoint is not part of the API's specification.
      skip: ({ path }) => path === TOKEN_PATH,
      allowBreaches: opts.allowContractBreaches,
      tolerated: undocumentedErrorAnswer,
      name: 'Visma',
    },
    onError: (err) =>
      err instanceof ApiError
        ? { status: err.status, body: errorBody(err.errorCode, err.message, err.errors) }
        : { status: 500, body: errorBody(5000, err instanceof Error ? err.message : String(err)) },
    injectedBody: (status) =>
      status === 429
        ? errorBody(4010, 'API calls quota exceeded! maximum admitted 600 per Minute. Try again in 1 seconds.')
        : errorBody(status === 403 ? 4007 : status >= 500 ? 5000 : 2000, `Injected failure (${status})`),
    invalidJson: () => ({ status: 400, body: errorBody(2000, 'The request body is not valid JSON') }),
    maxBodyBytes: MAX_BODY_BYTES,
    bodyTooLarge: (max) => ({ status: 413, body: errorBody(2000, `The request body exceeds ${max} bytes`) }),
    // The identity server's token endpoint is another host in reality: no injected API failures there.
    exempt: ({ path }) => path === TOKEN_PATH,
    isWrite: ({ method, path }) => method !== 'GET' && path.startsWith('/v2/'),
  });

  return {
    url: `${server.url}/v2`,
    tokenUrl: `${server.url}${TOKEN_PATH}`,
    clientId,
    clientSecret,
    state,
    writes: server.writes,
    contractIssues: server.contractIssues,
    requests: server.requests,
    tokenRequests: () => tokenCount,
    issueRefreshToken,
    issueAccessToken,
    expireAccessTokens: () => accessTokens.clear(),
    pay(invoice, o = {}) {
      const inv = state.invoices.find((i) => i.Id === invoice || i.InvoiceNumber === invoice);
      if (!inv) throw new Error(`no invoice ${invoice}`);
      applyPayment(inv, o.amount ?? inv.RemainingAmount, o.date ? `${o.date}T10:00:00.000Z` : now());
      return inv;
    },
    fail: server.fail,
    clearFailures: server.clearFailures,
    close: server.close,
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Visma's short form: YYMMDD-NNNN (or +) naming a real person with a valid Luhn digit. */
function validShortPersonnummer(s: string): boolean {
  return /^\d{6}[-+]\d{4}$/.test(s) && parsePersonalIdentityNumber(s).ok;
}

function notFound(method: string, parts: string[]): ApiError {
  return new ApiError(404, 3000, `No HTTP resource was found that matches the request URI (${method} /${parts.join('/')}).`);
}

function intParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new ApiError(400, 6000, `QueryParameterError - ${name} must be a whole number of at least 1`);
  return n;
}

function obj(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 2000, 'The request body must be a JSON object');
  return body as Record<string, unknown>;
}

function str(b: Record<string, unknown>, field: string, o: { required?: boolean; max?: number }): string | undefined {
  const v = b[field];
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
    if (o.required) throw invalid(field, 'is required');
    return undefined;
  }
  if (typeof v !== 'string') throw invalid(field, 'must be a string');
  if (o.max !== undefined && [...v].length > o.max) throw invalid(field, `maximum length of ${o.max}`);
  return v;
}

function boolField(b: Record<string, unknown>, field: string, required: boolean): boolean {
  const v = b[field];
  if (typeof v === 'boolean') return v;
  if (required) throw invalid(field, 'is required');
  return false;
}

/** A date field: kept as the calendar day's date-time ("2026-11-02T00:00:00"), as Visma answers it. */
function date(b: Record<string, unknown>, field: string, required: boolean): string | undefined {
  const v = str(b, field, { required });
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(Date.parse(v))) throw new ApiError(400, 6001, `InvalidInput - ${field} is not a date`);
  return `${v.slice(0, 10)}T00:00:00`;
}

// ---------------------------------------------------------------------------------------------
// $filter: OData comparisons joined by "and" (what connectors send); anything else is 6000.

type Literal = string | number | boolean | null;

function parseLiteral(raw: string): Literal {
  if (/^'.*'$/s.test(raw)) return raw.slice(1, -1).replace(/''/g, "'");
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (/^\d{4}-\d{2}-\d{2}/.test(raw)) {
    if (Number.isNaN(Date.parse(raw))) throw new ApiError(400, 6001, `InvalidInput - "${raw}" is not a valid date`);
    return raw;
  }
  if (GUID.test(raw)) return raw;
  throw new ApiError(400, 6000, `QueryParameterError - cannot parse the literal "${raw}"`);
}

function compare(a: unknown, b: Literal): number {
  if (typeof a === 'string' && typeof b === 'string' && /^\d{4}-\d{2}-\d{2}/.test(a) && /^\d{4}-\d{2}-\d{2}/.test(b)) {
    const da = Date.parse(a.length === 10 ? `${a}T00:00:00Z` : /Z|[+-]\d\d:\d\d$/.test(a) ? a : `${a}Z`);
    const db = Date.parse(b.length === 10 ? `${b}T00:00:00Z` : /Z|[+-]\d\d:\d\d$/.test(b) ? b : `${b}Z`);
    return da - db;
  }
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a ?? '');
  const sb = String(b ?? '');
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function applyFilter<T>(rows: T[], filter: string | null): T[] {
  if (!filter || filter.trim() === '') return rows;
  const clauses = filter.split(/\s+and\s+/i).map((c) => {
    const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s+(eq|ne|gt|ge|lt|le)\s+(.+?)\s*$/.exec(c);
    if (!m) throw new ApiError(400, 6000, `QueryParameterError - unsupported $filter clause "${c}"`);
    return { field: m[1]!, op: m[2]!, value: parseLiteral(m[3]!) };
  });
  return rows.filter((row) =>
    clauses.every(({ field, op, value }) => {
      const v = (row as Record<string, unknown>)[field];
      if (op === 'eq') return value === null ? v == null : compare(v, value) === 0;
      if (op === 'ne') return value === null ? v != null : compare(v, value) !== 0;
      if (v == null) return false;
      const c = compare(v, value);
      return op === 'gt' ? c > 0 : op === 'ge' ? c >= 0 : op === 'lt' ? c < 0 : c <= 0;
    }),
  );
}
