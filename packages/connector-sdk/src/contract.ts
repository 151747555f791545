// Contract checks against a remote API's published specification, for fakes and tests: is this
// request one the API documents, with a body its schema accepts, and is this response one it
// documents? A contract is a neutral subset of the vendor's OpenAPI 3 or Swagger 2 document (the
// operations a connector uses and the schemas they reach, structure only: no descriptions),
// derived by the API repository's `npm run contracts` and committed beside the connector.
//
// The checks are strict where a real API is strict or silently lenient: an unknown property is an
// error (a misspelt field would be dropped by the real API), `null` is an error unless the schema
// allows it, a property the spec marks read-only is an error in a request (the real API ignores
// it, so what it was meant to do silently does not happen), and enums, required properties,
// lengths, patterns and formats are checked. Validation is Ajv's (JSON Schema), not hand-written.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';

/** A JSON Schema object (draft-07 keywords plus OpenAPI's `nullable`, `readOnly`, `writeOnly`). */
export type JsonSchema = { [key: string]: unknown };

export interface ContractOperation {
  method: string;
  /** The documented path, with `{parameters}`. */
  path: string;
  /** Names of the query parameters it documents. */
  query: string[];
  /** The request body's schema, or null when it takes none. */
  request: JsonSchema | null;
  /** Response schemas by status ("200", "201", "default"); null: documented without a body. */
  responses: Record<string, JsonSchema | null>;
}

export interface ApiContract {
  /** Which specification it was derived from (file and version), for messages. */
  source: string;
  /** What the contract adds to the published document (what the API does that the document leaves out), each as its reason. */
  additions?: string[];
  operations: ContractOperation[];
  /** Named schemas, referenced as `#/definitions/<name>`. */
  definitions: Record<string, JsonSchema>;
}

export interface ContractIssue {
  /** "request body /Invoice/DueDate", "response 201 /Customer/Name", "query supplierinvoicenumber", "operation". */
  where: string;
  message: string;
}

export interface ContractChecker {
  readonly source: string;
  /** The documented operation a request matches (literal path segments win over parameters), or null. */
  operation(method: string, path: string): ContractOperation | null;
  /** What is wrong with a request (unknown operation, undocumented query parameters, body). */
  checkRequest(req: {
    method: string;
    path: string;
    query?: URLSearchParams | Record<string, unknown>;
    body?: unknown;
    /** The request has a body that is not JSON (multipart, binary): it counts as present, its content is not checked. */
    opaqueBody?: boolean;
  }): ContractIssue[];
  /** What is wrong with a response (undocumented status, body). */
  checkResponse(res: { method: string; path: string; status: number; body?: unknown }): ContractIssue[];
}

// ajv-formats is CommonJS with `exports.default`: Node's ESM import gives the exports object (the
// plugin under `default`), a bundler's interop the plugin itself. The types know only the first.
const addFormats: FormatsPlugin = (addFormatsModule as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin);

type Mode = 'request' | 'response';

const OBJECT_KEYWORDS = ['properties', 'additionalProperties'];

/**
 * The schema as plain JSON Schema for one direction: `nullable` becomes a `null` type, objects
 * without `additionalProperties` are closed, and read-only properties are forbidden in requests
 * (write-only ones in responses).
 */
function toJsonSchema(schema: unknown, mode: Mode): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, mode));
  if (schema === null || typeof schema !== 'object') return schema;
  const src = schema as JsonSchema;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === 'nullable' || k === 'readOnly' || k === 'writeOnly') continue;
    if (k === 'properties' && v && typeof v === 'object') {
      const props: JsonSchema = {};
      for (const [name, prop] of Object.entries(v as JsonSchema)) {
        const p = prop as JsonSchema;
        const hidden = mode === 'request' ? p?.readOnly === true : p?.writeOnly === true;
        props[name] = hidden ? false : toJsonSchema(p, mode);
      }
      out.properties = props;
    } else if (k === 'required' && Array.isArray(v)) {
      const props = (src.properties ?? {}) as Record<string, JsonSchema>;
      out.required = v.filter((name) => !(mode === 'request' ? props[name]?.readOnly === true : props[name]?.writeOnly === true));
    } else {
      out[k] = toJsonSchema(v, mode);
    }
  }
  if (src.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (out.$ref || out.allOf || out.oneOf || out.anyOf) return { anyOf: [out, { type: 'null' }] };
  }
  const isObject = out.type === 'object' || (out.type === undefined && OBJECT_KEYWORDS.some((kw) => kw in out));
  if (isObject && out.properties && !('additionalProperties' in out) && !out.allOf && !out.oneOf && !out.anyOf) out.additionalProperties = false;
  return out;
}

/**
 * Local date-times as the accounting APIs write them ("2026-11-02T00:00:00", with or without a
 * zone): RFC 3339 (ajv-formats) requires the zone. A bare date is not one.
 */
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,7})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;

