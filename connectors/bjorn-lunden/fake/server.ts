// A fake of Björn Lundén's API (BLA API, Swagger "BLInfo") for tests and demos: a real HTTP server
// on 127.0.0.1 with in-memory state, plus the identity server's token endpoint. It behaves like
// the real API where a connector could get it wrong, and says where it decides what BL's
// specification leaves open:
//   - OAuth 2.0 client credentials: POST /auth/oauth/v2/token (client id and secret as Basic auth
//     or in the form), access tokens valid 3600 s, several valid at once; 401 without a valid one;
//   - every API call carries the company's `User-Key` header (its GUID): missing or unknown → 400
//     USER_IDENTITY_INVALID_OR_NOT_SPECIFIED (the fake's choice of answer: BL documents only 400);
//   - the published contract (connectors/bjorn-lunden/contract.json) on every request and answer:
//     breaches are refused with BL's 400 by default and make close() reject;
//   - errors as BL's ApiError (`status`, `timestamp`, `message`, `exceptionId`), 400 for every
//     refusal including "not found" (the only error status the specification documents);
//   - customers and projects keyed by their number (`id`) with BL's `entityId`; a number taken →
//     *_ID_ALREADY_EXISTS; a private customer's personnummer only as YYMMDD-NNNK with a valid
//     check digit (ORGANISATION_NUMBER_INVALID otherwise);
//   - cost centres paged by /costcenter/batch (`page`, `rows`, at most `pageSize` a page);
//   - customer invoices: customer, accounts, projects and cost centres of the rows must exist, the
//     sub-ledger entries must balance the total (sum of entries = −amount: the fake's reading of
//     a ledger invoice), `connect` must name an existing invoice; BL numbers them; booked unless
//     sent `preliminary: true` (the fake's reading: the field defaults to false);
//   - items (`GET /article`, seeded by tests) and the invoicing module's one-call invoice
//     (`POST /customerinvoice/orderToInvoiceFlow`): the customer, each line's item (existing, not
//     closed), account, project and cost centre must exist, the VAT code must be one of 0–3 (the
//     fake's reading of the order's sumVat1–3 and sumVatBasis0: 25, 12, 6 and 0 %), `connect`
//     must name an existing order; the order (type 2, numbered) and its invoice (numbered in the
//     same series as ledger invoices, `orderNumber` set, booked on the invoice date unless
//     `preliminary`) are kept; VAT per code on the net sums of the lines, the total with the
//     order's `rounding` when `rounding=true`, else rounded to whole kronor; a negative total is a
//     `Kreditfaktura`; `GET /order/batch` by customer and invoice date;
//   - ROT/RUT bases with an `orderNumber` must name the invoice's order;
//   - ROT/RUT bases on an existing invoice, type 0 (ROT) or 1 (RUT), persons as 12 digits with a
//     valid check digit, at most the two the model has;
//   - documents attached to a customer invoice as base64 `data`;
//   - journal entries by entry date, change date (`upsertstartdate`) and series, at most `rows`
//     (capped at the page size) an answer with the total: the endpoint has no page parameter;
//   - `pay()` registers a payment (paid when the amount is reached, dateOfLatestPayment);
//   - suppliers keyed by their number (`id`) with BL's `entityId`: a number taken →
//     SUPPLIER_ID_ALREADY_EXISTS, the number never changed by an update, the payable account
//     (`receivableAccount`) an account of the chart, the organisation number NNNNNN-NNNN;
//   - supplier invoices: the supplier, and the accounts, projects and cost centres of the entries
//     must exist; the sub-ledger entries (costs and VAT, debit positive) must add up to the
//     amount (the fake's reading of BL's ledger invoice, mirroring the customer invoice); BL
//     numbers them (`consecutiveNumber`, `id`); one that is not `preliminary` is booked at once
//     (the fake's choice: series F, the specification's example, numbered in turn) and read back
//     with `preliminary: false`; documents attach to supplier invoices as to customer invoices.
// Tests read and seed `state`, count writes, list requests and inject failures (SDK fake helpers).
import type { IncomingHttpHeaders } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parsePersonalIdentityNumber, parseOrganisationNumber } from '@nordic-invoicing/connector-sdk';
import {
  type ApiContract,
  type ContractBreach,
  contractChecker,
  type FakeRequest,
  type FakeRequestRecord,
  type FakeResponse,
  type FakeServer,
  formatContractIssues,
  retryAfterSeconds,
  slidingWindow,
  startFakeServer,
} from '@nordic-invoicing/connector-sdk/testing';
import type {
  BlAccount,
  BlArticle,
  BlCostCenter,
  BlCustomer,
  BlDetails,
  BlErrorBody,
  BlJournalEntry,
  BlOrder,
  BlOrderLine,
  BlProject,
  BlSubLedgerEntry,
  BlSupplier,
  BlSupplierInvoice,
} from '../client.js';

export const TOKEN_PATH = '/auth/oauth/v2/token';

/** A customer invoice as the fake keeps it (the API's "Customer invoice" properties). */
export interface FakeInvoice {
  entityId: number;
  invoiceNumber: number;
  customerId: string;
  invoiceDate: string;
  dueDate?: string;
  journalEntryDate: string;
  currency: string;
  amountInLocalCurrency: number;
  amountInOriginalCurrency: number;
  amountPaidInLocalCurrency: number;
  amountPaidInOriginalCurrency: number;
  externalInvoiceId?: number;
  receivableAccount: string;
  projectId?: string;
  type?: string;
  rotRutAmount?: number;
  paid: boolean;
  /** Not booked yet (sent `preliminary: true`). */
  preliminary: boolean;
  /** The order an invoice of the invoicing module came from. */
  orderNumber?: number;
  dateOfLatestPayment?: string;
  connectedInvoices: number[];
  documentIds: number[];
  subLedgerEntries: (BlSubLedgerEntry & { customerInvoiceEntityId: number })[];
}

/** A supplier invoice as the fake keeps it (the API's "SupplierInvoice" properties). */
export interface FakeSupplierInvoice extends BlSupplierInvoice {
  id: number;
  consecutiveNumber: number;
  supplierId: string;
  invoiceNumber: string;
  amountInLocalCurrency: number;
  preliminary: boolean;
  documentIds: number[];
  subLedgerEntries: BlSubLedgerEntry[];
}

