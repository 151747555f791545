// The contract checker: what a real API would refuse or silently ignore is caught, what it accepts passes.
import { describe, expect, it } from 'vitest';
import { type ApiContract, contractChecker, formatContractIssues } from '../src/contract.js';

const contract: ApiContract = {
  source: 'test-api.json (Test API 1)',
  operations: [
    {
      method: 'POST',
      path: '/3/projects',
      query: [],
      request: { $ref: '#/definitions/ProjectWrap' },
      responses: { '201': { $ref: '#/definitions/ProjectWrap' }, default: { $ref: '#/definitions/Error' } },
    },
    { method: 'GET', path: '/3/projects/{ProjectNumber}', query: [], request: null, responses: { '200': { $ref: '#/definitions/ProjectWrap' } } },
    {
      method: 'GET',
      path: '/3/projects/sublist',
      query: ['filter'],
      request: null,
      responses: { '200': { type: 'object', properties: { n: { type: 'integer' } } } },
    },
    {
      method: 'POST',
      path: '/v2/drafts',
      query: [],
      request: { $ref: '#/definitions/Draft' },
      responses: { '201': { $ref: '#/definitions/Draft' } },
    },
  ],
  definitions: {
    ProjectWrap: { type: 'object', properties: { Project: { $ref: '#/definitions/Project' } } },
    Project: {
      type: 'object',
      required: ['Description'],
      properties: {
        '@url': { type: 'string', readOnly: true },
        ProjectNumber: { type: 'string', maxLength: 20 },
        Description: { type: 'string', maxLength: 50 },
        Status: { type: 'string', enum: ['NOTSTARTED', 'ONGOING', 'COMPLETED'] },
        StartDate: { type: 'string', format: 'date' },
        Comments: { type: 'string', nullable: true },
      },
    },
    Draft: {
      type: 'object',
      properties: {
        Id: { type: 'string', format: 'uuid', readOnly: true },
        InvoiceDate: { type: 'string', format: 'date-time' },
        Attachments: { type: 'array', items: { type: 'string', format: 'uuid' }, readOnly: true },
        Rows: { type: 'array', items: { $ref: '#/definitions/Row' } },
      },
    },
    Row: { type: 'object', properties: { Text: { type: 'string' }, VatRateId: { type: 'string', readOnly: true } } },
    Error: { type: 'object', properties: { ErrorInformation: { type: 'object', properties: { message: { type: 'string' }, code: { type: 'integer' } } } } },
  },
};

const check = contractChecker(contract);
const request = (path: string, body: unknown, method = 'POST') => check.checkRequest({ method, path, body });