function createAjv(contract: ApiContract, mode: Mode): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('date-time', DATE_TIME);
  ajv.addSchema({ $id: 'contract', definitions: toJsonSchema(contract.definitions, mode) as JsonSchema }, 'contract');
  return ajv;
}

/** Relative `#/definitions/X` references resolved against the contract's schema store. */
function anchored(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', '"contract#/definitions/')) as JsonSchema;
}

function describeError(e: ErrorObject): string {
  if (e.keyword === 'false schema') return 'is read-only or not accepted here';
  if (e.keyword === 'additionalProperties') return `has unknown property "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'enum') return `must be one of ${JSON.stringify(e.params.allowedValues)}`;
  return e.message ?? e.keyword;
}

function issuesOf(where: string, validate: ValidateFunction, value: unknown): ContractIssue[] {
  if (validate(value)) return [];
  const seen = new Set<string>();
  const out: ContractIssue[] = [];
  for (const e of validate.errors ?? []) {
    // anyOf/oneOf add a summary error after their branches' errors; the branches say more.
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    const issue = { where: `${where}${e.instancePath}`, message: describeError(e) };
    const key = `${issue.where} ${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}

function pathPattern(path: string): { re: RegExp; literals: number } {
  const parts = path.split('/').filter(Boolean);
  const re = new RegExp(`^/${parts.map((p) => (/^\{[^}]+\}$/.test(p) ? '[^/]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}/?$`, 'i');
  return { re, literals: parts.filter((p) => !p.startsWith('{')).length };
}

/** A checker for one contract (compiles its schemas once). */
export function contractChecker(contract: ApiContract): ContractChecker {
  const ajv = { request: createAjv(contract, 'request'), response: createAjv(contract, 'response') };
  const compiled = new Map<JsonSchema, ValidateFunction>();
  const validator = (schema: JsonSchema, mode: Mode) => {
    let v = compiled.get(schema);
    if (!v) {
      v = ajv[mode].compile(anchored(toJsonSchema(schema, mode) as JsonSchema));
      compiled.set(schema, v);
    }
    return v;
  };
  const ops = contract.operations.map((op) => ({ op, ...pathPattern(op.path) })).sort((a, b) => b.literals - a.literals || a.op.path.length - b.op.path.length);
  const operation = (method: string, path: string) =>
    ops.find((o) => o.op.method.toUpperCase() === method.toUpperCase() && o.re.test(path.split('?')[0]!))?.op ?? null;

  return {
    source: contract.source,
    operation,
    checkRequest({ method, path, query, body, opaqueBody }) {
      const op = operation(method, path);
      if (!op) return [{ where: 'operation', message: `${method.toUpperCase()} ${path} is not an operation of ${contract.source}` }];
      const issues: ContractIssue[] = [];
      const names = query instanceof URLSearchParams ? [...new Set(query.keys())] : Object.keys(query ?? {});
      for (const name of names) {
        if (!op.query.some((q) => q.toLowerCase() === name.toLowerCase())) {
          issues.push({ where: `query ${name}`, message: `is not a parameter of ${op.method.toUpperCase()} ${op.path}` });
        }
      }
      // A multipart or binary body counts as present; it is not checked against a JSON schema.
      if (op.request && !opaqueBody) {
        if (body === undefined) issues.push({ where: 'request body', message: `${op.method.toUpperCase()} ${op.path} requires a body` });
        else issues.push(...issuesOf('request body ', validator(op.request, 'request'), body));
      } else if (!op.request && (body !== undefined || opaqueBody) && method.toUpperCase() !== 'GET') {
        issues.push({ where: 'request body', message: `${op.method.toUpperCase()} ${op.path} takes no body` });
      }
      return issues.map((i) => ({ ...i, where: i.where.trimEnd() }));
    },
    checkResponse({ method, path, status, body }) {
      const op = operation(method, path);
      if (!op) return [{ where: 'operation', message: `${method.toUpperCase()} ${path} is not an operation of ${contract.source}` }];
      const key = String(status) in op.responses ? String(status) : status >= 400 && 'default' in op.responses ? 'default' : null;
      if (key === null) {
        return [
          {
            where: `response ${status}`,
            message: `is not a documented status of ${op.method.toUpperCase()} ${op.path} (${Object.keys(op.responses).join(', ')})`,
          },
        ];
      }
      const schema = op.responses[key];
      if (!schema || body === undefined) return [];
      return issuesOf(`response ${status} `, validator(schema, 'response'), body).map((i) => ({ ...i, where: i.where.trimEnd() }));
    },
  };
}

/** The issues as lines for an assertion message or an error answer. */
export function formatContractIssues(issues: readonly ContractIssue[]): string {
  return issues.map((i) => `${i.where}: ${i.message}`).join('\n');
}