/** An order of the invoicing module as the fake keeps it (the API's "Order" properties). */
export interface FakeOrder extends BlOrder {
  entityId: number;
  id: number;
  type: number;
  customerId: string;
  invoiceDate: string;
  invoiceNumber: number;
  preliminary: boolean;
  lines: BlOrderLine[];
  sumNet: number;
  sumVat: number;
  total: number;
  connectedInvoices: number[];
}

export interface FakeRotRut {
  id: number;
  type: number;
  invoiceNumber: number;
  orderNumber?: number;
  customerId?: string;
  customerName?: string;
  socialSecurityNumber1: string;
  socialSecurityNumber2?: string;
  amountPerson1: number;
  amountPerson2?: number;
  propertyId?: string;
  apartmentId?: string;
}

export interface FakeDocument {
  id: number;
  entityType: string;
  entityId: number;
  fileName: string;
  bytes: Buffer;
}

export interface BlFakeState {
  details: BlDetails;
  customers: BlCustomer[];
  projects: (BlProject & { entityId: number; id: string })[];
  costCenters: BlCostCenter[];
  accounts: BlAccount[];
  invoices: FakeInvoice[];
  /** Items of the invoicing module (seeded by tests). */
  articles: BlArticle[];
  /** Orders created by the invoicing module's one-call invoice. */
  orders: FakeOrder[];
  rotRuts: FakeRotRut[];
  documents: FakeDocument[];
  /** Journal entries (vouchers) as seeded; `upsertDate` is when each was last changed. */
  journals: BlJournalEntry[];
  suppliers: BlSupplier[];
  supplierInvoices: FakeSupplierInvoice[];
}

export interface BlFakeOptions {
  /** 'refuse' (default) answers contract breaches with BL's 400; 'record' answers them as if valid. Either way close() rejects. */
  contract?: 'record' | 'refuse';
  /** close() resolves despite contract breaches (tests that send bad requests on purpose). */
  allowContractBreaches?: boolean;
  clientId?: string;
  clientSecret?: string;
  /** The company's User-Key (GUID). */
  userKey?: string;
  /** Largest page of a batch endpoint. Default 100. */
  pageSize?: number;
  /** Requests per window (BL publishes none: off by default); over it, 429 with Retry-After. */
  rateLimit?: { requests: number; perMs: number };
  /** Lifetime of access tokens. Default 3600 s. */
  accessTokenTtlSeconds?: number;
}

export interface BlFake extends FakeServer {
  contractIssues(): ContractBreach[];
  /** The API's base URL (the connection's baseUrl). */
  readonly url: string;
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly userKey: string;
  readonly state: BlFakeState;
  requests(): FakeRequestRecord[];
  /** Token requests answered. */
  tokenRequests(): number;
  /** Makes every access token issued so far invalid. */
  expireAccessTokens(): void;
  /** Registers a payment on an invoice by BL's invoice number; default the rest, today. */
  pay(invoiceNumber: number, opts?: { amount?: number; date?: string }): FakeInvoice;
}

/** Error answers whose only fault is an undocumented status (BL documents 400 alone). */
export function undocumentedErrorAnswer(b: ContractBreach): boolean {
  return b.what !== 'request' && b.what >= 400 && b.issues.every((i) => i.where === `response ${b.what}` && /is not a documented status/.test(i.message));
}

const CONTRACT = contractChecker(JSON.parse(readFileSync(new URL('../contract.json', import.meta.url), 'utf8')) as ApiContract);
const STATUS_TEXT: Record<number, string> = {
  400: '400 BAD_REQUEST',
  401: '401 UNAUTHORIZED',
  404: '404 NOT_FOUND',
  405: '405 METHOD_NOT_ALLOWED',
  413: '413 PAYLOAD_TOO_LARGE',
  429: '429 TOO_MANY_REQUESTS',
  500: '500 INTERNAL_SERVER_ERROR',
  503: '503 SERVICE_UNAVAILABLE',
};

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly exceptionId: string,
    message: string,
  ) {
    super(message);
  }
}
const errorBody = (status: number, exceptionId: string, message: string): BlErrorBody => ({
  status: STATUS_TEXT[status] ?? '500 INTERNAL_SERVER_ERROR',
  timestamp: new Date().toISOString(),
  message,
  exceptionId,
});
const bad = (exceptionId: string, message: string) => new ApiError(400, exceptionId, message);

const DOCUMENT_TYPES: Record<string, string> = {
  CUSTOMER_INVOICE: 'CUSTOMER_INVOICE',
  customerinvoice: 'CUSTOMER_INVOICE',
  SUPPLIER_INVOICE: 'SUPPLIER_INVOICE',
  supplierinvoice: 'SUPPLIER_INVOICE',
};

