// A fake Fortnox for tests and demos: a real HTTP server on 127.0.0.1 speaking Fortnox v3 JSON
// (singular/plural wrappers, MetaInformation paging, ErrorInformation with Fortnox's codes),
// the OAuth2 token endpoint with single-use rotating refresh tokens, the 25-requests-per-5-s
// sliding window per token (429), inbox upload and invoice file attachments, and the validation
// quirks a connector can trip over (project number characters, duplicates, unknown accounts,
// house-work rules). State is in memory, readable and seedable by tests; failures can be
// injected (4xx/429/5xx), responses slowed down and access tokens expired.
import type { IncomingHttpHeaders } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  asWire,
  type FakeRequest,
  type FakeRequestRecord,
  type FakeResponse,
  type FakeServer,
  type ApiContract,
  type ContractBreach,
  contractChecker,
  formatContractIssues,
  slidingWindow,
  startFakeServer,
} from '@nordic-invoicing/connector-sdk/testing';
import type {
  FortnoxAccount,
  FortnoxAttachment,
  FortnoxCostCenter,
  FortnoxCustomer,
  FortnoxFinancialYear,
  FortnoxInvoice,
  FortnoxInvoiceRow,
  FortnoxProject,
  FortnoxSupplier,
  FortnoxSupplierInvoice,
  FortnoxSupplierInvoiceFileConnection,
  FortnoxSupplierInvoiceRow,
  FortnoxTaxReduction,
  FortnoxVoucherFileConnection,
  FortnoxVoucher,
} from '../client.js';

export interface FakeVoucher extends FortnoxVoucher {
  VoucherNumber: number;
  Year: number;
  /** When the voucher was last changed (ms); drives `lastmodified`. */
  modifiedAt: number;
}

export interface FakeFile {
  Id: string;
  ArchiveFileId: string;
  Name: string;
  Path: string;
  Size: number;
  bytes: Buffer;
  /** Served as Content-Type on download (`GET /3/archive/{Id}`). */
  contentType?: string;
}

export interface FortnoxFakeState {
  company: { CompanyName: string; OrganizationNumber: string; DatabaseNumber: number };
  customers: FortnoxCustomer[];
  projects: FortnoxProject[];
  costCenters: FortnoxCostCenter[];
  accounts: FortnoxAccount[];
  financialYears: FortnoxFinancialYear[];
  vouchers: FakeVoucher[];
  /** The voucher series register (GET /3/voucherseries); a voucher's series need not be listed here. */
  voucherSeries: { Code: string; Description: string }[];
  suppliers: FortnoxSupplier[];
  invoices: FortnoxInvoice[];
  taxReductions: FortnoxTaxReduction[];
  files: FakeFile[];
  attachments: (FortnoxAttachment & { id: string })[];
  supplierInvoices: FortnoxSupplierInvoice[];
  supplierInvoiceFileConnections: FortnoxSupplierInvoiceFileConnection[];
  voucherFileConnections: FortnoxVoucherFileConnection[];
  /** Terms-of-payment codes Fortnox knows; empty: any code accepted. */
  termsOfPayments: string[];
}

/** A request in the fake's log: method, path without the query, query, status, parsed JSON body of writes. */
export type FortnoxFakeRequest = FakeRequestRecord;

export interface FortnoxFakeCredentials {
  clientId: string;
  clientSecret: string;
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  [extra: string]: string;
}

export interface FortnoxFake extends FakeServer {
  /** Requests and answers that broke the API's published contract, in order. */
  contractIssues(): ContractBreach[];
  readonly state: FortnoxFakeState;
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  requests(): FortnoxFakeRequest[];
  /** A fresh access/refresh token pair the fake accepts (the connection's credentials). */
  credentials(): FortnoxFakeCredentials;
  /** An authorization code the token endpoint exchanges once. */
  authorizationCode(): string;
  /** Every access token issued so far stops working (401), as after its hour. */
  expireAccessTokens(): void;
  /** The refresh token currently valid (older ones are refused). */
  currentRefreshToken(): string | null;
  /** Responses wait this long (slow Fortnox). */
  setLatency(ms: number): void;
  /** 429 answers sent. */
  rateLimited(): number;
  /** Adds a voucher (number assigned when missing). */
  addVoucher(v: Omit<FortnoxVoucher, 'VoucherNumber' | 'Year'> & { VoucherNumber?: number; Year?: number }): FakeVoucher;
  /** Edits a voucher as a Fortnox user would (its modification time moves on). */
  editVoucher(series: string, number: number, edit: (v: FakeVoucher) => void): void;
  /** Stores a file in the archive (as an upload would), e.g. a supplier invoice's image. */
  addFile(name: string, bytes: Uint8Array, o?: { path?: string; contentType?: string }): FakeFile;
  /** Registers a payment; a balance of 0 sets FinalPayDate. */
  pay(documentNumber: string, amount: number, date: string): void;
}

export interface FortnoxFakeOptions {
  /**
   * Requests that break the API's published contract: 'refuse' (default) answers them with the
   * API's 400, as the real API would; 'record' answers them anyway. Either way they are listed in
   * contractIssues(), with every answer of the fake that breaks it.
   */
  contract?: 'record' | 'refuse';
  /**
   * Whether close() may succeed after requests or answers broke the contract. Off by default:
   * close() then rejects with the breaches, so a test (or the conformance kit) that closes its
   * fake fails on any. Only for tests that send bad requests on purpose.
   */
  allowContractBreaches?: boolean;
  clientId?: string;
  clientSecret?: string;
  /** Largest page (default 500, Fortnox's maximum). */
  maxLimit?: number;
  /** Default 25 requests per 5000 ms per access token. */
  rateLimit?: { requests: number; perMs: number };
  /** Access token lifetime in seconds (default 3600). */
  tokenLifetimeSeconds?: number;
  /** The fake's clock (default Date.now). */
  now?: () => number;
  /** Tokens valid from the start (e.g. credentials fixed before the fake starts). */
  tokens?: { accessToken: string; refreshToken: string };
}

const MAX_BODY_BYTES = 32 * 1024 * 1024;
/**
 * The API's published contract (connectors/fortnox/contract.json, derived by `npm run contracts`).
 * Uploads (`POST /3/inbox`, `POST /3/archive`) take a multipart form: the checker counts it as
 * the body without checking it, and the upload itself refuses a form without its `file` part.
 */
const CONTRACT = contractChecker(JSON.parse(readFileSync(new URL('../contract.json', import.meta.url), 'utf8')) as ApiContract);

const TOKEN_PATH = '/oauth-v1/token';
const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
const PROJECT_NUMBER = /^[A-Za-z0-9ÅÄÖåäö_/+-]{1,20}$/;
const ROT = ['CONSTRUCTION', 'ELECTRICITY', 'GLASSMETALWORK', 'GROUNDDRAINAGEWORK', 'HVAC', 'MASONRY', 'PAINTINGWALLPAPERING'];
const RUT = [
  'BABYSITTING',
  'CLEANING',
  'GARDENING',
  'ITSERVICES',
  'MAJORAPPLIANCEREPAIR',
  'MOVINGSERVICES',
  'OTHERCARE',
  'SNOWPLOWING',
  'TEXTILECLOTHING',
  'HOMEMAINTENANCE',
  'FURNISHING',
  'TRANSPORTATIONSERVICES',
  'WASHINGANDCAREOFCLOTHING',
];
const GREEN = ['SOLARCELLS', 'STORAGESELFPRODUCEDELECTRICITY', 'CHARGINGSTATIONELECTRICVEHICLE'];

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly raw?: unknown,
  ) {
    super(message);
  }
}

