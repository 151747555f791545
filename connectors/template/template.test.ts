// Tests of the template connector: pure mappers and rules (tables), the manifest, the fake
// Ledger API over real HTTP, and the flows end to end against the fake with a small in-memory
// flow context (the SDK's conformance kit, tests/connectors/template-conformance.test.ts, runs the full contract).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  apiKeyAuth,
  createHttpClient,
  createRateLimiter,
  manifestIssues,
  settingsJsonSchema,
  type CustomerRecord,
  type DomainPorts,
  type EntityRef,
  type FlowContext,
  type IdMapping,
  type Outcome,
  type ProjectPartRecord,
  type ProjectRecord,
  type UpsertResult,
} from '@nordic-invoicing/connector-sdk';
import { ledgerErrorMessage, LedgerClient, type LedgerCustomerInput } from './client.js';
import { startTemplateFake, type TemplateFake } from './fake/server.js';
import connector, { settings as settingsSchema, type TemplateSettings } from './index.js';
import {
  accountUpsert,
  costCentreUpsert,
  customerPayload,
  isExportableProjectStatus,
  projectNumberMessage,
  projectNumberProblem,
  projectPartPayload,
  projectPartReference,
  projectPayload,
  projectStatus,
  truncate,
} from './mappers.js';

// ---------------------------------------------------------------------------------------------
// Fixtures

function customer(over: Partial<CustomerRecord> = {}): CustomerRecord {
  return {
    id: 'c1',
    number: '1001',
    type: 'COMPANY',
    name: 'Byggbolaget i Umeå AB',
    identityNumber: '556000-0001',
    vatNumber: 'SE556000000101',
    address1: 'Storgatan 1',
    address2: null,
    postcode: '903 25',
    city: 'Umeå',
    countryCode: 'SE',
    phone: '090-12 34 56',
    mobile: null,
    email: 'faktura@byggbolaget.se',
    paymentTermCode: '30',
    paymentTermDays: 30,
    reverseCharge: true,
    active: true,
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...over,
  };
}

function project(over: Partial<ProjectRecord> = {}): ProjectRecord {
  return {
    id: 'p1',
    number: '10000',
    name: 'Tak Storgatan 1',
    statusCode: 50,
    finishedAt: null,
    startDate: '2026-10-01',
    endDate: '2026-12-31',
    customerNumber: '1001',
    leader: { name: 'Anna Berg', email: 'anna@example.se', signature: 'AB' },
    costCentreCode: 'UME',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...over,
  };
}

function part(over: Partial<ProjectPartRecord> = {}): ProjectPartRecord {
  return {
    id: 'w1',
    kind: 'workOrder',
    projectId: 'p1',
    projectNumber: '10000',
    number: '1',
    fullNumber: '10000_1',
    name: 'Byte av hängrännor',
    statusCode: 50,
    startDate: null,
    createdAt: '2026-10-15T08:30:00.000Z',
    project: {
      startDate: '2026-10-01',
      endDate: '2026-12-31',
      statusCode: 50,
      leader: { name: 'Anna Berg', email: 'anna@example.se', signature: 'AB' },
      name: 'Tak Storgatan 1',
    },
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...over,
  };
}

// ---------------------------------------------------------------------------------------------
// Pure rules and mappers

describe('project number rule', () => {
  it.each([
    ['10000', null],
    ['10000_1', null],
    ['10000_Ä001', null],
    ['ÅÄÖ-åäö/+_09', null],
    ['A'.repeat(20), null],
    ['', 'it is empty'],
    ['A'.repeat(21), 'it has 21 characters, at most 20 are allowed'],
    ['10000.1', 'it contains "."; allowed are A–Ö, a–ö, 0–9 and _ / + -'],
    ['10 000', 'it contains space; allowed are A–Ö, a–ö, 0–9 and _ / + -'],
    ['Ü1#', 'it contains "Ü", "#"; allowed are A–Ö, a–ö, 0–9 and _ / + -'],
    ['1.2.3.4.5.6.7.8.9.10.11', 'it has 23 characters, at most 20 are allowed and it contains "."; allowed are A–Ö, a–ö, 0–9 and _ / + -'],
  ])('%j → %j', (number, problem) => {
    expect(projectNumberProblem(number)).toBe(problem);
  });

  it('builds the reported message', () => {
    expect(projectNumberMessage('10000')).toBeNull();
    expect(projectNumberMessage('10.5')).toBe('Project number "10.5" cannot be used: it contains "."; allowed are A–Ö, a–ö, 0–9 and _ / + -');
  });
});

