// `npm run contracts [-- --specs <folder>]`: derives each connector's API contract
// (connectors/<id>/contract.json) from the vendor's published specification, as its
// contract.config.json says: the operations under the path families the connector uses, and the
// schemas they reach, with structure only (types, properties, required, enums, lengths, patterns,
// formats, read-only/write-only, nullability); descriptions, examples and vendor extensions are
// left out. Then the config's additions: what the API does that its document leaves out, each
// with its reason (kept in the contract). The contracts are committed, so the checks run without
// the specifications. Default specification folder: ../shared/reference/api-specs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ApiContract, ContractOperation, JsonSchema } from '@nordic-invoicing/connector-sdk/testing';

/**
 * A connector's contract configuration (connectors/<id>/contract.config.json): which specification,
 * the path families the connector calls, and what the published document leaves out but the API
 * does (each addition with its reason, kept in the contract).
 */
interface ContractConfig {
  /** File name in the specifications folder. */
  specification: string;
  /** Path families the connector calls (a path matches its family and everything below it). */
  families: string[];
  additions?: Addition[];
}

interface Addition {
  /** Why the API does this although its document does not say so (where it is documented or seen). */
  why: string;
  /** Extra query parameters: "METHOD /path" (as documented, with {parameters}) or "METHOD *" → names. */
  query?: Record<string, string[]>;
  /** Extra top-level properties of the 2xx answers: "METHOD /path" or "METHOD *" → property schemas. */
  responseProperties?: Record<string, Record<string, JsonSchema>>;
  /** Named schemas replaced as a whole (a schema the document gets wrong). */
  definitions?: Record<string, JsonSchema>;
}

interface Source extends ContractConfig {
  connector: string;
}

/** Every connector with a contract configuration. */
function sources(root: string): Source[] {
  return readdirSync(join(root, 'connectors'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'connectors', d.name, 'contract.config.json')))
    .map((d) => ({ connector: d.name, ...(JSON.parse(readFileSync(join(root, 'connectors', d.name, 'contract.config.json'), 'utf8')) as ContractConfig) }));
}

/** The schema keywords a contract keeps: structure, never prose. */
const KEPT = new Set([
  '$ref',
  'type',
  'format',
  'properties',
  'additionalProperties',
  'required',
  'items',
  'enum',
  'maxLength',
  'minLength',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'maxItems',
  'minItems',
  'pattern',
  'readOnly',
  'writeOnly',
  'nullable',
  'allOf',
  'oneOf',
  'anyOf',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function refName(ref: string): string {
  return ref.replace(/^#\/(components\/schemas|definitions)\//, '');
}

/** The schema with only structural keywords, references rewritten to #/definitions/<name>; `refs` collects the names reached. */
function structural(schema: Json, refs: Set<string>, inProperties = false): Json {
  if (Array.isArray(schema)) return schema.map((s) => structural(s, refs));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(schema)) {
    if (inProperties) {
      out[k] = structural(v, refs);
      continue;
    }
    if (!KEPT.has(k)) continue;
    if (k === '$ref' && typeof v === 'string') {
      refs.add(refName(v));
      out.$ref = `#/definitions/${refName(v)}`;
    } else if (k === 'properties') out.properties = structural(v, refs, true);
    else out[k] = structural(v, refs);
  }
  return out;
}

function derive(spec: { [key: string]: Json }, source: Source): ApiContract {
  const paths = spec.paths as { [path: string]: { [method: string]: { [key: string]: Json } } };
  const all = ((spec.components as { schemas?: Json } | undefined)?.schemas ?? spec.definitions ?? {}) as { [name: string]: Json };
  const refs = new Set<string>();
  const operations: ContractOperation[] = [];
  for (const [path, item] of Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))) {
    if (!source.families.some((f) => path === f || path.startsWith(`${f}/`))) continue;
    const shared = (item.parameters ?? []) as unknown as { in: string; name: string; schema?: Json }[];
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...shared, ...((op.parameters ?? []) as unknown as { in: string; name: string; schema?: Json }[])];
      const content = (op.requestBody as { content?: { [type: string]: { schema?: Json } } } | undefined)?.content;
      const bodySchema = content ? Object.values(content)[0]?.schema : params.find((p) => p.in === 'body')?.schema;
      const responses: ContractOperation['responses'] = {};
      for (const [status, res] of Object.entries(
        (op.responses ?? {}) as { [status: string]: { content?: { [type: string]: { schema?: Json } }; schema?: Json } },
      )) {
        const schema = res.content ? (res.content['application/json'] ?? Object.values(res.content)[0])?.schema : res.schema;
        responses[status] = schema ? (structural(schema, refs) as JsonSchema) : null;
      }
      operations.push({
        method: method.toUpperCase(),
        path,
        query: params.filter((p) => p.in === 'query').map((p) => p.name),
        request: bodySchema ? (structural(bodySchema, refs) as JsonSchema) : null,
        responses,
      });
    }
  }
  const definitions: { [name: string]: JsonSchema } = {};
  const queue = [...refs];
  while (queue.length) {
    const name = queue.pop()!;
    if (definitions[name] || !all[name]) continue;
    const found = new Set<string>();
    definitions[name] = structural(all[name]!, found) as JsonSchema;
    for (const n of found) if (!definitions[n]) queue.push(n);
  }
  for (const add of source.additions ?? []) applyAddition(add, operations, definitions);
  const info = spec.info as { title?: string; version?: string } | undefined;
  const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)));
  return {
    source: `${source.specification} (${info?.title ?? 'API'} ${info?.version ?? ''})`.replace(' )', ')'),
    additions: (source.additions ?? []).map((a) => a.why),
    operations,
    definitions: sorted,
  };
}