export async function startBlFake(opts: BlFakeOptions = {}): Promise<BlFake> {
  const clientId = opts.clientId ?? 'fake-client';
  const clientSecret = opts.clientSecret ?? 'fake-secret';
  const userKey = opts.userKey ?? '6f1c1f0e-8a4b-4c2d-9e3f-0a1b2c3d4e5f';
  const maxPage = opts.pageSize ?? 100;
  const ttl = opts.accessTokenTtlSeconds ?? 3600;
  const rateLimited = opts.rateLimit ? slidingWindow(opts.rateLimit) : null;
  const today = () => new Date().toISOString().slice(0, 10);

  const state: BlFakeState = {
    details: { entityId: 1, name: 'Bygg & Rör i Norr AB', orgNumber: '5566778899' },
    customers: [],
    projects: [],
    costCenters: [],
    accounts: [
      { entityId: 1, id: '1510', name: 'Kundfordringar' },
      { entityId: 2, id: '2611', name: 'Utgående moms 25 %' },
      { entityId: 3, id: '2621', name: 'Utgående moms 12 %' },
      { entityId: 4, id: '2631', name: 'Utgående moms 6 %' },
      { entityId: 8, id: '2440', name: 'Leverantörsskulder' },
      { entityId: 9, id: '2640', name: 'Ingående moms' },
      { entityId: 5, id: '3001', name: 'Försäljning 25 %' },
      { entityId: 6, id: '3231', name: 'Försäljning byggtjänster, omvänd skattskyldighet' },
      { entityId: 7, id: '3740', name: 'Öres- och kronutjämning' },
    ],
    invoices: [],
    articles: [],
    orders: [],
    rotRuts: [],
    documents: [],
    journals: [],
    suppliers: [],
    supplierInvoices: [],
  };
  let nextEntityId = 1000;
  let nextInvoiceNumber = 1;
  let nextOrderNumber = 1;
  let nextSupplierInvoiceNumber = 1;
  let nextBookedEntry = 1;
  let tokenCount = 0;
  const accessTokens = new Map<string, number>();

  // -------------------------------------------------------------------------------------------
  // Routes

  function route(method: string, parts: string[], q: URLSearchParams, body: unknown): FakeResponse {
    const [resource, a, b, c] = parts;
    const path = `${method} /${parts.map((p, i) => (i === 0 ? p : '*')).join('/')}`;
    switch (resource) {
      case 'details':
        if (method === 'GET' && !a) return ok(state.details);
        break;
      case 'common':
        if (method === 'GET' && a === 'client' && !b) return ok([{ externalCustomerId: '1', name: state.details.name, scopes: [] }]);
        break;
      case 'account':
        if (method === 'GET' && !a) return ok(state.accounts);
        break;
      case 'article':
        if (method === 'GET' && !a) return ok(state.articles.filter((x) => !q.get('entityId') || String(x.entityId) === q.get('entityId')));
        break;
      case 'order':
        if (method === 'GET' && a === 'batch' && !b) return ok(orderBatch(q));
        break;
      case 'costcenter':
        if (method === 'GET' && a === 'batch' && !b) return ok(batch(state.costCenters, q));
        if (method === 'GET' && !a) return ok(state.costCenters);
        break;
      case 'customer':
        if (method === 'GET' && !a) return ok(state.customers);
        if (method === 'GET' && a && !b) return ok(customerByNumber(decodeURIComponent(a)));
        if (method === 'POST' && !a) return ok(createCustomer(obj(body)));
        if (method === 'PUT' && !a) return ok(updateCustomer(obj(body)));
        break;
      case 'project':
        if (method === 'GET' && !a) return ok(state.projects);
        if (method === 'GET' && a && a !== 'batch' && !b) return ok(projectByNumber(decodeURIComponent(a)));
        if (method === 'POST' && !a) return ok(saveProject(obj(body), null));
        if (method === 'PUT' && !a) return ok(saveProject(obj(body), obj(body).entityId));
        break;
      case 'customerinvoice':
        if (method === 'POST' && !a) return ok([createInvoice(obj(body), q.get('connect'))]);
        if (method === 'POST' && a === 'rotrut' && !b) return ok(createRotRut(obj(body)));
        if (method === 'POST' && a === 'orderToInvoiceFlow' && !b) return ok([orderToInvoice(obj(body), q)]);
        if (method === 'GET' && !a) return ok([invoiceBy((i) => String(i.entityId) === q.get('entityId'))]);
        if (method === 'GET' && a === 'batch' && !b) return ok(invoiceBatch(q));
        if (method === 'GET' && a && /^\d+$/.test(a) && !b) return ok([invoiceBy((i) => String(i.invoiceNumber) === a)]);
        break;
      case 'supplier':
        if (method === 'GET' && !a) return ok(state.suppliers);
        if (method === 'GET' && a && a !== 'batch' && a !== 'orgId' && !b) return ok(supplierByNumber(decodeURIComponent(a)));
        if (method === 'POST' && !a) return ok(createSupplier(obj(body)));
        if (method === 'PUT' && !a) return ok(updateSupplier(obj(body)));
        break;
      case 'supplierinvoice':
        if (method === 'POST' && !a) return ok(createSupplierInvoice(obj(body)));
        if (method === 'GET' && !a) return ok(supplierInvoiceBy((i) => String(i.entityId) === q.get('entityId')));
        if (method === 'GET' && a === 'supplier' && b && !c) return ok(state.supplierInvoices.filter((i) => i.supplierId === decodeURIComponent(b)));
        break;
      case 'journal':
        if (method === 'GET' && a === 'entry' && b === 'batch' && !c) return ok(journalBatch(q));
        break;
      case 'document':
        if (method === 'POST' && a === 'attachto' && b && c && parts.length === 4) return ok(attach(b, c, q, obj(body)));
        break;
    }
    throw new ApiError(404, 'ENTITY_NOT_FOUND', `No handler for ${path}`);
  }

  function batch<T>(rows: T[], q: URLSearchParams) {
    const page = positive(q.get('page'), 1);
    const size = Math.min(positive(q.get('rows'), maxPage), maxPage);
    const data = rows.slice((page - 1) * size, page * size);
    return {
      pageRequested: page,
      rowsRequested: size,
      rowsReturned: data.length,
      totalRows: rows.length,
      totalPages: Math.max(1, Math.ceil(rows.length / size)),
      offset: (page - 1) * size,
      data,
    };
  }

  // Customers ---------------------------------------------------------------------------------

  function customerByNumber(number: string): BlCustomer {
    const found = state.customers.find((x) => x.id === number);
    if (!found) throw bad('CUSTOMER_NOT_FOUND', `Customer ${number} not found`);
    return found;
  }

  function validateCustomer(b: Record<string, unknown>): void {
    if (typeof b.id !== 'string' || !b.id.trim()) throw bad('CUSTOMER_ID_NOT_SPECIFIED', 'Customer id (customer number) is required');
    if (typeof b.name !== 'string' || !b.name.trim()) throw bad('VALUE_INVALID', 'Customer name is required');
    const org = b.organisationNumber;
    if (typeof org === 'string' && !validIdentity(org))
      throw bad('ORGANISATION_NUMBER_INVALID', `Organisation number ${org} is not valid (NNNNNN-NNNN or YYMMDD-NNNN)`);
  }

  function createCustomer(b: Record<string, unknown>): BlCustomer {
    validateCustomer(b);
    if (state.customers.some((x) => x.id === b.id)) throw bad('CUSTOMER_ID_ALREADY_EXISTS', `Customer id ${String(b.id)} already exists`);
    const row = { ...(b as unknown as BlCustomer), entityId: nextEntityId++ };
    state.customers.push(row);
    return row;
  }

  function updateCustomer(b: Record<string, unknown>): BlCustomer {
    const i = state.customers.findIndex((x) => x.entityId === b.entityId);
    if (i < 0) throw bad('CUSTOMER_NOT_FOUND', `Customer with entityId ${String(b.entityId)} not found`);
    validateCustomer(b);
    if (state.customers[i]!.id !== b.id) throw bad('CUSTOMER_NUMBER_CANNOT_BE_CHANGED', 'The customer number cannot be changed');
    state.customers[i] = { ...(b as unknown as BlCustomer) };
    return state.customers[i]!;
  }

  // Projects ----------------------------------------------------------------------------------

  function projectByNumber(number: string) {
    const found = state.projects.find((x) => x.id === number);
    if (!found) throw bad('PROJECT_NOT_FOUND', `Project ${number} not found`);
    return found;
  }

  function saveProject(b: Record<string, unknown>, entityId: unknown) {
    if (typeof b.id !== 'string' || !b.id.trim()) throw bad('VALUE_INVALID', 'Project id is required');
    if (typeof b.customerId === 'string' && !state.customers.some((x) => x.id === b.customerId))
      throw bad('CUSTOMER_NOT_FOUND', `Customer ${b.customerId} not found`);
    if (typeof b.startDate === 'string' && typeof b.stopDate === 'string' && b.stopDate < b.startDate)
      throw bad('VALUE_INVALID', 'The project stops before it starts');
    if (entityId === null) {
      if (state.projects.some((x) => x.id === b.id)) throw bad('PROJECT_ID_ALREADY_EXISTS', `Project id ${String(b.id)} already exists`);
      const row = { ...(b as BlProject), id: b.id, entityId: nextEntityId++ };
      state.projects.push(row);
      return row;
    }
    const i = state.projects.findIndex((x) => x.entityId === entityId);
    if (i < 0) throw bad('PROJECT_NOT_FOUND', `Project with entityId ${String(entityId)} not found`);
    if (state.projects[i]!.id !== b.id && state.projects.some((x) => x.id === b.id))
      throw bad('PROJECT_ID_ALREADY_EXISTS', `Project id ${String(b.id)} already exists`);
    state.projects[i] = { ...(b as BlProject), id: b.id, entityId: state.projects[i]!.entityId };
    return state.projects[i]!;
  }

  // Suppliers ---------------------------------------------------------------------------------

  function supplierByNumber(number: string): BlSupplier {
    const found = state.suppliers.find((x) => x.id === number);
    if (!found) throw bad('SUPPLIER_NOT_FOUND', `Supplier ${number} not found`);
    return found;
  }

  function validateSupplier(b: Record<string, unknown>): void {
    if (typeof b.id !== 'string' || !b.id.trim()) throw bad('SUPPLIER_ID_NOT_SPECIFIED', 'Supplier id (supplier number) is required');
    if (typeof b.name !== 'string' || !b.name.trim()) throw bad('VALUE_INVALID', 'Supplier name is required');
    if (typeof b.organisationId === 'string' && !validIdentity(b.organisationId))
      throw bad('ORGANISATION_NUMBER_INVALID', `Organisation number ${b.organisationId} is not valid (NNNNNN-NNNN)`);
    for (const k of ['receivableAccount', 'costAccount'] as const)
      if (b[k] !== undefined && !state.accounts.some((x) => x.id === b[k] && x.closed !== true))
        throw bad('ACCOUNT_NOT_FOUND', `Account ${String(b[k])} not found`);
  }

  function createSupplier(b: Record<string, unknown>): BlSupplier {
    validateSupplier(b);
    if (state.suppliers.some((x) => x.id === b.id)) throw bad('SUPPLIER_ID_ALREADY_EXISTS', `Supplier id ${String(b.id)} already exists`);
    const row = { ...(b as unknown as BlSupplier), entityId: nextEntityId++ };
    state.suppliers.push(row);
    return row;
  }

  function updateSupplier(b: Record<string, unknown>): BlSupplier {
    const i = state.suppliers.findIndex((x) => x.entityId === b.entityId);
    if (i < 0) throw bad('SUPPLIER_NOT_FOUND', `Supplier with entityId ${String(b.entityId)} not found`);
    validateSupplier(b);
    if (state.suppliers[i]!.id !== b.id) throw bad('SUPPLIER_NUMBER_CANNOT_BE_CHANGED', 'The supplier number cannot be changed');
    state.suppliers[i] = { ...(b as unknown as BlSupplier) };
    return state.suppliers[i]!;
  }

  // Supplier invoices -------------------------------------------------------------------------

  function supplierInvoiceBy(pred: (i: FakeSupplierInvoice) => boolean): FakeSupplierInvoice {
    const found = state.supplierInvoices.find(pred);
    if (!found) throw bad('SUPPLIER_INVOICE_NOT_FOUND', 'Supplier invoice not found');
    return found;
  }

  function createSupplierInvoice(b: Record<string, unknown>): FakeSupplierInvoice {
    const supplierId = String(b.supplierId ?? '');
    const supplier = state.suppliers.find((x) => x.id === supplierId);
    if (!supplier) throw bad('SUPPLIER_NOT_FOUND', `Supplier ${supplierId} not found`);
    if (typeof b.invoiceNumber !== 'string' || !b.invoiceNumber.trim()) throw bad('INVOICE_NUMBER_NOT_SPECIFIED', 'invoiceNumber is required');
    if (typeof b.invoiceDate !== 'string') throw bad('INVOICE_DATE_NOT_SPECIFIED', 'invoiceDate is required');
    if (typeof b.dueDate === 'string' && b.dueDate < b.invoiceDate)
      throw bad('DUE_DATE_MUST_NOT_BE_SET_BEFORE_INVOICE_DATE', 'The due date is before the invoice date');
    const amount = Number(b.amountInLocalCurrency);
    if (!Number.isFinite(amount)) throw bad('AMOUNT_NOT_SPECIFIED', 'amountInLocalCurrency is required');
    const entries = (Array.isArray(b.subLedgerEntries) ? b.subLedgerEntries : []) as BlSubLedgerEntry[];
    if (entries.length === 0) throw bad('JOURNAL_ENTRY_NOT_CREATED_VALID_ROWS_MISSING', 'A supplier invoice needs its sub-ledger entries');
    for (const e of entries) {
      if (!state.accounts.some((x) => x.id === e.accountId && x.closed !== true)) throw bad('ACCOUNT_NOT_FOUND', `Account ${String(e.accountId)} not found`);
      if (e.projectId && !state.projects.some((x) => x.id === e.projectId)) throw bad('PROJECT_NOT_FOUND', `Project ${e.projectId} not found`);
      if (e.costCenterId && !state.costCenters.some((x) => x.id === e.costCenterId))
        throw bad('COSTCENTER_NOT_FOUND', `Cost centre ${e.costCenterId} not found`);
    }
    if (typeof b.projectId === 'string' && !state.projects.some((x) => x.id === b.projectId))
      throw bad('PROJECT_NOT_FOUND', `Project ${b.projectId} not found`);
    const sum = entries.reduce((s, e) => s + Math.round(Number(e.amount ?? 0) * 100), 0);
    if (sum !== Math.round(amount * 100))
      throw bad('LEDGER_ENTRY_HAS_INVALID_TRANSACTION_VALUES', `The entries sum to ${sum / 100}, the invoice amount is ${amount}: they do not balance`);
    const entityId = nextEntityId++;
    const number = nextSupplierInvoiceNumber++;
    const preliminary = b.preliminary !== false;
    const inv: FakeSupplierInvoice = {
      ...(b as unknown as BlSupplierInvoice),
      entityId,
      id: number,
      consecutiveNumber: number,
      supplierId,
      supplierName: supplier.name,
      invoiceNumber: b.invoiceNumber,
      amountInLocalCurrency: amount,
      amountPaidInLocalCurrency: 0,
      paid: false,
      preliminary,
      documentIds: [],
      subLedgerEntries: entries.map((e, i) => ({ ...e, entityId: nextEntityId + i })),
      ...(preliminary ? {} : { journalId: 'F', journalEntryId: nextBookedEntry++, journalEntryDate: String(b.journalEntryDate ?? b.invoiceDate) }),
    } as FakeSupplierInvoice;
    nextEntityId += entries.length;
    state.supplierInvoices.push(inv);
    return inv;
  }

  // Customer invoices -------------------------------------------------------------------------

  function invoiceBy(pred: (i: FakeInvoice) => boolean): FakeInvoice {
    const found = state.invoices.find(pred);
    if (!found) throw bad('INVOICE_NOT_FOUND', 'Customer invoice not found');
    return found;
  }

  function invoiceBatch(q: URLSearchParams) {
    const customer = q.get('customerid');
    const from = q.get('startdate');
    const to = q.get('enddate');
    const status = q.get('status');
    const rows = state.invoices.filter(
      (i) =>
        (!customer || i.customerId === customer) &&
        (!from || i.invoiceDate >= from) &&
        (!to || i.invoiceDate <= to) &&
        (!status || (status === 'paid' ? i.paid : status === 'unpaid' ? !i.paid && i.amountPaidInLocalCurrency === 0 : true)),
    );
    return {
      ...batch(rows, new URLSearchParams({ rows: q.get('rows') ?? String(maxPage) })),
      totalAmountInLocalCurrency: rows.reduce((s, i) => s + i.amountInLocalCurrency, 0),
    };
  }

  function createInvoice(b: Record<string, unknown>, connect: string | null): FakeInvoice {
    const customerId = String(b.customerId ?? '');
    if (!state.customers.some((x) => x.id === customerId)) throw bad('CUSTOMER_NOT_FOUND', `Customer ${customerId} not found`);
    if (typeof b.invoiceDate !== 'string') throw bad('INVOICE_DATE_NOT_SPECIFIED', 'invoiceDate is required');
    if (typeof b.journalEntryDate !== 'string') throw bad('DATE_NOT_SPECIFIED', 'journalEntryDate is required');
    if (typeof b.dueDate === 'string' && b.dueDate < b.invoiceDate)
      throw bad('DUE_DATE_MUST_NOT_BE_SET_BEFORE_INVOICE_DATE', 'The due date is before the invoice date');
    const amount = Number(b.amountInLocalCurrency);
    if (!Number.isFinite(amount)) throw bad('AMOUNT_NOT_SPECIFIED', 'amountInLocalCurrency is required');
    if (b.receivableAccount !== undefined && !state.accounts.some((x) => x.id === b.receivableAccount && x.closed !== true))
      throw bad('ACCOUNT_NOT_FOUND', `Account ${String(b.receivableAccount)} not found`);
    const entries = (Array.isArray(b.subLedgerEntries) ? b.subLedgerEntries : []) as BlSubLedgerEntry[];
    if (entries.length === 0) throw bad('JOURNAL_ENTRY_NOT_CREATED_VALID_ROWS_MISSING', 'An invoice needs its sub-ledger entries');
    for (const e of entries) {
      if (!state.accounts.some((x) => x.id === e.accountId && x.closed !== true)) throw bad('ACCOUNT_NOT_FOUND', `Account ${String(e.accountId)} not found`);
      if (e.projectId && !state.projects.some((x) => x.id === e.projectId)) throw bad('PROJECT_NOT_FOUND', `Project ${e.projectId} not found`);
      if (e.costCenterId && !state.costCenters.some((x) => x.id === e.costCenterId))
        throw bad('COSTCENTER_NOT_FOUND', `Cost centre ${e.costCenterId} not found`);
    }
    const sum = Math.round(entries.reduce((s, e) => s + Math.round(Number(e.amount ?? 0) * 100), 0));
    if (sum !== -Math.round(amount * 100))
      throw bad('LEDGER_ENTRY_HAS_INVALID_TRANSACTION_VALUES', `The entries sum to ${sum / 100}, the invoice amount is ${amount}: they do not balance`);
    const connected: number[] = [];
    if (connect !== null) {
      const original = state.invoices.find((i) => String(i.entityId) === connect);
      if (!original) throw bad('REFERENCE_INVOICE_NOT_FOUND', `Invoice with entityId ${connect} not found`);
      connected.push(original.entityId);
      original.connectedInvoices.push(nextEntityId);
    }
    const entityId = nextEntityId++;
    const inv: FakeInvoice = {
      entityId,
      invoiceNumber: nextInvoiceNumber++,
      customerId,
      invoiceDate: b.invoiceDate,
      dueDate: typeof b.dueDate === 'string' ? b.dueDate : undefined,
      journalEntryDate: b.journalEntryDate,
      currency: typeof b.currency === 'string' ? b.currency : 'SEK',
      amountInLocalCurrency: amount,
      amountInOriginalCurrency: Number(b.amountInOriginalCurrency ?? amount),
      amountPaidInLocalCurrency: 0,
      amountPaidInOriginalCurrency: 0,
      externalInvoiceId: typeof b.externalInvoiceId === 'number' ? b.externalInvoiceId : undefined,
      receivableAccount: typeof b.receivableAccount === 'string' ? b.receivableAccount : '1510',
      projectId: typeof b.projectId === 'string' ? b.projectId : undefined,
      type: typeof b.type === 'string' ? b.type : undefined,
      rotRutAmount: typeof b.rotRutAmount === 'number' ? b.rotRutAmount : undefined,
      paid: false,
      preliminary: b.preliminary === true,
      connectedInvoices: connected,
      documentIds: [],
      subLedgerEntries: entries.map((e, i) => ({ ...e, entityId: nextEntityId + i, customerInvoiceEntityId: entityId })),
    };
    nextEntityId += entries.length;
    if (inv.dueDate === undefined) delete inv.dueDate;
    for (const k of ['externalInvoiceId', 'projectId', 'type', 'rotRutAmount'] as const) if (inv[k] === undefined) delete inv[k];
    state.invoices.push(inv);
    return inv;
  }

  // The invoicing module -----------------------------------------------------------------------

  const VAT_RATES: Record<string, number> = { '0': 0, '1': 25, '2': 12, '3': 6 };
  const cents = (n: number) => Math.round(n * 100);

  function orderBatch(q: URLSearchParams) {
    const customer = q.get('customerid');
    const from = q.get('startdate');
    const to = q.get('enddate');
    for (const d of [from, to]) if (d !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw bad('DATE_FORMAT_ERROR', `"${d}" is not a date (YYYY-MM-DD)`);
    const type = q.get('type') ?? '2';
    const rows = state.orders.filter(
      (o) => String(o.type) === type && (!customer || o.customerId === customer) && (!from || o.invoiceDate >= from) && (!to || o.invoiceDate <= to),
    );
    const size = Math.min(positive(q.get('rows'), maxPage), maxPage);
    const data = rows.slice(0, size);
    return { startDate: from ?? undefined, endDate: to ?? undefined, rowsRequested: size, rowsReturned: data.length, totalRows: rows.length, data };
  }

  /** POST /customerinvoice/orderToInvoiceFlow: the order, its invoice and its verification. */
  function orderToInvoice(b: Record<string, unknown>, q: URLSearchParams): FakeInvoice {
    const customerId = String(b.customerId ?? '');
    if (!state.customers.some((x) => x.id === customerId)) throw bad('CUSTOMER_NOT_FOUND', `Customer ${customerId} not found`);
    if (typeof b.invoiceDate !== 'string') throw bad('INVOICE_DATE_NOT_SPECIFIED', 'invoiceDate is required');
    if (typeof b.invoiceDueDate === 'string' && b.invoiceDueDate < b.invoiceDate)
      throw bad('DUE_DATE_MUST_NOT_BE_SET_BEFORE_INVOICE_DATE', 'The due date is before the invoice date');
    if (typeof b.projectId === 'string' && !state.projects.some((x) => x.id === b.projectId))
      throw bad('PROJECT_NOT_FOUND', `Project ${b.projectId} not found`);
    const lines = (Array.isArray(b.lines) ? b.lines : []) as BlOrderLine[];
    if (lines.length === 0) throw bad('ORDER_LINES_MISSING', 'An order needs its lines');
    const noVat = b.noVat === true;
    const netByCode = new Map<string, number>();
    for (const [i, l] of lines.entries()) {
      const at = `Line ${i + 1}`;
      const article = state.articles.find((x) => x.id === l.articleId);
      if (!article) throw bad('ARTICLE_NOT_FOUND', `${at}: article ${String(l.articleId)} not found`);
      if (article.closed === true) throw bad('ARTICLE_CLOSED', `${at}: article ${String(l.articleId)} is closed`);
      const account = l.accountId ?? article.account;
      if (!state.accounts.some((x) => x.id === account && x.closed !== true)) throw bad('ACCOUNT_NOT_FOUND', `${at}: account ${String(account)} not found`);
      if (l.projectId && !state.projects.some((x) => x.id === l.projectId)) throw bad('PROJECT_NOT_FOUND', `${at}: project ${l.projectId} not found`);
      if (l.costCenterId && !state.costCenters.some((x) => x.id === l.costCenterId))
        throw bad('COSTCENTER_NOT_FOUND', `${at}: cost centre ${l.costCenterId} not found`);
      const code = l.vatCode ?? article.vatCode ?? '1';
      if (!(code in VAT_RATES)) throw bad('VAT_CODE_INVALID', `${at}: VAT code ${code} does not exist`);
      const quantity = l.deliveredQuantity ?? l.orderedQuantity;
      if (typeof quantity !== 'number' || typeof l.unitPrice !== 'number') throw bad('VALUE_INVALID', `${at}: quantity and unitPrice are required`);
      netByCode.set(code, (netByCode.get(code) ?? 0) + cents(quantity * l.unitPrice));
    }
    let connected: FakeOrder | undefined;
    const connect = q.get('connect');
    if (connect !== null) {
      connected = state.orders.find((o) => String(o.entityId) === connect);
      if (!connected) throw bad('REFERENCE_ORDER_NOT_FOUND', `Order with entityId ${connect} not found`);
    }
    const net = [...netByCode.values()].reduce((s, v) => s + v, 0);
    const vat = noVat ? 0 : [...netByCode.entries()].reduce((s, [code, v]) => s + Math.round((v * VAT_RATES[code]!) / 100), 0);
    const gross = net + vat;
    const rounding = q.get('rounding') === 'true' ? cents(Number(b.rounding ?? 0)) : Math.round(gross / 100) * 100 - gross;
    const total = (gross + rounding) / 100;
    const orderEntityId = nextEntityId++;
    const invoiceEntityId = nextEntityId++;
    const invoiceNumber = nextInvoiceNumber++;
    const preliminary = b.preliminary === true;
    const order: FakeOrder = {
      ...(b as BlOrder),
      entityId: orderEntityId,
      id: nextOrderNumber++,
      type: 2,
      customerId,
      invoiceDate: b.invoiceDate,
      invoiceNumber,
      preliminary,
      lines: lines.map((l, i) => ({ ...l, entityId: nextEntityId + i, orderEntityId })),
      sumNet: net / 100,
      sumVat: vat / 100,
      rounding: rounding / 100,
      total,
      connectedInvoices: [],
    };
    nextEntityId += lines.length;
    state.orders.push(order);
    const inv: FakeInvoice = {
      entityId: invoiceEntityId,
      invoiceNumber,
      orderNumber: order.id,
      customerId,
      invoiceDate: b.invoiceDate,
      journalEntryDate: b.invoiceDate,
      currency: 'SEK',
      amountInLocalCurrency: total,
      amountInOriginalCurrency: total,
      amountPaidInLocalCurrency: 0,
      amountPaidInOriginalCurrency: 0,
      receivableAccount: '1510',
      type: total < 0 ? 'Kreditfaktura' : 'Faktura',
      paid: false,
      preliminary,
      connectedInvoices: [],
      documentIds: [],
      subLedgerEntries: order.lines.map((l, i) => ({
        entityId: nextEntityId + i,
        customerInvoiceEntityId: invoiceEntityId,
        accountId: l.accountId,
        amount: -cents((l.deliveredQuantity ?? l.orderedQuantity ?? 0) * (l.unitPrice ?? 0)) / 100,
        quantity: l.deliveredQuantity ?? l.orderedQuantity,
        text: l.description,
        ...(l.projectId ? { projectId: l.projectId } : {}),
        ...(l.costCenterId ? { costCenterId: l.costCenterId } : {}),
      })),
    };
    nextEntityId += order.lines.length;
    if (typeof b.invoiceDueDate === 'string') inv.dueDate = b.invoiceDueDate;
    if (typeof b.projectId === 'string') inv.projectId = b.projectId;
    if (connected) {
      const original = state.invoices.find((i) => i.invoiceNumber === connected.invoiceNumber);
      connected.connectedInvoices.push(invoiceEntityId);
      if (original) {
        original.connectedInvoices.push(invoiceEntityId);
        inv.connectedInvoices.push(original.entityId);
      }
    }
    state.invoices.push(inv);
    return inv;
  }

  /** Entries by entry date, change date and series; at most `rows` (and the page size) of them, with the total. */
  function journalBatch(q: URLSearchParams) {
    const from = q.get('startdate');
    const to = q.get('enddate');
    const changed = q.get('upsertstartdate');
    const series = q.get('journalid');
    for (const d of [from, to, changed]) if (d !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw bad('DATE_FORMAT_ERROR', `"${d}" is not a date (YYYY-MM-DD)`);
    const rows = state.journals.filter(
      (e) =>
        (!from || (e.journalEntryDate ?? '') >= from) &&
        (!to || (e.journalEntryDate ?? '') <= to) &&
        (!changed || (e.upsertDate ?? '').slice(0, 10) >= changed) &&
        (!series || e.journalId === series),
    );
    const size = Math.min(positive(q.get('rows'), maxPage), maxPage);
    const data = rows.slice(0, size);
    return { startDate: from ?? undefined, endDate: to ?? undefined, rowsRequested: size, rowsReturned: data.length, totalRows: rows.length, data };
  }

  function createRotRut(b: Record<string, unknown>): FakeRotRut {
    const inv = state.invoices.find((i) => i.invoiceNumber === b.invoiceNumber);
    if (!inv) throw bad('INVOICE_NOT_FOUND', `Customer invoice ${String(b.invoiceNumber)} not found`);
    if (b.orderNumber !== undefined && b.orderNumber !== inv.orderNumber)
      throw bad('ORDER_NOT_FOUND', `Order ${String(b.orderNumber)} is not the order of invoice ${inv.invoiceNumber}`);
    if (b.type !== 0 && b.type !== 1) throw bad('INVOICE_ROT_RUT_TYPE_INVALID', 'type must be 0 (ROT) or 1 (RUT)');
    if (state.rotRuts.some((r) => r.invoiceNumber === inv.invoiceNumber))
      throw bad('INVOICE_ROT_RUT_COULD_NOT_BE_CREATED', `Invoice ${inv.invoiceNumber} already has a ROT/RUT basis`);
    for (const k of ['socialSecurityNumber1', 'socialSecurityNumber2'] as const) {
      const v = b[k];
      if (v === undefined && k === 'socialSecurityNumber2') continue;
      if (typeof v !== 'string' || !/^\d{12}$/.test(v) || !parsePersonalIdentityNumber(v).ok)
        throw bad('SOCIAL_SECURITY_NUMBER_INVALID', `${k} must be a personal identity number of 12 digits (YYYYMMDDNNNN)`);
    }
    if (typeof b.amountPerson1 !== 'number') throw bad('AMOUNT_NOT_SPECIFIED', 'amountPerson1 is required');
    if (b.socialSecurityNumber2 !== undefined && typeof b.amountPerson2 !== 'number')
      throw bad('AMOUNT_NOT_SPECIFIED', 'amountPerson2 is required with a second person');
    const row = { ...(b as unknown as FakeRotRut), id: nextEntityId++ };
    state.rotRuts.push(row);
    return row;
  }

  function attach(type: string, id: string, q: URLSearchParams, b: Record<string, unknown>) {
    const entityType = DOCUMENT_TYPES[type];
    if (!entityType) throw bad('DOCUMENT_TYPE_NOT_SUPPORTED', `The fake attaches to customer and supplier invoices only (got ${type})`);
    const inv =
      entityType === 'CUSTOMER_INVOICE' ? state.invoices.find((i) => String(i.entityId) === id) : state.supplierInvoices.find((i) => String(i.entityId) === id);
    if (!inv) throw bad('INVOICE_NOT_FOUND', `${entityType === 'CUSTOMER_INVOICE' ? 'Customer' : 'Supplier'} invoice with entityId ${id} not found`);
    if (typeof b.data !== 'string' || !b.data || !/^[A-Za-z0-9+/]+={0,2}$/.test(b.data)) throw bad('DOCUMENT_DATA_MISSING', 'data must be the file as base64');
    const fileName = q.get('fileName') ?? 'document';
    const doc: FakeDocument = { id: nextEntityId++, entityType, entityId: inv.entityId, fileName, bytes: Buffer.from(b.data, 'base64') };
    state.documents.push(doc);
    inv.documentIds.push(doc.id);
    const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
    return {
      id: doc.id,
      created: new Date().toISOString(),
      reference: fileName,
      fileExt: ext,
      contentType: ext === 'pdf' ? 'application/pdf' : 'application/octet-stream',
      attachedTo: { type: entityType, entityId: inv.entityId },
    };
  }

  // -------------------------------------------------------------------------------------------
  // HTTP

  function handle({ method, path, url, headers, raw, body }: FakeRequest): FakeResponse {
    if (path === TOKEN_PATH) return tokenEndpoint(method, headers, raw.toString('utf8'));
    const wait = rateLimited?.('all') ?? null;
    if (wait !== null) return { status: 429, headers: { 'Retry-After': String(retryAfterSeconds(wait)) }, body: errorBody(429, 'ERROR', 'Too many requests') };
    const token = /^Bearer (.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
    const expires = token ? accessTokens.get(token) : undefined;
    if (!expires || expires <= Date.now())
      return { status: 401, body: errorBody(401, 'CALLER_NOT_AUTHENTICATED', 'The access token is missing, invalid or expired') };
    if (headers['user-key'] !== userKey)
      throw bad('USER_IDENTITY_INVALID_OR_NOT_SPECIFIED', 'The User-Key header is missing or names no company this integration may use');
    return route(method, path.split('/').filter(Boolean), url.searchParams, body);
  }

  function tokenEndpoint(method: string, headers: IncomingHttpHeaders, raw: string): FakeResponse {
    if (method !== 'POST') return { status: 405, body: { error: 'invalid_request', error_description: 'POST only' } };
    const form = new URLSearchParams(raw);
    const basic = /^Basic (.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent)
      : [form.get('client_id'), form.get('client_secret')];
    if (id !== clientId || secret !== clientSecret)
      return { status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } };
    if (form.get('grant_type') !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type' } };
    tokenCount++;
    const t = `at-${randomUUID()}`;
    accessTokens.set(t, Date.now() + ttl * 1000);
    return { status: 200, body: { access_token: t, token_type: 'Bearer', expires_in: ttl, scope: 'USER_IDENTITY' } };
  }

  const server = await startFakeServer({
    handle,
    contract: {
      checker: CONTRACT,
      refuse: (opts.contract ?? 'refuse') === 'refuse',
      invalidRequest: (issues) => ({ status: 400, body: errorBody(400, 'INVALID_PARAMETER', `The request is invalid: ${formatContractIssues(issues)}`) }),
      // The identity server's token endpoint is not part of the API's specification.
      skip: ({ path }) => path === TOKEN_PATH,
      allowBreaches: opts.allowContractBreaches,
      tolerated: undocumentedErrorAnswer,
      name: 'Björn Lundén',
    },
    onError: (err) =>
      err instanceof ApiError
        ? { status: err.status, body: errorBody(err.status, err.exceptionId, err.message) }
        : { status: 500, body: errorBody(500, 'INTERNAL_SERVER_ERROR', err instanceof Error ? err.message : String(err)) },
    injectedBody: (status) =>
      errorBody(status, status === 429 ? 'ERROR' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'VALUE_INVALID', `Injected failure (${status})`),
    invalidJson: () => ({ status: 400, body: errorBody(400, 'DESERIALIZATION_FAILED', 'The request body is not valid JSON') }),
    maxBodyBytes: 30_000_000,
    bodyTooLarge: (max) => ({ status: 413, body: errorBody(413, 'ERROR', `The request body exceeds ${max} bytes`) }),
    exempt: ({ path }) => path === TOKEN_PATH,
    isWrite: ({ method, path }) => method !== 'GET' && path !== TOKEN_PATH,
  });

  return {
    url: server.url,
    tokenUrl: `${server.url}${TOKEN_PATH}`,
    clientId,
    clientSecret,
    userKey,
    state,
    writes: server.writes,
    contractIssues: server.contractIssues,
    requests: server.requests,
    tokenRequests: () => tokenCount,
    expireAccessTokens: () => accessTokens.clear(),
    pay(invoiceNumber, o = {}) {
      const inv = state.invoices.find((i) => i.invoiceNumber === invoiceNumber);
      if (!inv) throw new Error(`no invoice ${invoiceNumber}`);
      const amount = o.amount ?? inv.amountInLocalCurrency - inv.amountPaidInLocalCurrency;
      inv.amountPaidInLocalCurrency = Math.round((inv.amountPaidInLocalCurrency + amount) * 100) / 100;
      inv.amountPaidInOriginalCurrency = inv.amountPaidInLocalCurrency;
      inv.dateOfLatestPayment = o.date ?? today();
      inv.paid = Math.abs(inv.amountPaidInLocalCurrency) >= Math.abs(inv.amountInLocalCurrency);
      return inv;
    },
    fail: server.fail,
    clearFailures: server.clearFailures,
    close: server.close,
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function ok(body: unknown): FakeResponse {
  return { status: 200, body };
}

function obj(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad('DESERIALIZATION_FAILED', 'The request body must be a JSON object');
  return body as Record<string, unknown>;
}

function positive(raw: string | null, fallback: number): number {
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw bad('INVALID_PARAMETER', `"${raw}" is not a whole number of at least 1`);
  return n;
}

/** NNNNNN-NNNN (an organisation) or YYMMDD-NNNN / YYMMDD+NNNN (a person), with a valid check digit. */
function validIdentity(s: string): boolean {
  if (!/^\d{6}[-+]\d{4}$/.test(s)) return false;
  return parseOrganisationNumber(s.replace('+', '-')).ok || parsePersonalIdentityNumber(s).ok;
}
