// A fake of Ledger API v1 for tests and demos: a real HTTP server on 127.0.0.1 (port chosen by
// the system) speaking the API's JSON, with in-memory state. It behaves like the real API where
// a connector could get it wrong: API-key check (401), validation (400), duplicate numbers
// (409, which makes a duplicate create visible), paging, and its own rate limit (429 with
// Retry-After). Tests can read and seed the state, count writes, list requests and inject
// failures (which take precedence over everything else). The HTTP plumbing (listening, body cap,
// JSON parsing, request log, write counting, injected failures) is the SDK's `startFakeServer`
// and the rate limit its `slidingWindow`; this file holds the API itself.
import {
  type FakeRequest,
  type FakeRequestRecord,
  type FakeResponse,
  type FakeServer,
  retryAfterSeconds,
  slidingWindow,
  startFakeServer,
} from '@nordic-invoicing/connector-sdk/testing';
import type {
  LedgerAccount,
  LedgerCompany,
  LedgerCostCentre,
  LedgerCustomer,
  LedgerCustomerInput,
  LedgerErrorBody,
  LedgerPage,
  LedgerProject,
  LedgerProjectInput,
} from '../client.js';

export interface TemplateFakeState {
  company: LedgerCompany;
  customers: LedgerCustomer[];
  projects: LedgerProject[];
  costCentres: LedgerCostCentre[];
  accounts: LedgerAccount[];
}

/** A request in the fake's log: method, path without the query, query, status, parsed JSON body of writes. */
export type TemplateFakeRequest = FakeRequestRecord;

export interface TemplateFake extends FakeServer {
  /** The API key the fake accepts in X-Api-Key. */
  readonly apiKey: string;
  /** In-memory data; tests read it and seed it (`state.costCentres.push(...)`). */
  readonly state: TemplateFakeState;
  requests(): TemplateFakeRequest[];
}

export interface TemplateFakeOptions {
  /** Default "test-api-key". */
  apiKey?: string;
  /** Largest page the fake serves (and the default page size). Default 100; set it low to test paging. */
  pageSize?: number;
  /** Default 60 requests per 5000 ms, like the real API. */
  rateLimit?: { requests: number; perMs: number };
}

const PROJECT_NUMBER = /^[A-Za-z0-9ÅÄÖåäö_/+-]{1,20}$/;
const MAX_BODY_BYTES = 1_000_000;

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const errorBody = (code: string, message: string): LedgerErrorBody => ({ error: { code, message } });