describe('project status', () => {
  it.each([
    [0, false, 'active'],
    [39, false, 'active'],
    [40, true, 'active'],
    [89, true, 'active'],
    [90, false, 'closed'],
    [99, false, 'closed'],
  ] as const)('status %i: exported %s, remote %s', (code, exported, remote) => {
    expect(isExportableProjectStatus(code)).toBe(exported);
    expect(projectStatus(code)).toBe(remote);
  });
});

describe('truncate', () => {
  it.each([
    ['kort', 4, 'kort'],
    ['abcdef', 3, 'abc'],
    ['ÅÄÖåäö', 4, 'ÅÄÖå'],
    ['🏠🏢🏬', 2, '🏠🏢'],
    ['', 5, ''],
  ])('%j cut to %i → %j', (text, max, out) => {
    expect(truncate(text, max)).toBe(out);
  });
});

describe('customerPayload', () => {
  const base: LedgerCustomerInput = {
    number: '1001',
    name: 'Byggbolaget i Umeå AB',
    type: 'company',
    identityNumber: '556000-0001',
    vatNumber: 'SE556000000101',
    address: { line1: 'Storgatan 1', line2: null, postcode: '903 25', city: 'Umeå', countryCode: 'SE' },
    phone: '090-12 34 56',
    mobile: null,
    email: 'faktura@byggbolaget.se',
    paymentTermsDays: 30,
    reverseCharge: true,
    active: true,
  };
  it.each<[string, Partial<CustomerRecord>, Partial<LedgerCustomerInput>]>([
    ['a company', {}, {}],
    [
      'a private customer',
      { type: 'PRIVATE', identityNumber: '19800101-1234', vatNumber: null, reverseCharge: false },
      { type: 'private', identityNumber: '19800101-1234', vatNumber: null, reverseCharge: false },
    ],
    ['blank texts become null', { email: '  ', address2: '', mobile: ' 070-123 ' }, { email: null, mobile: '070-123' }],
    ['a name with spaces around', { name: '  Rör AB ' }, { name: 'Rör AB' }],
    ['no payment terms, inactive', { paymentTermDays: null, active: false }, { paymentTermsDays: null, active: false }],
    ['a foreign customer', { countryCode: 'NO', city: 'Oslo' }, { address: { ...base.address, countryCode: 'NO', city: 'Oslo' } }],
  ])('%s', (_, over, expected) => {
    expect(customerPayload(customer(over))).toEqual({ ...base, ...expected });
  });
});

describe('projectPayload', () => {
  it.each<[string, Partial<ProjectRecord>, Record<string, unknown>]>([
    [
      'an active project',
      {},
      { number: '10000', name: 'Tak Storgatan 1', status: 'active', customerNumber: '1001', costCentre: 'UME', projectLeader: 'Anna Berg', parentNumber: null },
    ],
    ['a closed project', { statusCode: 90 }, { status: 'closed' }],
    [
      'a long name is cut to 50',
      { name: 'Ombyggnad av kontor och lager, etapp 2, inklusive ventilation' },
      { name: 'Ombyggnad av kontor och lager, etapp 2, inklusive ' },
    ],
    [
      'no leader, no customer, no cost centre',
      { leader: null, customerNumber: null, costCentreCode: null },
      { projectLeader: null, customerNumber: null, costCentre: null },
    ],
    ['dates pass through', { startDate: null, endDate: '2027-01-31' }, { startDate: null, endDate: '2027-01-31' }],
  ])('%s', (_, over, expected) => {
    const out = projectPayload(project(over));
    expect(out).toMatchObject(expected);
    expect([...out.name].length).toBeLessThanOrEqual(50);
  });
});