const errorBody = (code: number, message: string) => ({ ErrorInformation: { error: 1, message, code } });
const invalid = (message: string, code = 2000106) => new ApiError(400, code, message);

/** A JSON answer, or bytes sent as they are. */
type RouteResult = FakeResponse;

const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const stamp = (ms: number) => STOCKHOLM_TIME.format(new Date(ms)).replace(',', '');

export async function startFortnoxFake(opts: FortnoxFakeOptions = {}): Promise<FortnoxFake> {
  const clientId = opts.clientId ?? 'fake-client-id';
  const clientSecret = opts.clientSecret ?? 'fake-client-secret';
  const maxLimit = opts.maxLimit ?? 500;
  const limit = opts.rateLimit ?? { requests: 25, perMs: 5000 };
  const lifetime = opts.tokenLifetimeSeconds ?? 3600;
  const now = opts.now ?? Date.now;
  const year = new Date(now()).getUTCFullYear();
  const state: FortnoxFakeState = {
    company: { CompanyName: 'Bygg & Rör i Norr AB', OrganizationNumber: '556677-8899', DatabaseNumber: 424242 },
    customers: [],
    projects: [],
    costCenters: [],
    accounts: [],
    financialYears: [
      { Id: 1, FromDate: `${year - 1}-01-01`, ToDate: `${year - 1}-12-31`, AccountingMethod: 'ACCRUAL' },
      { Id: 2, FromDate: `${year}-01-01`, ToDate: `${year}-12-31`, AccountingMethod: 'ACCRUAL' },
      { Id: 3, FromDate: `${year + 1}-01-01`, ToDate: `${year + 1}-12-31`, AccountingMethod: 'ACCRUAL' },
    ],
    vouchers: [],
    // Fortnox's standard series of a new company.
    voucherSeries: [
      { Code: 'A', Description: 'Redovisningsverifikationer' },
      { Code: 'B', Description: 'Kundfakturor' },
      { Code: 'C', Description: 'Kundinbetalningar' },
      { Code: 'D', Description: 'Leverantörsfakturor' },
      { Code: 'E', Description: 'Leverantörsutbetalningar' },
    ],
    suppliers: [],
    invoices: [],
    taxReductions: [],
    files: [],
    attachments: [],
    supplierInvoices: [],
    supplierInvoiceFileConnections: [],
    voucherFileConnections: [],
    termsOfPayments: [],
  };
  const rateLimited = slidingWindow(limit);
  const accessTokens = new Map<string, number>(); // token → expires (ms)
  let refreshToken: string | null = null;
  const codes = new Set<string>();
  if (opts.tokens) {
    accessTokens.set(opts.tokens.accessToken, now() + lifetime * 1000);
    refreshToken = opts.tokens.refreshToken;
  }

  function issueTokens() {
    const access = `at-${randomUUID()}`;
    accessTokens.set(access, now() + lifetime * 1000);
    refreshToken = `rt-${randomUUID()}`;
    return {
      access_token: access,
      refresh_token: refreshToken,
      scope: 'companyinformation customer project costcenter bookkeeping invoice payment supplier supplierinvoice archive inbox connectfile',
      expires_in: lifetime,
      token_type: 'bearer',
    };
  }

  function page<T>(key: string, rows: T[], params: URLSearchParams) {
    const pageNo = intParam(params, 'page', 1);
    const size = intParam(params, 'limit', 100);
    if (size > maxLimit) throw invalid(`Ogiltig parameter i anropet (limit högst ${maxLimit}).`, 2000588);
    const totalPages = Math.max(1, Math.ceil(rows.length / size));
    return {
      MetaInformation: { '@TotalResources': rows.length, '@TotalPages': totalPages, '@CurrentPage': pageNo },
      [key]: rows.slice((pageNo - 1) * size, pageNo * size),
    };
  }

  // --- token endpoint ---------------------------------------------------------------------

  function tokenEndpoint(headers: IncomingHttpHeaders, raw: Buffer): RouteResult {
    const auth = headers.authorization ?? '';
    const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
    if (auth !== expected) return { status: 401, body: { error: 'invalid_client', error_description: 'Invalid client credentials' } };
    const form = new URLSearchParams(raw.toString('utf8'));
    const grant = form.get('grant_type');
    if (grant === 'refresh_token') {
      const token = form.get('refresh_token');
      if (!token || token !== refreshToken) return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid refresh token' } };
      return { status: 200, body: issueTokens() };
    }
    if (grant === 'authorization_code') {
      const code = form.get('code');
      if (!code || !codes.delete(code)) return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid authorization code' } };
      return { status: 200, body: issueTokens() };
    }
    if (grant === 'client_credentials') {
      if (headers.tenantid !== String(state.company.DatabaseNumber))
        return { status: 400, body: { error: 'invalid_request', error_description: 'Missing or invalid TenantId' } };
      const t = issueTokens();
      return { status: 200, body: { ...t, refresh_token: undefined } };
    }
    return { status: 400, body: { error: 'unsupported_grant_type', error_description: `Unsupported grant_type ${grant ?? ''}` } };
  }

  // --- routes -----------------------------------------------------------------------------

  function route(
    method: string,
    parts: string[],
    params: URLSearchParams,
    body: unknown,
    raw: Buffer,
    contentType: string,
  ): Promise<RouteResult> | RouteResult {
    const [, resource, id, action, extra] = parts; // parts[0] === '3'
    const one = (key: string, v: unknown, status = 200) => ({ status, body: { [key]: v } });
    switch (resource) {
      case 'companyinformation':
        return one('CompanyInformation', state.company);
      case 'financialyears': {
        const date = params.get('date');
        const rows = date ? state.financialYears.filter((y) => y.FromDate <= date && date <= y.ToDate) : state.financialYears;
        return { status: 200, body: page('FinancialYears', rows, params) };
      }
      case 'customers':
        return crud(method, id, params, body, {
          rows: state.customers,
          key: (c) => c.CustomerNumber!,
          single: 'Customer',
          plural: 'Customers',
          notFound: (n) => new ApiError(404, 2000433, `Kan inte hitta kunden "${n}".`),
          listItem: (c) => ({
            CustomerNumber: c.CustomerNumber,
            Name: c.Name,
            Address1: c.Address1,
            Address2: c.Address2,
            ZipCode: c.ZipCode,
            City: c.City,
            Email: c.Email,
            Phone: c.Phone1,
            OrganisationNumber: c.OrganisationNumber,
          }),
          create: validateCustomer,
          update: (cur, input) => validateCustomer({ ...cur, ...input, CustomerNumber: cur.CustomerNumber }, true),
        });
      case 'projects':
        return crud(method, id, params, body, {
          rows: state.projects,
          key: (p) => p.ProjectNumber,
          single: 'Project',
          plural: 'Projects',
          notFound: (n) => new ApiError(404, 2001304, `Projektet "${n}" hittades inte.`),
          listItem: (p) => p,
          create: (input) => validateProject(input),
          update: (cur, input) => validateProject({ ...cur, ...input, ProjectNumber: cur.ProjectNumber }, true),
        });
      case 'costcenters':
        return crud(method, id, params, body, {
          rows: state.costCenters,
          key: (c) => c.Code,
          single: 'CostCenter',
          plural: 'CostCenters',
          notFound: (n) => new ApiError(404, 2000946, `Kostnadsställe "${n}" hittades inte.`),
          listItem: (c) => c,
          create: (input) => validateCostCenter(input),
          update: (cur, input) => validateCostCenter({ ...cur, ...input, Code: cur.Code }, true),
        });
      case 'suppliers':
        return crud(method, id, params, body, {
          rows: state.suppliers,
          key: (s) => s.SupplierNumber!,
          single: 'Supplier',
          plural: 'Suppliers',
          notFound: (n) => new ApiError(404, 2000432, `Kan inte hitta leverantören "${n}".`),
          listItem: (s) => ({
            SupplierNumber: s.SupplierNumber,
            Name: s.Name,
            Address1: s.Address1,
            Address2: s.Address2,
            ZipCode: s.ZipCode,
            City: s.City,
            CountryCode: s.CountryCode,
            Email: s.Email,
            Phone: s.Phone1,
            OrganisationNumber: s.OrganisationNumber,
            BG: s.BG,
            PG: s.PG,
            IBAN: s.IBAN,
            BIC: s.BIC,
            Active: s.Active ?? true,
          }),
          create: validateSupplier,
          update: (cur, input) => validateSupplier({ ...cur, ...input, SupplierNumber: cur.SupplierNumber }, true),
        });
      case 'accounts': {
        if (method !== 'GET' || id !== undefined) throw notAllowed();
        const fy = params.get('financialyear');
        const rows = state.accounts.map((a) => ({ ...a, Year: fy ? Number(fy) : currentYearId() }));
        return { status: 200, body: page('Accounts', rows, params) };
      }
      case 'vouchers':
        return vouchers(method, id, action, params, body);
      case 'voucherseries': {
        if (method !== 'GET' || id) return { status: 404, body: {} };
        return { status: 200, body: { VoucherSeriesCollection: state.voucherSeries.map((v) => ({ Code: v.Code, Description: v.Description })) } };
      }
      case 'invoices':
        return invoices(method, id, action, params, body);
      case 'taxreductions': {
        if (id !== undefined) {
          const t = state.taxReductions.find((x) => String(x.Id) === id);
          if (!t) throw new ApiError(404, 2000729, 'Skattereduktionen hittades inte.');
          return one('TaxReduction', t);
        }
        if (method === 'GET') {
          // The list answers list items: fewer properties, the reference as a number.
          const items = state.taxReductions.map((t) => ({
            CustomerName: t.CustomerName,
            Id: t.Id,
            ReferenceDocumentType: t.ReferenceDocumentType,
            ReferenceNumber: Number(t.ReferenceNumber),
            SocialSecurityNumber: t.SocialSecurityNumber,
          }));
          return { status: 200, body: page('TaxReductions', items, params) };
        }
        if (method === 'POST') return one('TaxReduction', createTaxReduction(asObject(body, 'TaxReduction')), 201);
        throw notAllowed();
      }
      case 'supplierinvoices':
        return supplierInvoices(method, id, action, params, body);
      case 'supplierinvoicefileconnections':
        return supplierInvoiceFileConnections(method, id, params, body);
      case 'voucherfileconnections':
        return voucherFileConnections(method, id, params, body);
      case 'inbox':
      case 'archive':
        if (method === 'GET' && id !== undefined) {
          const f = state.files.find((x) => x.Id === id || x.ArchiveFileId === id);
          if (!f) throw new ApiError(404, 2000729, `Filen "${id}" hittades inte.`);
          return { status: 200, bytes: f.bytes, contentType: f.contentType ?? 'application/octet-stream' };
        }
        if (method === 'GET')
          return one('Folder', {
            Id: 'root',
            Name: resource === 'inbox' ? 'Inbox' : 'Archive',
            Files: state.files.map(fileJson),
            Folders: [{ Id: 'inbox_kf', Name: 'inbox_kf' }],
          });
        if (method === 'POST') return upload(raw, contentType, params.get('path') ?? params.get('folderid') ?? 'root');
        throw notAllowed();
      default:
        void extra;
        throw new ApiError(404, 2000729, `Ingen resurs: ${method} /3/${parts.slice(1).join('/')}`);
    }
  }

  function crud<T extends object>(
    method: string,
    id: string | undefined,
    params: URLSearchParams,
    body: unknown,
    o: {
      rows: T[];
      key: (r: T) => string;
      single: string;
      plural: string;
      notFound: (id: string) => ApiError;
      listItem: (r: T) => unknown;
      create: (input: Record<string, unknown>) => T;
      update: (current: T, input: Record<string, unknown>) => T;
    },
  ): { status: number; body: unknown } {
    if (id === undefined) {
      if (method === 'GET') return { status: 200, body: page(o.plural, o.rows.map(o.listItem), params) };
      if (method === 'POST') {
        const row = o.create(asObject(body, o.single));
        if (o.rows.some((r) => o.key(r) === o.key(row))) throw new ApiError(400, 2000637, `Numret "${o.key(row)}" används redan (${o.single}).`);
        o.rows.push(row);
        return { status: 201, body: { [o.single]: row } };
      }
      throw notAllowed();
    }
    const index = o.rows.findIndex((r) => o.key(r) === id);
    if (index < 0) throw o.notFound(id);
    if (method === 'GET') return { status: 200, body: { [o.single]: o.rows[index] } };
    if (method === 'PUT') {
      const row = o.update(o.rows[index]!, asObject(body, o.single));
      o.rows[index] = row;
      return { status: 200, body: { [o.single]: row } };
    }
    if (method === 'DELETE') {
      o.rows.splice(index, 1);
      return { status: 204, body: undefined };
    }
    throw notAllowed();
  }

  function currentYearId(): number {
    const d = new Date(now()).toISOString().slice(0, 10);
    return state.financialYears.find((y) => y.FromDate <= d && d <= y.ToDate)?.Id ?? state.financialYears.at(-1)?.Id ?? 1;
  }

  function voucherJson(v: FakeVoucher, withRows: boolean) {
    const { modifiedAt: _m, VoucherRows, ...rest } = v;
    return withRows ? { ...rest, VoucherRows } : rest;
  }

  function vouchers(method: string, id: string | undefined, action: string | undefined, params: URLSearchParams, body: unknown) {
    const fy = Number(params.get('financialyear') ?? currentYearId());
    if (!state.financialYears.some((y) => y.Id === fy)) throw invalid(`Räkenskapsår ${fy} finns inte.`, 2000588);
    const lastModified = params.get('lastmodified');
    const inYear = state.vouchers.filter((v) => v.Year === fy && (!lastModified || stamp(v.modifiedAt) >= lastModified));
    if (id === undefined) {
      if (method === 'GET')
        return {
          status: 200,
          body: page(
            'Vouchers',
            inYear.map((v) => voucherJson(v, false)),
            params,
          ),
        };
      if (method === 'POST') {
        const input = asWire<FortnoxVoucher>(asObject(body, 'Voucher'));
        const rows = input.VoucherRows ?? [];
        if (rows.length < 2) throw invalid('Verifikationen måste ha minst två rader.', 2001897);
        const v = api.addVoucher({ ...input, Year: fy });
        return { status: 201, body: { Voucher: voucherJson(v, true) } };
      }
      throw notAllowed();
    }
    if (id === 'sublist' && action !== undefined && method === 'GET') {
      return {
        status: 200,
        body: page(
          'Vouchers',
          inYear.filter((v) => v.VoucherSeries === action).map((v) => voucherJson(v, false)),
          params,
        ),
      };
    }
    if (action !== undefined && method === 'GET') {
      const v = state.vouchers.find((x) => x.Year === fy && x.VoucherSeries === id && String(x.VoucherNumber) === action);
      if (!v) throw new ApiError(404, 2000729, `Verifikation ${id}${action} hittades inte.`);
      return { status: 200, body: { Voucher: voucherJson(v, true) } };
    }
    throw notAllowed();
  }

  function invoiceListItem(i: FortnoxInvoice) {
    return {
      DocumentNumber: i.DocumentNumber,
      CustomerNumber: i.CustomerNumber,
      InvoiceDate: i.InvoiceDate,
      DueDate: i.DueDate,
      Total: i.Total,
      Balance: i.Balance,
      Booked: i.Booked,
      Cancelled: i.Cancelled,
      FinalPayDate: i.FinalPayDate,
      ExternalInvoiceReference1: i.ExternalInvoiceReference1,
    };
  }

  function invoices(method: string, id: string | undefined, action: string | undefined, params: URLSearchParams, body: unknown) {
    if (id === undefined) {
      if (method === 'GET') {
        let rows = state.invoices;
        const filter = params.get('filter');
        if (filter === 'fullypaid') rows = rows.filter((i) => Number(i.Balance) === 0 && !i.Cancelled);
        else if (filter === 'unpaid') rows = rows.filter((i) => Number(i.Balance) !== 0 && !i.Cancelled);
        else if (filter === 'unbooked') rows = rows.filter((i) => !i.Booked);
        else if (filter === 'cancelled') rows = rows.filter((i) => i.Cancelled);
        else if (filter) throw invalid(`Ogiltig parameter i anropet (filter=${filter}).`, 2000588);
        const from = params.get('fromfinalpaydate');
        if (from) rows = rows.filter((i) => !!i.FinalPayDate && i.FinalPayDate >= from);
        const ref = params.get('externalinvoicereference1');
        if (ref) rows = rows.filter((i) => (i.ExternalInvoiceReference1 ?? '').toLowerCase().includes(ref.toLowerCase()));
        return { status: 200, body: page('Invoices', rows.map(invoiceListItem), params) };
      }
      if (method === 'POST') {
        const inv = createInvoice(asObject(body, 'Invoice'));
        state.invoices.push(inv);
        return { status: 201, body: { Invoice: inv } };
      }
      throw notAllowed();
    }
    const inv = state.invoices.find((i) => i.DocumentNumber === id);
    if (!inv) throw new ApiError(404, 2000729, `Kan inte hitta fakturan "${id}".`);
    if (action === undefined && method === 'GET') return { status: 200, body: { Invoice: inv } };
    if (action === 'bookkeep' && method === 'PUT') {
      if (inv.Cancelled) throw invalid('Fakturan är makulerad.', 2000729);
      inv.Booked = true;
      return { status: 200, body: { Invoice: inv } };
    }
    if (action === undefined && method === 'PUT') {
      if (inv.Booked) throw invalid('Fakturan är bokförd och kan inte ändras.', 2000729);
      const next = createInvoice({ ...inv, ...asObject(body, 'Invoice') }, inv.DocumentNumber);
      Object.assign(inv, next);
      return { status: 200, body: { Invoice: inv } };
    }
    throw notAllowed();
  }

  function createInvoice(input: Record<string, unknown>, documentNumber?: string): FortnoxInvoice {
    const customerNumber = str(input, 'CustomerNumber', { required: true, label: 'CustomerNumber' })!;
    if (!state.customers.some((c) => c.CustomerNumber === customerNumber)) throw invalid(`Kunden "${customerNumber}" hittades inte. (CustomerNumber)`, 2000433);
    const project = str(input, 'Project', { label: 'Project' });
    if (project && !state.projects.some((p) => p.ProjectNumber === project)) throw invalid(`Projektet "${project}" hittades inte. (Project)`, 2001304);
    const rows = input.InvoiceRows;
    if (!Array.isArray(rows) || rows.length === 0) throw invalid('Fakturan saknar rader. (InvoiceRows)', 2001392);
    const trt = (input.TaxReductionType as string | undefined) ?? 'none';
    if (!['none', 'rot', 'rut', 'green'].includes(trt)) throw invalid(`Ogiltig skattereduktionstyp "${trt}". (TaxReductionType)`);
    const allowed = trt === 'rot' ? ROT : trt === 'rut' ? RUT : trt === 'green' ? GREEN : [];
    let total = 0;
    let vat = 0;
    let houseWork = false;
    const outRows: FortnoxInvoiceRow[] = rows.map((r0, i) => {
      const r = asObject(r0, `InvoiceRows[${i}]`) as FortnoxInvoiceRow;
      if (r.AccountNumber !== undefined) {
        if (!Number.isInteger(r.AccountNumber) || r.AccountNumber < 1000 || r.AccountNumber > 9999)
          throw invalid(`Ogiltigt kontonummer ${String(r.AccountNumber)}. (AccountNumber)`, 2000108);
        if (state.accounts.length && !state.accounts.some((a) => a.Number === r.AccountNumber))
          throw invalid(`Kunde inte hitta konto ${r.AccountNumber}. (AccountNumber)`, 2001304);
      }
      if (r.Project && !state.projects.some((p) => p.ProjectNumber === r.Project)) throw invalid(`Projektet "${r.Project}" hittades inte. (Project)`, 2001304);
      if (r.CostCenter && !state.costCenters.some((c) => c.Code === r.CostCenter))
        throw invalid(`Kostnadsställe "${r.CostCenter}" hittades inte. (CostCenter)`, 2000946);
      if ((r.Description ?? '').length > 255) throw invalid('Beskrivningen får vara högst 255 tecken. (Description)');
      if (r.HouseWork && trt === 'none')
        throw invalid('Dokument utan angiven skattereduktionstyp får inte innehålla artikelrader markerade som husarbete.', 2000600);
      if (trt !== 'none') {
        if (!r.HouseWorkType) throw invalid(`Alla rader måste ha en husarbetestyp när skattereduktionstypen är '${trt}'. (HouseWorkType)`, 2000600);
        if (r.HouseWorkType !== 'OTHERCOSTS' && !allowed.includes(r.HouseWorkType))
          throw invalid(`Dokument med skattereduktionstypen '${trt}' får inte innehålla rader med husarbetestypen '${r.HouseWorkType}'.`, 2000600);
        if (r.HouseWork) houseWork = true;
      } else if (r.HouseWorkType) throw invalid('Dokument utan angiven skattereduktionstyp får inte innehålla rader med husarbetestyp.', 2000600);
      if (
        r.HouseWorkHoursToReport !== undefined &&
        (!Number.isInteger(r.HouseWorkHoursToReport) || r.HouseWorkHoursToReport < 0 || r.HouseWorkHoursToReport > 999)
      )
        throw invalid('Ogiltigt antal timmar. (HouseWorkHoursToReport)', 2000108);
      const qty = Number(r.DeliveredQuantity ?? 0);
      const price = Number(r.Price ?? 0);
      const rowTotal = Math.round(qty * price * 100) / 100;
      total += rowTotal;
      vat += (rowTotal * Number(r.VAT ?? 25)) / 100;
      return { ...r, RowId: i + 1 };
    });
    if (trt !== 'none' && !houseWork) throw invalid('Minst en rad måste vara markerad som husarbete.', 2000600);
    let credit = 'false';
    const creditRef = input.CreditInvoiceReference as string | undefined;
    if (creditRef !== undefined && creditRef !== null && creditRef !== '' && creditRef !== '0') {
      const orig = state.invoices.find((i) => i.DocumentNumber === String(creditRef));
      if (!orig) throw invalid(`Kan inte hitta fakturan "${creditRef}" att kreditera. (CreditInvoiceReference)`, 2000729);
      credit = 'true';
    }
    const gross = Math.round((total + vat) * 100) / 100;
    const docNo = documentNumber ?? String(state.invoices.reduce((m, i) => Math.max(m, Number(i.DocumentNumber)), 0) + 1);
    return {
      ...asWire<FortnoxInvoice>(input),
      DocumentNumber: docNo,
      CustomerNumber: customerNumber,
      InvoiceRows: outRows,
      TaxReductionType: trt as FortnoxInvoice['TaxReductionType'],
      HouseWork: houseWork,
      Total: gross,
      TotalVAT: Math.round(vat * 100) / 100,
      Balance: gross,
      Booked: false,
      Cancelled: false,
      Credit: credit,
    };
  }

  function supplierInvoiceListItem(i: FortnoxSupplierInvoice) {
    return {
      GivenNumber: i.GivenNumber,
      SupplierNumber: i.SupplierNumber,
      SupplierName: i.SupplierName,
      InvoiceNumber: i.InvoiceNumber,
      InvoiceDate: i.InvoiceDate,
      DueDate: i.DueDate,
      Total: i.Total,
      Balance: i.Balance,
      Booked: i.Booked,
      Cancel: i.Cancelled,
      Credit: i.Credit,
      Currency: i.Currency,
    };
  }

  function supplierInvoices(method: string, id: string | undefined, action: string | undefined, params: URLSearchParams, body: unknown) {
    if (id === undefined) {
      if (method === 'GET') {
        let rows = state.supplierInvoices;
        const filter = params.get('filter');
        if (filter === 'cancelled') rows = rows.filter((i) => i.Cancelled);
        else if (filter === 'unbooked') rows = rows.filter((i) => !i.Booked && !i.Cancelled);
        else if (filter === 'fullypaid') rows = rows.filter((i) => Number(i.Balance) === 0 && !i.Cancelled);
        else if (filter === 'unpaid') rows = rows.filter((i) => Number(i.Balance) !== 0 && !i.Cancelled);
        else if (filter) throw invalid(`Ogiltig parameter i anropet (filter=${filter}).`, 2000588);
        return { status: 200, body: page('SupplierInvoices', rows.map(supplierInvoiceListItem), params) };
      }
      if (method === 'POST') {
        const inv = createSupplierInvoice(asObject(body, 'SupplierInvoice'));
        state.supplierInvoices.push(inv);
        return { status: 201, body: { SupplierInvoice: inv } };
      }
      throw notAllowed();
    }
    const inv = state.supplierInvoices.find((i) => i.GivenNumber === id);
    if (!inv) throw new ApiError(404, 2000729, `Kan inte hitta leverantörsfakturan "${id}".`);
    if (action === undefined && method === 'GET') return { status: 200, body: { SupplierInvoice: inv } };
    if (action === 'bookkeep' && method === 'PUT') {
      if (inv.Cancelled) throw invalid('Leverantörsfakturan är makulerad.', 2000729);
      if (inv.Booked) throw invalid('Leverantörsfakturan är redan bokförd.', 2000729);
      inv.Booked = true;
      return { status: 200, body: { SupplierInvoice: inv } };
    }
    if (action === 'cancel' && method === 'PUT') {
      if (inv.Booked) throw invalid('En bokförd leverantörsfaktura kan inte makuleras.', 2000729);
      inv.Cancelled = true;
      return { status: 200, body: { SupplierInvoice: inv } };
    }
    throw notAllowed();
  }

  function createSupplierInvoice(input: Record<string, unknown>): FortnoxSupplierInvoice {
    const supplierNumber = str(input, 'SupplierNumber', { required: true, label: 'SupplierNumber' })!;
    const supplier = state.suppliers.find((x) => x.SupplierNumber === supplierNumber);
    if (!supplier) throw invalid(`Kan inte hitta leverantören "${supplierNumber}". (SupplierNumber)`, 2000432);
    str(input, 'InvoiceNumber', { max: 64, label: 'InvoiceNumber' });
    const date = (f: string, required = false) => {
      const v = str(input, f, { required, label: f });
      if (v && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw invalid(`Ogiltigt datum. (${f})`);
      return v;
    };
    date('InvoiceDate');
    date('DueDate');
    const vatType = input.VATType ?? 'NORMAL';
    if (!['NORMAL', 'EUINTERNAL', 'REVERSE'].includes(vatType as string)) throw invalid(`Ogiltigt värde "${String(vatType)}". (VATType)`);
    const rows = input.SupplierInvoiceRows;
    if (!Array.isArray(rows) || rows.length === 0) throw invalid('Leverantörsfakturan saknar rader. (SupplierInvoiceRows)', 2001392);
    const codes = ['TOT', 'VAT', 'FRT', 'AFE', 'ROV', 'CND', 'CNC', 'PRD', 'PRC', 'SRD', 'SRC', 'PRE', 'GWB', 'ACC'];
    let balance = 0;
    const outRows: FortnoxSupplierInvoiceRow[] = rows.map((r0, i) => {
      const r = asWire<FortnoxSupplierInvoiceRow>(asObject(r0, `SupplierInvoiceRows[${i}]`));
      if (r.Code !== undefined && !codes.includes(r.Code)) throw invalid(`Ogiltig radkod "${String(r.Code)}". (Code)`);
      if (!Number.isInteger(r.Account) || r.Account < 1000 || r.Account > 9999) throw invalid(`Ogiltigt kontonummer ${String(r.Account)}. (Account)`, 2000108);
      if (state.accounts.length && !state.accounts.some((a) => a.Number === r.Account))
        throw invalid(`Kunde inte hitta konto ${r.Account}. (Account)`, 2001304);
      if (r.Project && !state.projects.some((p) => p.ProjectNumber === r.Project)) throw invalid(`Projektet "${r.Project}" hittades inte. (Project)`, 2001304);
      if (r.CostCenter && !state.costCenters.some((c) => c.Code === r.CostCenter))
        throw invalid(`Kostnadsställe "${r.CostCenter}" hittades inte. (CostCenter)`, 2000946);
      if ((r.TransactionInformation ?? '').length > 100) throw invalid('Värdet får vara högst 100 tecken. (TransactionInformation)', 2000106);
      balance += Math.round(Number(r.Debit ?? 0) * 100) - Math.round(Number(r.Credit ?? 0) * 100);
      return { ...r };
    });
    if (balance !== 0) throw invalid(`Leverantörsfakturan är inte i balans (differens ${(balance / 100).toFixed(2)}).`, 2000106);
    const total = Number(input.Total ?? 0);
    const givenNumber = String(state.supplierInvoices.reduce((m, i) => Math.max(m, Number(i.GivenNumber)), 0) + 1);
    return {
      ...asWire<FortnoxSupplierInvoice>(input),
      GivenNumber: givenNumber,
      SupplierNumber: supplierNumber,
      SupplierName: supplier.Name,
      VATType: vatType as FortnoxSupplierInvoice['VATType'],
      SupplierInvoiceRows: outRows,
      Balance: total.toFixed(2),
      Booked: false,
      Cancelled: false,
      Credit: total < 0,
    };
  }

  function supplierInvoiceFileConnections(method: string, id: string | undefined, params: URLSearchParams, body: unknown) {
    const rows = state.supplierInvoiceFileConnections;
    if (id === undefined) {
      if (method === 'GET') {
        return { status: 200, body: page('SupplierInvoiceFileConnections', rows, params) };
      }
      if (method === 'POST') {
        const input = asObject(body, 'SupplierInvoiceFileConnection');
        const fileId = str(input, 'FileId', { required: true, label: 'FileId' })!;
        const number = str(input, 'SupplierInvoiceNumber', { required: true, label: 'SupplierInvoiceNumber' })!;
        const file = state.files.find((f) => f.Id === fileId);
        if (!file) throw invalid(`Filen "${fileId}" hittades inte. (FileId)`, 2000729);
        const inv = state.supplierInvoices.find((i) => i.GivenNumber === number);
        if (!inv) throw invalid(`Kan inte hitta leverantörsfakturan "${number}". (SupplierInvoiceNumber)`, 2000729);
        if (rows.some((c) => c.FileId === fileId)) throw invalid('Filen är redan kopplad.', 2000637);
        const c: FortnoxSupplierInvoiceFileConnection = {
          '@url': `/3/supplierinvoicefileconnections/${fileId}`,
          FileId: fileId,
          SupplierInvoiceNumber: number,
          Name: file.Name,
          SupplierName: inv.SupplierName,
        };
        rows.push(c);
        return { status: 201, body: { SupplierInvoiceFileConnection: c } };
      }
      throw notAllowed();
    }
    const index = rows.findIndex((c) => c.FileId === id);
    if (index < 0) throw new ApiError(404, 2000729, `Kopplingen för fil "${id}" hittades inte.`);
    if (method === 'GET') return { status: 200, body: { SupplierInvoiceFileConnection: rows[index] } };
    if (method === 'DELETE') {
      rows.splice(index, 1);
      return { status: 204, body: undefined };
    }
    throw notAllowed();
  }

  function voucherFileConnections(method: string, id: string | undefined, params: URLSearchParams, body: unknown) {
    const rows = state.voucherFileConnections;
    if (id === undefined) {
      if (method === 'GET') return { status: 200, body: page('VoucherFileConnections', rows, params) };
      if (method === 'POST') {
        const input = asObject(body, 'VoucherFileConnection');
        const fileId = str(input, 'FileId', { required: true, label: 'FileId' })!;
        const series = str(input, 'VoucherSeries', { required: true, label: 'VoucherSeries' })!;
        const number = Number(str(input, 'VoucherNumber', { required: true, label: 'VoucherNumber' }));
        const year = Number(str(input, 'VoucherYear', { label: 'VoucherYear' }) ?? currentYearId());
        if (!state.files.some((f) => f.Id === fileId)) throw invalid(`Filen "${fileId}" hittades inte. (FileId)`, 2000729);
        const v = state.vouchers.find((x) => x.VoucherSeries === series && x.VoucherNumber === number && x.Year === year);
        if (!v) throw invalid(`Verifikation ${series}${number} hittades inte.`, 2000729);
        if (rows.some((c) => c.FileId === fileId)) throw invalid('Filen är redan kopplad.', 2000637);
        const c: FortnoxVoucherFileConnection = {
          '@url': `/3/voucherfileconnections/${fileId}`,
          FileId: fileId,
          VoucherNumber: String(number),
          VoucherSeries: series,
          VoucherYear: year,
          VoucherDescription: v.Description,
        };
        rows.push(c);
        return { status: 201, body: { VoucherFileConnection: c } };
      }
      throw notAllowed();
    }
    const index = rows.findIndex((c) => c.FileId === id);
    if (index < 0) throw new ApiError(404, 2000729, `Kopplingen för fil "${id}" hittades inte.`);
    if (method === 'GET') return { status: 200, body: { VoucherFileConnection: rows[index] } };
    if (method === 'DELETE') {
      rows.splice(index, 1);
      return { status: 204, body: undefined };
    }
    throw notAllowed();
  }

  function createTaxReduction(input: Record<string, unknown>): FortnoxTaxReduction {
    const t = asWire<FortnoxTaxReduction>(input);
    if (t.ReferenceDocumentType !== 'INVOICE' && t.ReferenceDocumentType !== 'ORDER' && t.ReferenceDocumentType !== 'OFFER')
      throw invalid('Ogiltig dokumenttyp. (ReferenceDocumentType)');
    const inv = state.invoices.find((i) => i.DocumentNumber === String(t.ReferenceNumber));
    if (t.ReferenceDocumentType === 'INVOICE' && !inv) throw invalid(`Kan inte hitta fakturan "${t.ReferenceNumber}". (ReferenceNumber)`, 2000729);
    if (inv && (inv.TaxReductionType ?? 'none') === 'none') throw invalid('Fakturan har ingen skattereduktionstyp.', 2000600);
    const ssn = String(t.SocialSecurityNumber ?? '');
    if (ssn.length < 10 || ssn.length > 13) throw invalid('Ogiltigt personnummer. (SocialSecurityNumber)', 2000106);
    if (!t.CustomerName) throw invalid('Namn saknas. (CustomerName)', 2001392);
    const green = inv?.TaxReductionType === 'green';
    if (!green && (!Number.isInteger(t.AskedAmount) || (t.AskedAmount ?? 0) < 1))
      throw invalid('Begärt belopp måste vara ett positivt heltal. (AskedAmount)', 2004217);
    if (green && !t.TaxReductionAmounts?.length) throw invalid('TaxReductionAmounts saknas.', 2004263);
    if (state.taxReductions.some((x) => String(x.ReferenceNumber) === String(t.ReferenceNumber) && x.SocialSecurityNumber === ssn)) {
      throw invalid('Personnumret används redan på detta dokument.', 2000600);
    }
    const row = { ...t, Id: state.taxReductions.length + 1 };
    state.taxReductions.push(row);
    return row;
  }

  async function upload(raw: Buffer, contentType: string, path: string) {
    if (!contentType.startsWith('multipart/form-data')) throw invalid('Filen måste skickas som multipart/form-data.', 1000031);
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    const file = form.get('file');
    if (!file || typeof file === 'string') throw invalid('Fält "file" saknas.', 2001392);
    const bytes = Buffer.from(await file.arrayBuffer());
    const id = randomUUID();
    const f: FakeFile = {
      Id: id,
      ArchiveFileId: randomUUID(),
      Name: file.name || 'file',
      Path: path,
      Size: bytes.length,
      bytes,
      contentType: file.type || 'application/octet-stream',
    };
    state.files.push(f);
    return { status: 201, body: { File: fileJson(f) } };
  }

  function attachments(method: string, parts: string[], params: URLSearchParams, body: unknown) {
    const sub = parts[3];
    if (method === 'GET' && sub === 'numberofattachments') {
      const type = params.get('entitytype') ?? 'F';
      // A list parameter: entityids=1&entityids=2 (commas taken too).
      const ids = params
        .getAll('entityids')
        .flatMap((v) => v.split(','))
        .filter(Boolean);
      return {
        status: 200,
        body: ids.map((e) => ({
          entityId: Number(e),
          numberOfAttachments: state.attachments.filter((a) => String(a.entityId) === e && a.entityType === type).length,
        })),
      };
    }
    if (method === 'GET' && sub === undefined) {
      const e = params.get('entityid');
      return { status: 200, body: state.attachments.filter((a) => !e || String(a.entityId) === e) };
    }
    if (method === 'POST' && sub === undefined) {
      if (!Array.isArray(body)) throw invalid('Body must be an array of attachments.', 2001392);
      const out = body.map((b0) => {
        const b = asWire<FortnoxAttachment>(asObject(b0, 'attachment'));
        if (b.entityType !== 'F' && b.entityType !== 'O' && b.entityType !== 'OF') throw invalid(`Invalid entityType ${String(b.entityType)}`);
        if (b.entityType === 'F' && !state.invoices.some((i) => i.DocumentNumber === String(b.entityId)))
          throw invalid(`Invoice ${b.entityId} not found`, 2000729);
        const file = state.files.find((f) => f.ArchiveFileId === b.fileId || f.Id === b.fileId);
        if (!file) throw invalid(`File ${b.fileId} not found`, 2000729);
        if (!file.bytes.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw invalid('Only PDF files can be attached', 2000359);
        if (file.Size > MAX_ATTACHMENT_BYTES) throw invalid(`The file is larger than 5 MB (${file.Size} bytes)`, 2000359);
        const existing = state.attachments.filter((a) => a.entityId === Number(b.entityId) && a.entityType === b.entityType);
        if (existing.length >= 5) throw invalid('At most 5 files per document', 2000359);
        const a = {
          id: randomUUID(),
          entityId: Number(b.entityId),
          entityType: b.entityType,
          fileId: b.fileId,
          includeOnSend: b.includeOnSend && existing.filter((x) => x.includeOnSend).length < 5,
        };
        return a;
      });
      state.attachments.push(...out);
      // The specification answers 201 with one Attachment (the connector attaches one file at a time).
      return { status: 201, body: out[0] };
    }
    throw notAllowed();
  }

  async function handle({ method, path, url, headers, raw, body }: FakeRequest): Promise<RouteResult> {
    if (path === TOKEN_PATH && method === 'POST') return tokenEndpoint(headers, raw);
    const auth = String(headers.authorization ?? '');
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    const expires = accessTokens.get(token);
    if (rateLimited(token || 'anonymous') !== null)
      throw new ApiError(429, 0, 'Too Many Requests', {}, { ErrorInformation: { error: 1, message: 'Too Many Requests' } });
    if (expires === undefined || expires <= now())
      throw new ApiError(401, 2000311, token ? 'Unauthorized: the access token is invalid or has expired.' : 'Unauthorized: no access token.');
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === '3') return route(method, parts, url.searchParams, body, raw, String(headers['content-type'] ?? ''));
    if (parts[0] === 'api' && parts[1] === 'fileattachments' && parts[2] === 'attachments-v1') return attachments(method, parts, url.searchParams, body);
    throw new ApiError(404, 2000729, `Ingen resurs: ${method} ${path}`);
  }

  const server = await startFakeServer({
    handle,
    contract: {
      checker: CONTRACT,
      refuse: (opts.contract ?? 'refuse') === 'refuse',
      invalidRequest: (issues) => ({ status: 400, body: errorBody(2000588, `Ogiltig förfrågan: ${formatContractIssues(issues)}`) }),
      // The OAuth token endpoint is not part of the API's specification.
      skip: ({ path }) => path === TOKEN_PATH,
      allowBreaches: opts.allowContractBreaches,
      name: 'Fortnox',
    },
    onError: (err) =>
      err instanceof ApiError
        ? { status: err.status, body: err.raw ?? errorBody(err.code, err.message), headers: err.headers }
        : { status: 500, body: errorBody(1000003, `Systemfel: ${err instanceof Error ? err.message : String(err)}`) },
    injectedBody: (status) => errorBody(1000003, `Injected failure (${status})`),
    invalidJson: () => ({ status: 400, body: errorBody(2002115, 'Kunde inte tolka JSON.') }),
    maxBodyBytes: MAX_BODY_BYTES,
    bodyTooLarge: (max) => ({ status: 413, body: errorBody(2001392, `För stor förfrågan (över ${max} byte).`) }),
    // Only JSON bodies are parsed: the token endpoint takes a form, the inbox multipart uploads.
    parsesJson: ({ headers }) => String(headers['content-type'] ?? '').includes('application/json'),
    isWrite: ({ method, path }) => method !== 'GET' && path !== TOKEN_PATH,
  });
  const base = server.url;

  const api: FortnoxFake = {
    url: base,
    tokenUrl: `${base}${TOKEN_PATH}`,
    clientId,
    clientSecret,
    state,
    writes: server.writes,
    contractIssues: server.contractIssues,
    requests: server.requests,
    fail: server.fail,
    clearFailures: server.clearFailures,
    credentials() {
      const t = issueTokens();
      return { clientId, clientSecret, accessToken: t.access_token, refreshToken: t.refresh_token, expiresAt: new Date(now() + lifetime * 1000).toISOString() };
    },
    authorizationCode() {
      const c = `code-${randomUUID()}`;
      codes.add(c);
      return c;
    },
    expireAccessTokens() {
      accessTokens.clear();
    },
    currentRefreshToken: () => refreshToken,
    setLatency: server.setLatency,
    rateLimited: server.tooManyRequests,
    addVoucher(v) {
      const Year = v.Year ?? currentYearId();
      const VoucherNumber =
        v.VoucherNumber ??
        state.vouchers.filter((x) => x.Year === Year && x.VoucherSeries === v.VoucherSeries).reduce((m, x) => Math.max(m, x.VoucherNumber), 0) + 1;
      const full: FakeVoucher = {
        ...v,
        Year,
        VoucherNumber,
        VoucherRows: (v.VoucherRows ?? []).map((r) => ({ Removed: false, ...r })),
        modifiedAt: Date.now(),
      };
      state.vouchers.push(full);
      return full;
    },
    editVoucher(series, number, edit) {
      const v = state.vouchers.find((x) => x.VoucherSeries === series && x.VoucherNumber === number && x.Year === currentYearId());
      if (!v) throw new Error(`no voucher ${series}${number}`);
      edit(v);
      v.modifiedAt = Date.now();
    },
    addFile(name, bytes, o = {}) {
      const buf = Buffer.from(bytes);
      const f: FakeFile = {
        Id: randomUUID(),
        ArchiveFileId: randomUUID(),
        Name: name,
        Path: o.path ?? 'inbox_s',
        Size: buf.length,
        bytes: buf,
        contentType: o.contentType ?? 'application/pdf',
      };
      state.files.push(f);
      return f;
    },
    pay(documentNumber, amount, date) {
      const inv = state.invoices.find((i) => i.DocumentNumber === documentNumber);
      if (!inv) throw new Error(`no invoice ${documentNumber}`);
      inv.Balance = Math.round((Number(inv.Balance) - amount) * 100) / 100;
      if (inv.Balance === 0) inv.FinalPayDate = date;
    },
    close: server.close,
  };
  return api;

  // --- validation, as Fortnox does it -------------------------------------------------------

  function validateCustomer(input: Record<string, unknown>, update = false): FortnoxCustomer {
    let number = str(input, 'CustomerNumber', { max: 20, label: 'CustomerNumber' });
    if (!number && !update) number = String(state.customers.reduce((m, c) => Math.max(m, Number(c.CustomerNumber) || 0), 0) + 1);
    const name = str(input, 'Name', { required: true, max: 1024, label: 'Name' })!;
    const type = input.Type ?? 'COMPANY';
    if (type !== 'COMPANY' && type !== 'PRIVATE') throw invalid(`Ogiltigt värde "${String(type)}". (Type)`);
    const vatType = input.VATType ?? 'SEVAT';
    if (!['SEVAT', 'SEREVERSEDVAT', 'EUREVERSEDVAT', 'EUVAT', 'EXPORT'].includes(vatType as string))
      throw invalid(`Ogiltigt värde "${String(vatType)}". (VATType)`);
    const terms = str(input, 'TermsOfPayment', { label: 'TermsOfPayment' });
    if (terms && state.termsOfPayments.length && !state.termsOfPayments.includes(terms))
      throw invalid(`Betalningsvillkoret "${terms}" hittades inte. (TermsOfPayment)`, 2000729);
    const email = str(input, 'Email', { max: 1024, label: 'Email' });
    if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) throw invalid(`Ogiltig e-postadress. (Email)`);
    return stored(input, {
      ...input,
      CustomerNumber: number!,
      Name: name,
      ZipCode: str(input, 'ZipCode', { max: 10, label: 'ZipCode' }),
      CountryCode: str(input, 'CountryCode', { max: 2, label: 'CountryCode' }) ?? 'SE',
      Email: email,
      Type: type as FortnoxCustomer['Type'],
      VATType: vatType as FortnoxCustomer['VATType'],
      Active: input.Active === undefined ? true : Boolean(input.Active),
    });
  }

  function validateProject(input: Record<string, unknown>, update = false): FortnoxProject {
    let number = str(input, 'ProjectNumber', { label: 'ProjectNumber' });
    if (!number && !update) number = String(state.projects.reduce((m, p) => Math.max(m, Number(p.ProjectNumber) || 0), 0) + 1);
    if (!PROJECT_NUMBER.test(number!)) throw invalid(`Värdet innehåller otillåtna tecken. (ProjectNumber "${number}")`, 2000359);
    const description = str(input, 'Description', { required: true, max: 50, label: 'Description' })!;
    const status = input.Status ?? 'NOTSTARTED';
    if (!['NOTSTARTED', 'ONGOING', 'COMPLETED'].includes(status as string)) throw invalid(`Ogiltig status "${String(status)}". (Status)`);
    const date = (f: string) => {
      const v = str(input, f, { label: f });
      if (v && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw invalid(`Ogiltigt datum. (${f})`);
      return v;
    };
    return stored(input, {
      ...input,
      ProjectNumber: number!,
      Description: description,
      Status: status as FortnoxProject['Status'],
      StartDate: date('StartDate'),
      EndDate: date('EndDate'),
      ProjectLeader: str(input, 'ProjectLeader', { max: 50, label: 'ProjectLeader' }),
    });
  }

  function validateCostCenter(input: Record<string, unknown>, _update = false): FortnoxCostCenter {
    return {
      Code: str(input, 'Code', { required: true, max: 6, label: 'Code' })!,
      Description: str(input, 'Description', { required: true, label: 'Description' })!,
      Note: str(input, 'Note', { label: 'Note' }),
      Active: input.Active === undefined ? true : Boolean(input.Active),
    };
  }

  function validateSupplier(input: Record<string, unknown>, update = false): FortnoxSupplier {
    let number = str(input, 'SupplierNumber', { max: 20, label: 'SupplierNumber' });
    if (!number && !update) number = String(state.suppliers.reduce((m, s) => Math.max(m, Number(s.SupplierNumber) || 0), 0) + 1);
    return stored(input, {
      ...input,
      SupplierNumber: number!,
      Name: str(input, 'Name', { required: true, max: 1024, label: 'Name' })!,
      ZipCode: str(input, 'ZipCode', { max: 10, label: 'ZipCode' }),
      Active: input.Active === undefined ? true : Boolean(input.Active),
    });
  }
}

function fileJson(f: FakeFile) {
  return { '@url': `/3/archive/${f.Id}`, Id: f.Id, Name: f.Name, Path: f.Path, Size: f.Size, ArchiveFileId: f.ArchiveFileId };
}

function notAllowed(): ApiError {
  return new ApiError(405, 2000729, 'Metoden stöds inte för resursen.');
}

function intParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw invalid(`Ogiltig parameter i anropet (${name}=${raw}).`, 2000588);
  return n;
}

function asObject(body: unknown, noun: string): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid(`Tom eller felaktig data (${noun}).`, 2001392);
  const o = body as Record<string, unknown>;
  const inner = o[noun];
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : o;
}

/**
 * A record as Fortnox keeps it: a field validated to nothing keeps the empty string it was sent as
 * (Fortnox's fields are not nullable: it never answers null), and one sent as nothing is left out.
 */
function stored<T extends object>(input: Record<string, unknown>, record: T): T {
  const out = { ...record } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if (v !== null) continue;
    if (typeof input[k] === 'string') out[k] = '';
    else delete out[k];
  }
  return out as T;
}

function str(input: Record<string, unknown>, field: string, o: { required?: boolean; max?: number; label: string }): string | null {
  const v = input[field];
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
    if (o.required) throw invalid(`Fältet saknas. (${o.label})`, 2001392);
    return null;
  }
  if (typeof v !== 'string' && typeof v !== 'number') throw invalid(`Felaktig datatyp. (${o.label})`, 2001392);
  const s = String(v);
  if (o.max !== undefined && [...s].length > o.max) throw invalid(`Värdet får vara högst ${o.max} tecken. (${o.label})`, 2000106);
  return s;
}