export async function startTemplateFake(opts: TemplateFakeOptions = {}): Promise<TemplateFake> {
  const apiKey = opts.apiKey ?? 'test-api-key';
  const maxPageSize = opts.pageSize ?? 100;
  const limit = opts.rateLimit ?? { requests: 60, perMs: 5000 };
  const state: TemplateFakeState = {
    company: { name: 'Bygg & Rör i Norr AB', organisationNumber: '556677-8899' },
    customers: [],
    projects: [],
    costCentres: [],
    accounts: [],
  };
  const rateLimited = slidingWindow(limit);

  const nextId = (rows: { id: number }[]) => rows.reduce((max, r) => Math.max(max, r.id), 0) + 1;

  function page<T>(rows: T[], params: URLSearchParams): LedgerPage<T> {
    const pageNo = intParam(params, 'page', 1);
    const size = Math.min(intParam(params, 'pageSize', maxPageSize), maxPageSize);
    const totalPages = Math.max(1, Math.ceil(rows.length / size));
    return { data: rows.slice((pageNo - 1) * size, pageNo * size), page: pageNo, totalPages };
  }

  function route(method: string, path: string, params: URLSearchParams, body: unknown): { status: number; body: unknown } {
    const parts = path.split('/').filter(Boolean);
    const [resource, id, extra] = parts;
    if (extra !== undefined || resource === undefined) throw new ApiError(404, 'not_found', `No such endpoint: ${method} ${path}`);

    if (resource === 'company' && id === undefined) {
      if (method !== 'GET') throw methodNotAllowed(method, path);
      return { status: 200, body: state.company };
    }
    if (resource === 'cost-centres' && id === undefined) {
      if (method !== 'GET') throw methodNotAllowed(method, path);
      return { status: 200, body: page(state.costCentres, params) };
    }
    if (resource === 'accounts' && id === undefined) {
      if (method !== 'GET') throw methodNotAllowed(method, path);
      return { status: 200, body: page(state.accounts, params) };
    }
    if (resource === 'customers') return crud(method, path, id, params, body, state.customers, 'Customer', validateCustomer);
    if (resource === 'projects') return crud(method, path, id, params, body, state.projects, 'Project', validateProject);
    throw new ApiError(404, 'not_found', `No such endpoint: ${method} ${path}`);
  }

  function crud<T extends { id: number; number: string }>(
    method: string,
    path: string,
    id: string | undefined,
    params: URLSearchParams,
    body: unknown,
    rows: T[],
    noun: string,
    validate: (input: Record<string, unknown>) => Omit<T, 'id'>,
  ): { status: number; body: unknown } {
    if (id === undefined) {
      if (method === 'GET') {
        const number = params.get('number');
        return { status: 200, body: page(number === null ? rows : rows.filter((r) => r.number === number), params) };
      }
      if (method === 'POST') {
        const input = validate(asObject(body, noun));
        if (rows.some((r) => r.number === input.number)) throw new ApiError(409, 'conflict', `${noun} number ${input.number} already exists`);
        const row = { ...input, id: nextId(rows) } as T;
        rows.push(row);
        return { status: 201, body: row };
      }
      throw methodNotAllowed(method, path);
    }
    const index = rows.findIndex((r) => String(r.id) === id);
    if (index < 0) throw new ApiError(404, 'not_found', `${noun} ${id} not found`);
    const existing = rows[index]!;
    if (method === 'GET') return { status: 200, body: existing };
    if (method === 'PUT') {
      const { id: _ignored, ...current } = existing;
      const input = validate({ ...current, ...asObject(body, noun) });
      if (rows.some((r) => r.number === input.number && r.id !== existing.id))
        throw new ApiError(409, 'conflict', `${noun} number ${input.number} already exists`);
      const row = { ...input, id: existing.id } as T;
      rows[index] = row;
      return { status: 200, body: row };
    }
    if (method === 'DELETE') {
      rows.splice(index, 1);
      return { status: 204, body: undefined };
    }
    throw methodNotAllowed(method, path);
  }

  function handle({ method, path, url, headers, body }: FakeRequest): FakeResponse {
    const waitMs = rateLimited();
    if (waitMs !== null) {
      throw new ApiError(429, 'rate_limited', `Too many requests: at most ${limit.requests} per ${limit.perMs} ms`, {
        'retry-after': String(retryAfterSeconds(waitMs)),
      });
    }
    if (headers['x-api-key'] !== apiKey) {
      throw new ApiError(401, 'unauthorized', headers['x-api-key'] ? 'The API key is not valid' : 'The X-Api-Key header is missing');
    }
    return route(method, path, url.searchParams, body);
  }

  const server = await startFakeServer({
    handle,
    onError: (err) =>
      err instanceof ApiError
        ? { status: err.status, body: errorBody(err.code, err.message), headers: err.headers }
        : { status: 500, body: errorBody('internal', err instanceof Error ? err.message : String(err)) },
    injectedBody: (status) => errorBody('injected', `Injected failure (${status})`),
    invalidJson: () => ({ status: 400, body: errorBody('invalid_json', 'The request body is not valid JSON') }),
    maxBodyBytes: MAX_BODY_BYTES,
    bodyTooLarge: (max) => ({ status: 413, body: errorBody('too_large', `The request body exceeds ${max} bytes`) }),
  });

  return {
    url: server.url,
    apiKey,
    state,
    writes: server.writes,
    requests: server.requests,
    fail: server.fail,
    clearFailures: server.clearFailures,
    close: server.close,
  };
}

// ---------------------------------------------------------------------------------------------
// Validation, as the real API does it

function methodNotAllowed(method: string, path: string): ApiError {
  return new ApiError(405, 'method_not_allowed', `${method} is not allowed on ${path}`);
}

function intParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new ApiError(400, 'validation', `Query parameter ${name} must be a whole number of at least 1 (got "${raw}")`);
  return n;
}

function asObject(body: unknown, noun: string): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'validation', `The body must be a ${noun.toLowerCase()} object`);
  return body as Record<string, unknown>;
}