describe('contract checks', () => {
  it('accepts a request the API documents', () => {
    expect(request('/3/projects', { Project: { ProjectNumber: '10000', Description: 'Kv. Björken', Status: 'ONGOING', StartDate: '2026-12-01' } })).toEqual([]);
    expect(request('/v2/drafts', { InvoiceDate: '2026-11-02T00:00:00', Rows: [{ Text: 'Arbete' }] })).toEqual([]);
    expect(request('/v2/drafts', { InvoiceDate: '2026-11-02T00:00:00+01:00' })).toEqual([]);
  });

  it.each([
    ['a misspelt field', { Project: { Description: 'X', Descripton: 'X' } }, 'request body /Project: has unknown property "Descripton"'],
    ['an over-long name', { Project: { Description: 'x'.repeat(51) } }, 'request body /Project/Description: must NOT have more than 50 characters'],
    [
      'a value outside the enum',
      { Project: { Description: 'X', Status: 'ACTIVE' } },
      'request body /Project/Status: must be one of ["NOTSTARTED","ONGOING","COMPLETED"]',
    ],
    ['a null where the schema allows none', { Project: { Description: 'X', ProjectNumber: null } }, 'request body /Project/ProjectNumber: must be string'],
    ['a missing required field', { Project: {} }, "request body /Project: must have required property 'Description'"],
    ['a read-only property', { Project: { Description: 'X', '@url': 'https://x' } }, 'request body /Project/@url: is read-only or not accepted here'],
    ['a date that is no date', { Project: { Description: 'X', StartDate: '2026-13-01' } }, 'request body /Project/StartDate: must match format "date"'],
  ])('catches %s', (_what, body, expected) => {
    expect(formatContractIssues(request('/3/projects', body))).toBe(expected);
  });

  it('allows null where the schema says nullable', () => {
    expect(request('/3/projects', { Project: { Description: 'X', Comments: null } })).toEqual([]);
  });

  it('catches a bare date for a date-time and read-only properties deep in a body', () => {
    expect(formatContractIssues(request('/v2/drafts', { InvoiceDate: '2026-11-02' }))).toBe('request body /InvoiceDate: must match format "date-time"');
    const issues = request('/v2/drafts', { Attachments: ['6f1c1a2e-1111-4a4a-8a8a-000000000001'], Rows: [{ Text: 'A', VatRateId: 'x' }] });
    expect(issues.map((i) => i.where)).toEqual(['request body /Attachments', 'request body /Rows/0/VatRateId']);
  });

  it('finds the operation, literal segments before parameters, and refuses undocumented ones and query parameters', () => {
    expect(check.operation('GET', '/3/projects/sublist')?.path).toBe('/3/projects/sublist');
    expect(check.operation('GET', '/3/projects/10000')?.path).toBe('/3/projects/{ProjectNumber}');
    expect(check.operation('get', '/3/projects/10000?x=1')?.path).toBe('/3/projects/{ProjectNumber}');
    expect(check.checkRequest({ method: 'DELETE', path: '/3/projects/1' })).toEqual([
      { where: 'operation', message: 'DELETE /3/projects/1 is not an operation of test-api.json (Test API 1)' },
    ]);
    expect(check.checkRequest({ method: 'GET', path: '/3/projects/sublist', query: new URLSearchParams('filter=a&supplierinvoicenumber=1') })).toEqual([
      { where: 'query supplierinvoicenumber', message: 'is not a parameter of GET /3/projects/sublist' },
    ]);
    expect(check.checkRequest({ method: 'POST', path: '/3/projects' })).toEqual([{ where: 'request body', message: 'POST /3/projects requires a body' }]);
  });

  it('counts a body that is not JSON (multipart, binary) as present without checking it', () => {
    expect(check.checkRequest({ method: 'POST', path: '/3/projects', opaqueBody: true })).toEqual([]);
    expect(check.checkRequest({ method: 'GET', path: '/3/projects/1', opaqueBody: true })).toEqual([]);
    expect(check.checkRequest({ method: 'POST', path: '/3/projects' })).toEqual([{ where: 'request body', message: 'POST /3/projects requires a body' }]);
  });

  it('checks responses: documented statuses and bodies (read-only properties belong there), errors against "default"', () => {
    expect(
      check.checkResponse({ method: 'POST', path: '/3/projects', status: 201, body: { Project: { Description: 'X', '@url': 'https://x/3/projects/1' } } }),
    ).toEqual([]);
    expect(check.checkResponse({ method: 'POST', path: '/3/projects', status: 200, body: {} })).toEqual([
      { where: 'response 200', message: 'is not a documented status of POST /3/projects (201, default)' },
    ]);
    expect(check.checkResponse({ method: 'POST', path: '/3/projects', status: 400, body: { ErrorInformation: { message: 'Fel', code: '2000' } } })).toEqual([
      { where: 'response 400 /ErrorInformation/code', message: 'must be integer' },
    ]);
    expect(check.checkResponse({ method: 'GET', path: '/3/projects/sublist', status: 200, body: { n: 1, extra: true } })).toEqual([
      { where: 'response 200', message: 'has unknown property "extra"' },
    ]);
  });
});
