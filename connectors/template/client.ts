// API client of "Ledger API v1", the fictional accounting API this template connector talks to.
// The wire types live here (the fake server and the mappers use them too); the requests go
// through the SDK's HttpClient (`ctx.http`), which already carries the base URL, the API key,
// the rate limit, retries with Retry-After and the dry run. In a dry run writes are not sent:
// they resolve with `planned: true` and no body, so a create yields no remote id.
import type { HttpClient } from '@nordic-invoicing/connector-sdk';

// ---------------------------------------------------------------------------------------------
// Wire types (JSON as Ledger API v1 sends and accepts it)

export interface LedgerAddress {
  line1: string | null;
  line2: string | null;
  postcode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
}

export interface LedgerCustomerInput {
  /** Natural key, unique per company. */
  number: string;
  name: string;
  type: 'company' | 'private';
  /** Organisation number (company) or personal identity number (private). */
  identityNumber: string | null;
  vatNumber: string | null;
  address: LedgerAddress;
  phone: string | null;
  mobile: string | null;
  email: string | null;
  paymentTermsDays: number | null;
  /** Reverse charge of VAT (construction services). */
  reverseCharge: boolean;
  active: boolean;
}

export interface LedgerCustomer extends LedgerCustomerInput {
  /** Assigned by the server. */
  id: number;
}

export type LedgerProjectStatus = 'active' | 'closed';

export interface LedgerProjectInput {
  /** Natural key, unique per company: `^[A-Za-z0-9ÅÄÖåäö_/+-]{1,20}$`. */
  number: string;
  /** At most 50 characters. */
  name: string;
  status: LedgerProjectStatus;
  startDate: string | null;
  endDate: string | null;
  customerNumber: string | null;
  costCentre: string | null;
  projectLeader: string | null;
  /** For sub-projects (work orders, ÄTA): the number of the project they belong to. */
  parentNumber: string | null;
}

export interface LedgerProject extends LedgerProjectInput {
  id: number;
}

export interface LedgerCostCentre {
  code: string;
  name: string;
  active: boolean;
}

export interface LedgerAccount {
  number: number;
  name: string;
  active: boolean;
}

export interface LedgerCompany {
  name: string;
  organisationNumber: string;
}

/** Every list endpoint answers one page: `?page=N&pageSize=M` (pages count from 1). */
export interface LedgerPage<T> {
  data: T[];
  page: number;
  totalPages: number;
}

/** Every error: `{ "error": { "code": "...", "message": "..." } }`. */
export interface LedgerErrorBody {
  error: { code: string; message: string };
}

/** The remote message of an error body (the manifest's `errorMessage`). */
export function ledgerErrorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const error = (body as { error?: unknown }).error;
  if (!error || typeof error !== 'object') return undefined;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && message.trim() !== '' ? message : undefined;
}

// ---------------------------------------------------------------------------------------------
// Requests

/** The largest page Ledger serves; asking for it keeps the number of requests down. */
export const MAX_PAGE_SIZE = 100;
/** A guard against a server that never reports the last page. */
const MAX_PAGES = 10_000;

export interface LedgerClientOptions {
  /** Checked between pages; a long import stops when the run is aborted. */
  signal?: AbortSignal;
  pageSize?: number;
}

export class LedgerClient {
  private readonly pageSize: number;

  constructor(
    private readonly http: HttpClient,
    private readonly opts: LedgerClientOptions = {},
  ) {
    this.pageSize = opts.pageSize ?? MAX_PAGE_SIZE;
  }

  async company(): Promise<LedgerCompany> {
    return (await this.http.get<LedgerCompany>('/company')).body;
  }

  /** Every item of a list endpoint, page by page. */
  async listAll<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const signal = this.opts.signal;
      if (signal?.aborted) throw signal.reason ?? new Error('aborted');
      const res = await this.http.get<LedgerPage<T>>(path, { ...query, page, pageSize: this.pageSize });
      const body = res.body;
      if (!body || !Array.isArray(body.data)) throw new Error(`GET ${path} page ${page}: the answer has no "data" list`);
      items.push(...body.data);
      if (body.data.length === 0 || page >= (body.totalPages ?? 0)) return items;
    }
    throw new Error(`GET ${path}: more than ${MAX_PAGES} pages`);
  }

  // Customers -----------------------------------------------------------------------------

  async findCustomer(number: string): Promise<LedgerCustomer | null> {
    const res = await this.http.get<LedgerPage<LedgerCustomer>>('/customers', { number, page: 1, pageSize: 1 });
    return res.body?.data?.find((c) => c.number === number) ?? null;
  }

  /** The new customer's id; `undefined` in a dry run. */
  async createCustomer(input: LedgerCustomerInput): Promise<string | undefined> {
    const res = await this.http.post<LedgerCustomer>('/customers', input, { description: `create customer ${input.number}` });
    return res.planned ? undefined : String(res.body.id);
  }

  async updateCustomer(id: string, input: LedgerCustomerInput): Promise<void> {
    await this.http.put(`/customers/${encodeURIComponent(id)}`, input, { description: `update customer ${input.number}` });
  }

  // Projects (work orders and ÄTA are projects too) -----------------------------------------

  async findProject(number: string): Promise<LedgerProject | null> {
    const res = await this.http.get<LedgerPage<LedgerProject>>('/projects', { number, page: 1, pageSize: 1 });
    return res.body?.data?.find((p) => p.number === number) ?? null;
  }

  async createProject(input: LedgerProjectInput): Promise<string | undefined> {
    const res = await this.http.post<LedgerProject>('/projects', input, { description: `create project ${input.number}` });
    return res.planned ? undefined : String(res.body.id);
  }

  async updateProject(id: string, input: LedgerProjectInput): Promise<void> {
    await this.http.put(`/projects/${encodeURIComponent(id)}`, input, { description: `update project ${input.number}` });
  }

  // Registers --------------------------------------------------------------------------------

  costCentres(): Promise<LedgerCostCentre[]> {
    return this.listAll<LedgerCostCentre>('/cost-centres');
  }

  accounts(): Promise<LedgerAccount[]> {
    return this.listAll<LedgerAccount>('/accounts');
  }
}
