// `npm run contracts [-- --specs <folder>]`: derives each connector's API contract
// (connectors/<id>/contract.json) from the vendor's published specification: the operations under
// the path families the connector uses, and the schemas they reach, with structure only (types,
// properties, required, enums, lengths, patterns, formats, read-only/write-only, nullability);
// descriptions, examples and vendor extensions are left out. The contracts are committed, so the
// checks run without the specifications. Default specification folder: ../shared/reference/api-specs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ApiContract, ContractOperation, JsonSchema } from '@nordic-invoicing/connector-sdk/testing';

interface Source {
  connector: string;
  file: string;
  /** Path families the connector calls (a path matches its family and everything below it). */
  families: string[];
}

const SOURCES: Source[] = [
  {
    connector: 'fortnox',
    file: 'fortnox-openapi.json',
    families: [
      '/3/accounts',
      '/3/archive',
      '/3/companyinformation',
      '/3/costcenters',
      '/3/customers',
      '/3/financialyears',
      '/3/inbox',
      '/3/invoices',
      '/3/projects',
      '/3/supplierinvoicefileconnections',
      '/3/supplierinvoices',
      '/3/suppliers',
      '/3/taxreductions',
      '/3/termsofpayments',
      '/3/voucherfileconnections',
      '/3/vouchers',
      '/api/fileattachments/attachments-v1',
    ],
  },
  {
    connector: 'visma',
    file: 'visma-eaccounting-v2-swagger.json',
    families: [
      '/v2/accounts',
      '/v2/articles',
      '/v2/attachmentlinks',
      '/v2/attachments',
      '/v2/companysettings',
      '/v2/costcenters',
      '/v2/customerinvoicedrafts',
      '/v2/customerinvoices',
      '/v2/customers',
      '/v2/fiscalyears',
      '/v2/projects',
      '/v2/supplierinvoicedrafts',
      '/v2/supplierinvoices',
      '/v2/suppliers',
      '/v2/termsofpayments',
      '/v2/units',
      '/v2/vatcodes',
      '/v2/vouchers',
    ],
  },
];

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
  const info = spec.info as { title?: string; version?: string } | undefined;
  const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)));
  return { source: `${source.file} (${info?.title ?? 'API'} ${info?.version ?? ''})`.replace(' )', ')'), operations, definitions: sorted };
}

const args = process.argv.slice(2);
const ROOT = resolve(import.meta.dirname, '../..');
const specs = resolve(
  ROOT,
  args[args.indexOf('--specs') + 1] && args.includes('--specs') ? args[args.indexOf('--specs') + 1]! : '../shared/reference/api-specs',
);
for (const source of SOURCES) {
  const spec = JSON.parse(readFileSync(join(specs, source.file), 'utf8')) as { [key: string]: Json };
  const contract = derive(spec, source);
  const out = join(ROOT, 'connectors', source.connector, 'contract.json');
  writeFileSync(out, `${JSON.stringify(contract, null, 1)}\n`);
  console.log(`${out}: ${contract.operations.length} operations, ${Object.keys(contract.definitions).length} schemas`);
}