function text(input: Record<string, unknown>, field: string, opts: { required?: boolean; max?: number; label: string }): string | null {
  const v = input[field];
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
    if (opts.required) throw new ApiError(400, 'validation', `${opts.label} is required`);
    return null;
  }
  if (typeof v !== 'string') throw new ApiError(400, 'validation', `${opts.label} must be a string`);
  if (opts.max !== undefined && [...v].length > opts.max) throw new ApiError(400, 'validation', `${opts.label} may have at most ${opts.max} characters`);
  return v;
}

function bool(input: Record<string, unknown>, field: string, fallback: boolean): boolean {
  const v = input[field];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw new ApiError(400, 'validation', `${field} must be true or false`);
  return v;
}

function validateCustomer(input: Record<string, unknown>): LedgerCustomerInput {
  const number = text(input, 'number', { required: true, max: 20, label: 'Customer number' })!;
  const name = text(input, 'name', { required: true, max: 100, label: `Customer ${number}: name` })!;
  const type = input.type ?? 'company';
  if (type !== 'company' && type !== 'private') throw new ApiError(400, 'validation', `Customer ${number}: type must be "company" or "private"`);
  const address = (input.address ?? {}) as Record<string, unknown>;
  if (typeof address !== 'object' || Array.isArray(address)) throw new ApiError(400, 'validation', `Customer ${number}: address must be an object`);
  const email = text(input, 'email', { max: 100, label: `Customer ${number}: email` });
  if (email !== null && !/^[^\s@]+@[^\s@]+$/.test(email)) throw new ApiError(400, 'validation', `Customer ${number}: "${email}" is not an e-mail address`);
  const days = input.paymentTermsDays ?? null;
  if (days !== null && (typeof days !== 'number' || !Number.isInteger(days) || days < 0))
    throw new ApiError(400, 'validation', `Customer ${number}: paymentTermsDays must be a whole number of days`);
  return {
    number,
    name,
    type,
    identityNumber: text(input, 'identityNumber', { max: 20, label: `Customer ${number}: identityNumber` }),
    vatNumber: text(input, 'vatNumber', { max: 20, label: `Customer ${number}: vatNumber` }),
    address: {
      line1: text(address, 'line1', { max: 100, label: `Customer ${number}: address line 1` }),
      line2: text(address, 'line2', { max: 100, label: `Customer ${number}: address line 2` }),
      postcode: text(address, 'postcode', { max: 10, label: `Customer ${number}: postcode` }),
      city: text(address, 'city', { max: 50, label: `Customer ${number}: city` }),
      countryCode: text(address, 'countryCode', { max: 2, label: `Customer ${number}: country code` }) ?? 'SE',
    },
    phone: text(input, 'phone', { max: 30, label: `Customer ${number}: phone` }),
    mobile: text(input, 'mobile', { max: 30, label: `Customer ${number}: mobile` }),
    email,
    paymentTermsDays: days as number | null,
    reverseCharge: bool(input, 'reverseCharge', false),
    active: bool(input, 'active', true),
  };
}

function validateProject(input: Record<string, unknown>): LedgerProjectInput {
  const number = text(input, 'number', { required: true, label: 'Project number' })!;
  if (!PROJECT_NUMBER.test(number))
    throw new ApiError(400, 'validation', `Project number "${number}" is not valid: 1–20 characters of A–Ö, a–ö, 0–9 and _ / + -`);
  const name = text(input, 'name', { required: true, max: 50, label: `Project ${number}: name` })!;
  const status = input.status ?? 'active';
  if (status !== 'active' && status !== 'closed') throw new ApiError(400, 'validation', `Project ${number}: status must be "active" or "closed"`);
  const date = (field: string) => {
    const v = text(input, field, { label: `Project ${number}: ${field}` });
    if (v !== null && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new ApiError(400, 'validation', `Project ${number}: ${field} must be a date YYYY-MM-DD`);
    return v;
  };
  return {
    number,
    name,
    status,
    startDate: date('startDate'),
    endDate: date('endDate'),
    customerNumber: text(input, 'customerNumber', { max: 20, label: `Project ${number}: customerNumber` }),
    costCentre: text(input, 'costCentre', { max: 20, label: `Project ${number}: costCentre` }),
    projectLeader: text(input, 'projectLeader', { max: 100, label: `Project ${number}: projectLeader` }),
    parentNumber: text(input, 'parentNumber', { max: 20, label: `Project ${number}: parentNumber` }),
  };
}