describe('projectPartPayload', () => {
  it.each<[string, Partial<ProjectPartRecord>, Record<string, unknown>]>([
    [
      'a work order',
      {},
      {
        number: '10000_1',
        name: 'Byte av hängrännor',
        status: 'active',
        startDate: '2026-10-01',
        endDate: '2026-12-31',
        parentNumber: '10000',
        projectLeader: 'Anna Berg',
      },
    ],
    ['an ÄTA', { kind: 'changeOrder', number: 'Ä001', fullNumber: '10000_Ä001', name: 'Extra fönster' }, { number: '10000_Ä001', name: 'Extra fönster' }],
    ['its own start date first', { startDate: '2026-11-02' }, { startDate: '2026-11-02', endDate: '2026-12-31' }],
    [
      'no start date of its own or on the project: the day it was created',
      { project: { ...part().project, startDate: null, endDate: null } },
      { startDate: '2026-10-15', endDate: null },
    ],
    [
      'created just before midnight UTC: the Swedish day',
      { createdAt: '2026-10-15T23:30:00.000Z', project: { ...part().project, startDate: null } },
      { startDate: '2026-10-16' },
    ],
    ['no name of its own: the project name', { name: ' ' }, { name: 'Tak Storgatan 1' }],
    ['its own status decides', { statusCode: 95 }, { status: 'closed' }],
  ])('%s', (_, over, expected) => {
    expect(projectPartPayload(part(over))).toMatchObject(expected);
  });

  it.each([
    [{ kind: 'workOrder', fullNumber: '10000_1' }, 'Work order 10000_1'],
    [{ kind: 'changeOrder', fullNumber: '10000_Ä001' }, 'ÄTA 10000_Ä001'],
  ] as const)('reference %j → %s', (p, ref) => {
    expect(projectPartReference(p)).toBe(ref);
  });
});

describe('import mappers', () => {
  it.each([
    [
      { code: ' UME ', name: ' Umeå ', active: true },
      { code: 'UME', name: 'Umeå', active: true },
    ],
    [
      { code: 'LUL', name: 'Luleå', active: false },
      { code: 'LUL', name: 'Luleå', active: false },
    ],
  ])('cost centre %j', (remote, local) => {
    expect(costCentreUpsert(remote)).toEqual(local);
  });
  it.each([
    [
      { number: 3001, name: 'Försäljning ', active: true },
      { number: 3001, name: 'Försäljning', active: true },
    ],
    [
      { number: 4010, name: 'Material', active: false },
      { number: 4010, name: 'Material', active: false },
    ],
  ])('account %j', (remote, local) => {
    expect(accountUpsert(remote)).toEqual(local);
  });
  it.each([
    [{ error: { code: 'validation', message: 'Customer name is required' } }, 'Customer name is required'],
    [{ error: { code: 'x' } }, undefined],
    ['text', undefined],
    [undefined, undefined],
  ])('error message of %j', (body, message) => {
    expect(ledgerErrorMessage(body)).toBe(message);
  });
});

// ---------------------------------------------------------------------------------------------
// Manifest

describe('manifest', () => {
  it('passes manifestIssues()', () => {
    expect(manifestIssues(connector)).toEqual([]);
  });

  it('has the flows in order, with base flows and one optional flow', () => {
    expect(connector.flows.map((f) => [f.id, f.direction, f.entity, f.base])).toEqual([
      ['customer-export', 'export', 'customer', true],
      ['project-export', 'export', 'project', true],
      ['project-part-export', 'export', 'workOrder', false],
      ['cost-centre-import', 'import', 'costCentre', true],
      ['account-import', 'import', 'account', true],
    ]);
  });

  it('settings: defaults, validation and a described JSON Schema', () => {
    expect(settingsSchema.parse({})).toEqual({ baseUrl: 'https://api.ledger.example/v1', accountImportIncludeRenames: false });
    expect(settingsSchema.safeParse({ baseUrl: 'not a url' }).success).toBe(false);
    const schema = settingsJsonSchema(connector) as { properties: Record<string, { description?: string }> };
    for (const key of ['baseUrl', 'accountImportIncludeRenames']) expect(schema.properties[key]?.description).toBeTruthy();
  });

  it('http set-up: API key header, 60 per 5 s, Ledger error message', () => {
    const setup = connector.http(settingsSchema.parse({}));
    expect(setup.baseUrl).toBe('https://api.ledger.example/v1');
    expect(setup.auth.kind === 'headers' && setup.auth.headers({ apiKey: 'k1' })).toEqual({ 'X-Api-Key': 'k1' });
    expect(setup.rateLimit).toEqual({ requests: 60, perMs: 5000 });
    expect(setup.errorMessage?.({ error: { code: 'c', message: 'm' } }, 400)).toBe('m');
  });
});