/** Whether "METHOD /path" or "METHOD *" names the operation. */
function names(key: string, op: ContractOperation): boolean {
  const [method, path] = key.split(' ');
  return method?.toUpperCase() === op.method && (path === '*' || path === op.path);
}

function applyAddition(add: Addition, operations: ContractOperation[], definitions: Record<string, JsonSchema>): void {
  if (!add.why?.trim()) throw new Error('every addition to a contract says why');
  for (const [key, params] of Object.entries(add.query ?? {})) {
    const matched = operations.filter((op) => names(key, op));
    if (!matched.length) throw new Error(`addition "${add.why}": ${key} names no operation`);
    for (const op of matched) op.query = [...new Set([...op.query, ...params])];
  }
  for (const [key, props] of Object.entries(add.responseProperties ?? {})) {
    const matched = operations.filter((op) => names(key, op));
    if (!matched.length) throw new Error(`addition "${add.why}": ${key} names no operation`);
    for (const op of matched) {
      for (const [status, schema] of Object.entries(op.responses)) {
        if (!/^2\d\d$/.test(status) || !schema) continue;
        const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/definitions/', '') : null;
        const base = ref ? definitions[ref] : schema;
        if (!base || (base.type !== 'object' && !base.properties)) continue;
        op.responses[status] = { ...base, properties: { ...(base.properties as Record<string, JsonSchema>), ...props } };
      }
    }
  }
  for (const [name, schema] of Object.entries(add.definitions ?? {})) {
    if (!definitions[name]) throw new Error(`addition "${add.why}": the contract has no schema ${name}`);
    definitions[name] = schema;
  }
}

const args = process.argv.slice(2);
const ROOT = resolve(import.meta.dirname, '../..');
const at = args.indexOf('--specs');
const specs = resolve(ROOT, at >= 0 && args[at + 1] ? args[at + 1]! : '../shared/reference/api-specs');
for (const source of sources(ROOT)) {
  const spec = JSON.parse(readFileSync(join(specs, source.specification), 'utf8')) as { [key: string]: Json };
  const contract = derive(spec, source);
  const out = join(ROOT, 'connectors', source.connector, 'contract.json');
  writeFileSync(out, `${JSON.stringify(contract, null, 1)}\n`);
  console.log(
    `${out}: ${contract.operations.length} operations, ${Object.keys(contract.definitions).length} schemas, ${contract.additions?.length ?? 0} additions`,
  );
}