// ---------------------------------------------------------------------------------------------
// The fake over real HTTP

describe('fake Ledger API', () => {
  let fake: TemplateFake;
  afterEach(async () => {
    await fake?.close();
  });

  const call = (method: string, path: string, o: { key?: string | null; body?: unknown } = {}) =>
    fetch(`${fake.url}${path}`, {
      method,
      headers: { ...(o.key === null ? {} : { 'X-Api-Key': o.key ?? fake.apiKey }), ...(o.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });

  const newCustomer = (over: Record<string, unknown> = {}) => ({ number: '1001', name: 'Rör AB', type: 'company', address: { countryCode: 'SE' }, ...over });

  it('refuses a missing or wrong API key with 401 in the error shape', async () => {
    fake = await startTemplateFake({ apiKey: 'secret' });
    for (const key of [null, 'wrong']) {
      const res = await call('GET', '/company', { key });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
    const ok = await call('GET', '/company', { key: 'secret' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ name: expect.any(String) });
  });

  it('pages lists with page/pageSize and totalPages', async () => {
    fake = await startTemplateFake({ pageSize: 2 });
    fake.state.costCentres.push(...['A', 'B', 'C', 'D', 'E'].map((code) => ({ code, name: `Centre ${code}`, active: true })));
    const pages = [];
    for (let page = 1; page <= 4; page++) pages.push(await (await call('GET', `/cost-centres?page=${page}&pageSize=100`)).json());
    expect(pages.map((p) => [p.page, p.totalPages, p.data.map((c: { code: string }) => c.code)])).toEqual([
      [1, 3, ['A', 'B']],
      [2, 3, ['C', 'D']],
      [3, 3, ['E']],
      [4, 3, []],
    ]);
    expect((await call('GET', '/cost-centres?page=0')).status).toBe(400);
    expect(await (await call('GET', '/accounts')).json()).toEqual({ data: [], page: 1, totalPages: 1 });
  });

  it('assigns ids, finds by number, validates, and answers 409 for a duplicate number', async () => {
    fake = await startTemplateFake();
    const created = await call('POST', '/customers', { body: newCustomer() });
    expect(created.status).toBe(201);
    const row = await created.json();
    expect(row).toMatchObject({ id: 1, number: '1001', name: 'Rör AB' });

    const dup = await call('POST', '/customers', { body: newCustomer({ name: 'Other' }) });
    expect(dup.status).toBe(409);
    expect(await dup.json()).toEqual({ error: { code: 'conflict', message: 'Customer number 1001 already exists' } });

    const noName = await call('POST', '/customers', { body: newCustomer({ number: '1002', name: '' }) });
    expect(noName.status).toBe(400);
    expect((await noName.json()).error.message).toBe('Customer 1002: name is required');

    const found = await (await call('GET', '/customers?number=1001')).json();
    expect(found.data).toHaveLength(1);
    expect((await (await call('GET', '/customers?number=9999')).json()).data).toEqual([]);

    const updated = await call('PUT', `/customers/${row.id}`, { body: { ...newCustomer(), name: 'Rör & Värme AB' } });
    expect(updated.status).toBe(200);
    expect(fake.state.customers).toEqual([expect.objectContaining({ id: 1, name: 'Rör & Värme AB' })]);
    expect((await call('PUT', '/customers/99', { body: newCustomer() })).status).toBe(404);

    const badProject = await call('POST', '/projects', { body: { number: '10.1', name: 'X', status: 'active' } });
    expect(badProject.status).toBe(400);
    const longName = await call('POST', '/projects', { body: { number: '10001', name: 'x'.repeat(51), status: 'active' } });
    expect(longName.status).toBe(400);
    expect((await call('POST', '/projects', { body: { number: '10001', name: 'Ok', status: 'active' } })).status).toBe(201);
    expect((await call('POST', '/projects', { body: { number: '10001', name: 'Again', status: 'active' } })).status).toBe(409);

    expect(fake.writes()).toBe(3);
    expect(
      fake
        .requests()
        .filter((r) => r.method === 'POST')
        .map((r) => r.status),
    ).toEqual([201, 409, 400, 400, 400, 201, 409]);
  });

  it('injected failures match method, path and body, take precedence, and run out after `times`', async () => {
    fake = await startTemplateFake();
    fake.fail({
      method: 'POST',
      path: '/customers',
      body: (b) => (b as { number?: string }).number === '1002',
      status: 422,
      response: { error: { code: 'blocked', message: 'Customer 1002 is blocked' } },
      times: 1,
    });
    fake.fail({ path: /^\/accounts$/, status: 503 });

    expect((await call('POST', '/customers', { body: newCustomer() })).status).toBe(201);
    const blocked = await call('POST', '/customers', { body: newCustomer({ number: '1002' }) });
    expect(blocked.status).toBe(422);
    expect(await blocked.json()).toEqual({ error: { code: 'blocked', message: 'Customer 1002 is blocked' } });
    expect((await call('POST', '/customers', { body: newCustomer({ number: '1002' }) })).status).toBe(201);
    // Precedence: even without an API key the injected failure answers.
    expect((await call('GET', '/accounts', { key: null })).status).toBe(503);
    fake.clearFailures();
    expect((await call('GET', '/accounts')).status).toBe(200);
    expect(fake.writes()).toBe(2);
  });

  it('rate limits with 429 and Retry-After', async () => {
    fake = await startTemplateFake({ rateLimit: { requests: 3, perMs: 2000 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await call('GET', '/company'));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    const limited = statuses[3]!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(2);
    expect((await limited.json()).error.code).toBe('rate_limited');
  });

  it('the HTTP toolkit waits out a 429 (Retry-After) and gets through', async () => {
    fake = await startTemplateFake();
    fake.fail({
      method: 'GET',
      path: '/company',
      status: 429,
      headers: { 'retry-after': '0' },
      response: { error: { code: 'rate_limited', message: 'Slow down' } },
      times: 2,
    });
    const http = createHttpClient({ baseUrl: fake.url, auth: apiKeyAuth({ 'X-Api-Key': fake.apiKey }), retry: { baseDelayMs: 1 } });
    expect((await new LedgerClient(http).company()).name).toBeTruthy();
    expect(fake.requests().map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('LedgerClient.listAll follows every page', async () => {
    fake = await startTemplateFake({ pageSize: 3 });
    fake.state.accounts.push(...Array.from({ length: 10 }, (_, i) => ({ number: 3000 + i, name: `Konto ${i}`, active: true })));
    const http = createHttpClient({ baseUrl: fake.url, auth: apiKeyAuth({ 'X-Api-Key': fake.apiKey }) });
    const accounts = await new LedgerClient(http).accounts();
    expect(accounts.map((a) => a.number)).toEqual(Array.from({ length: 10 }, (_, i) => 3000 + i));
    expect(fake.requests().map((r) => new URLSearchParams(r.query).get('page'))).toEqual(['1', '2', '3', '4']);
  });
});

// ---------------------------------------------------------------------------------------------
// Flows end to end against the fake, with an in-memory flow context

interface Harness {
  ctx(
    flowId: string,
    o?: { dryRun?: boolean; settings?: Partial<TemplateSettings> },
  ): FlowContext<TemplateSettings> & { counts: Partial<Record<Outcome, number>>; errors: { entity: EntityRef; message: string }[] };
  ids: Map<string, IdMapping>;
  data: { customers: CustomerRecord[]; projects: ProjectRecord[]; parts: ProjectPartRecord[] };
  upserts: { costCentres: unknown[]; accounts: { items: unknown[]; options: unknown }[] };
  run(flowId: string, o?: { dryRun?: boolean; settings?: Partial<TemplateSettings> }): Promise<ReturnType<Harness['ctx']>>;
}

function harness(fake: TemplateFake): Harness {
  const ids = new Map<string, IdMapping>();
  const checkpoints = new Map<string, unknown>();
  const data = { customers: [] as CustomerRecord[], projects: [] as ProjectRecord[], parts: [] as ProjectPartRecord[] };
  const upserts = { costCentres: [] as unknown[], accounts: [] as { items: unknown[]; options: unknown }[] };
  const upserted = (n: number): UpsertResult => ({ created: n, updated: 0, unchanged: 0, issues: [] });
  // Only the ports the template's flows use; the rest of DomainPorts is not reached in these tests.
  const domain = {
    customers: { changed: async () => ({ items: data.customers, next: 'cp-customers' }), byNumbers: async () => [] },
    projects: { changed: async () => ({ items: data.projects, next: 'cp-projects' }), byNumbers: async () => [] },
    projectParts: { changed: async () => ({ items: data.parts, next: 'cp-parts' }) },
    costCentres: {
      upsert: async (items: readonly unknown[]) => {
        upserts.costCentres.push(...items);
        return { ...upserted(items.length - 1), issues: [{ reference: 'Cost centre BAD', message: 'Code is too long' }] };
      },
    },
    accounts: {
      upsert: async (items: readonly unknown[], options?: unknown) => {
        upserts.accounts.push({ items: [...items], options });
        return upserted(items.length);
      },
    },
  } as unknown as DomainPorts;

  const ctx: Harness['ctx'] = (flowId, o = {}) => {
    const settings = settingsSchema.parse({ baseUrl: fake.url, ...o.settings });
    const setup = connector.http(settings);
    const auth = setup.auth.kind === 'headers' ? apiKeyAuth(setup.auth.headers({ apiKey: fake.apiKey })) : undefined;
    const http = createHttpClient({
      baseUrl: setup.baseUrl,
      auth,
      rateLimit: setup.rateLimit ? createRateLimiter(setup.rateLimit) : undefined,
      errorMessage: setup.errorMessage,
      dryRun: o.dryRun ?? false,
      retry: { baseDelayMs: 1 },
    });
    const counts: Partial<Record<Outcome, number>> = {};
    const errors: { entity: EntityRef; message: string }[] = [];
    const key = (t: string, id: string) => `${t}:${id}`;
    return {
      connectionId: 'conn-1',
      flowId,
      settings,
      dryRun: o.dryRun ?? false,
      now: new Date('2026-11-22T10:00:00Z'),
      signal: new AbortController().signal,
      http,
      log: { debug() {}, info() {}, warn() {}, error() {} },
      domain,
      ids: {
        get: async (t, id) => ids.get(key(t, id)) ?? null,
        getMany: async (t, localIds) => new Map(localIds.flatMap((id) => (ids.has(key(t, id)) ? [[id, ids.get(key(t, id))!] as const] : []))),
        findByRemote: async () => null,
        set: async (t, localId, remoteId, hash) => {
          if (!o.dryRun) ids.set(key(t, localId), { localId, remoteId, hash });
        },
        delete: async (t, id) => {
          ids.delete(key(t, id));
        },
      },
      checkpoint: {
        get: async <T>() => (checkpoints.get(flowId) ?? null) as T | null,
        set: async (v) => {
          if (!o.dryRun) checkpoints.set(flowId, v);
        },
      },
      reportError: (entity, message) => errors.push({ entity, message }),
      count: (outcome, n = 1) => {
        counts[outcome] = (counts[outcome] ?? 0) + n;
      },
      plan: () => {},
      hash: (payload) => JSON.stringify(payload),
      only: null,
      // The template's flows write no files.
      files: {
        save: async () => {
          throw new Error('the template writes no files');
        },
        count: async () => 0,
      },
      counts,
      errors,
    };
  };
  return {
    ctx,
    ids,
    data,
    upserts,
    async run(flowId, o) {
      const flow = connector.flows.find((f) => f.id === flowId)!;
      const c = ctx(flowId, o);
      await flow.run(c);
      return c;
    },
  };
}

describe('flows against the fake', () => {
  let fake: TemplateFake;
  let h: Harness;
  beforeEach(async () => {
    fake = await startTemplateFake({ pageSize: 2 });
    h = harness(fake);
  });
  afterEach(async () => {
    await fake.close();
  });

  it('check(): ok with the right key, ok: false with the remote message otherwise', async () => {
    const check = (apiKey: string) =>
      connector.check({
        settings: settingsSchema.parse({ baseUrl: fake.url }),
        http: createHttpClient({ baseUrl: fake.url, auth: apiKeyAuth({ 'X-Api-Key': apiKey }) }),
        log: console,
      });
    expect(await check(fake.apiKey)).toEqual({ ok: true, message: expect.stringContaining(fake.state.company.name) });
    expect(await check('wrong')).toEqual({ ok: false, message: 'The API key was refused: The API key is not valid' });
  });

  it('customer-export: creates, then sends nothing again; a rejected customer is reported with its reference', async () => {
    h.data.customers = [customer(), customer({ id: 'c2', number: '1002', name: '' }), customer({ id: 'c3', number: '1003', name: 'Måleri Nord AB' })];
    const first = await h.run('customer-export');
    expect(first.counts).toEqual({ created: 2, failed: 1 });
    expect(first.errors).toEqual([{ entity: { type: 'customer', id: 'c2', reference: 'Customer 1002' }, message: 'Customer 1002: name is required' }]);
    expect(fake.state.customers.map((c) => c.number)).toEqual(['1001', '1003']);
    expect(await first.checkpoint.get()).toBe('cp-customers');

    const writes = fake.writes();
    const second = await h.run('customer-export');
    expect(second.counts).toEqual({ unchanged: 2, failed: 1 });
    expect(fake.writes()).toBe(writes + 0);
  });

  it('customer-export: a lost id map (crash after the remote create) finds the customer instead of creating it twice', async () => {
    h.data.customers = [customer()];
    await h.run('customer-export');
    h.ids.clear();
    h.data.customers = [customer({ name: 'Byggbolaget i Umeå AB (nytt namn)' })];
    const again = await h.run('customer-export');
    expect(again.counts).toEqual({ updated: 1 });
    expect(again.errors).toEqual([]);
    expect(fake.state.customers).toEqual([expect.objectContaining({ id: 1, name: 'Byggbolaget i Umeå AB (nytt namn)' })]);
    expect(fake.requests().filter((r) => r.status === 409)).toEqual([]);
  });

  it('customer-export: a first export of many customers lists Ledger once instead of a lookup each; after a lost id map (a crash after the remote creates) the listing finds them and none is created twice', async () => {
    h.data.customers = Array.from({ length: 25 }, (_, i) => customer({ id: `c${i}`, number: String(2000 + i), name: `Kund ${i}` }));
    fake.state.customers.push({ ...customerPayload(customer({ number: '2003', name: 'Kund 3' })), id: 99 });
    const first = await h.run('customer-export');
    expect(first.counts).toEqual({ created: 24, updated: 1 });
    const requests = fake.requests();
    expect(requests.filter((r) => r.method === 'GET' && r.query.includes('number='))).toEqual([]);
    // One page (Ledger holds one customer yet), then one write per customer.
    expect(requests.filter((r) => r.method === 'GET').length).toBe(1);
    expect(requests.filter((r) => r.method !== 'GET').length).toBe(25);

    // The id map lost (as a crash between the remote creates and their id-map writes leaves it), and 20 new customers: the next run lists again.
    h.ids.clear();
    h.data.customers = [...h.data.customers, ...Array.from({ length: 20 }, (_, i) => customer({ id: `n${i}`, number: String(3000 + i), name: `Ny ${i}` }))];
    const before = fake.state.customers.length;
    const reads = fake.requests().filter((r) => r.method === 'GET').length;
    const again = await h.run('customer-export');
    // 25 customers in Ledger: 13 pages of 2 (the fake's page size here), no lookup one by one.
    expect(fake.requests().filter((r) => r.method === 'GET').length - reads).toBe(13);
    expect(again.counts).toEqual({ updated: 25, created: 20 });
    expect(fake.state.customers.length).toBe(before + 20);
    expect(new Set(fake.state.customers.map((c) => c.number)).size).toBe(fake.state.customers.length);
  });

  it('customer-export with few unknown customers looks each up instead of listing', async () => {
    h.data.customers = [customer(), customer({ id: 'c2', number: '1002' })];
    await h.run('customer-export');
    expect(fake.requests().filter((r) => r.method === 'GET' && r.query.includes('number='))).toHaveLength(2);
  });

  it('customer-export in a dry run writes nothing', async () => {
    h.data.customers = [customer(), customer({ id: 'c2', number: '1002' })];
    const dry = await h.run('customer-export', { dryRun: true });
    expect(dry.counts).toEqual({ created: 2 });
    expect(fake.writes()).toBe(0);
    expect(dry.http.planned.map((p) => p.method)).toEqual(['POST', 'POST']);
  });

  it('project-export: 40–89 exported, others skipped, bad numbers reported, names cut, sent projects closed at 90', async () => {
    h.data.projects = [
      project(),
      project({ id: 'p2', number: '10001', statusCode: 30 }),
      project({ id: 'p3', number: '10002', statusCode: 90 }),
      project({ id: 'p4', number: '10.003' }),
      project({ id: 'p5', number: '10004', name: 'N'.repeat(80) }),
    ];
    const first = await h.run('project-export');
    expect(first.counts).toEqual({ created: 2, skipped: 2, failed: 1 });
    expect(first.errors).toEqual([
      {
        entity: { type: 'project', id: 'p4', reference: 'Project 10.003' },
        message: 'Project number "10.003" cannot be used: it contains "."; allowed are A–Ö, a–ö, 0–9 and _ / + -',
      },
    ]);
    expect(fake.state.projects.map((p) => [p.number, p.status, p.name.length])).toEqual([
      ['10000', 'active', 15],
      ['10004', 'active', 50],
    ]);

    h.data.projects = [project({ statusCode: 90, finishedAt: '2026-11-20T00:00:00Z' })];
    const closing = await h.run('project-export');
    expect(closing.counts).toEqual({ updated: 1 });
    expect(fake.state.projects[0]).toMatchObject({ number: '10000', status: 'closed' });
  });

  it('project-part-export: below 90 only; numbered 10000_1 / 10000_Ä001', async () => {
    h.data.parts = [
      part(),
      part({ id: 'a1', kind: 'changeOrder', number: 'Ä001', fullNumber: '10000_Ä001', name: 'Extra fönster' }),
      part({ id: 'w2', number: '2', fullNumber: '10000_2', statusCode: 90 }),
    ];
    const on = await h.run('project-part-export');
    expect(on.counts).toEqual({ created: 2, skipped: 1 });
    expect(fake.state.projects.map((p) => [p.number, p.parentNumber])).toEqual([
      ['10000_1', '10000'],
      ['10000_Ä001', '10000'],
    ]);
    expect(h.ids.has('changeOrder:a1')).toBe(true);
  });

  it("cost-centre-import reads every page and reports the port's issues with references", async () => {
    fake.state.costCentres.push(...['UME', 'LUL', 'SKE', 'BAD'].map((code) => ({ code, name: `Ort ${code}`, active: true })));
    const c = await h.run('cost-centre-import');
    expect(h.upserts.costCentres).toHaveLength(4);
    expect(c.counts).toEqual({ created: 3, failed: 1 });
    expect(c.errors).toEqual([{ entity: { type: 'costCentre', reference: 'Cost centre BAD' }, message: 'Code is too long' }]);
  });

  it('account-import passes the rename setting to the port', async () => {
    fake.state.accounts.push(
      { number: 1910, name: 'Kassa', active: true },
      { number: 3001, name: 'Försäljning', active: true },
      { number: 4010, name: 'Material', active: true },
    );
    await h.run('account-import');
    await h.run('account-import', { settings: { accountImportIncludeRenames: true } });
    expect(h.upserts.accounts.map((u) => [u.items.length, u.options])).toEqual([
      [3, { rename: false }],
      [3, { rename: true }],
    ]);
  });

  it('a 5xx that outlasts the retries stops the flow (it is not an entity error)', async () => {
    h.data.customers = [customer()];
    fake.fail({ method: 'GET', path: '/customers', status: 503 });
    await expect(h.run('customer-export')).rejects.toMatchObject({ status: 503 });
  });
});
