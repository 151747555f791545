// SQL building blocks for compiled reads: the data model as tables and columns, tenant-scoped
// table references, and Prisma `where` / `orderBy` objects translated to SQL, so a list's
// filter and order are written once (as Prisma arguments) and serve both the resolver path and
// the compiled single-statement path. Anything outside the supported subset throws
// `Unsupported`, and the caller falls back to ordinary execution.
import { getDatamodel } from '../../generated/pothos-types.js';

export class Unsupported extends Error {}

export interface ModelField {
  name: string;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  relationName?: string;
  relationFromFields?: string[];
}

// The generated datamodel types `kind` as any string; ModelField names the four values Prisma writes.
const MODELS = getDatamodel().datamodel.models as unknown as Record<string, { fields: ModelField[]; uniqueIndexes?: { fields: string[] }[] }>;

/** Every scalar and enum column of a model (what an include-mode resolver's parent row holds). */
export const scalarColumns = (model: string): ModelField[] => (MODELS[model]?.fields ?? []).filter((f) => f.kind === 'scalar' || f.kind === 'enum');

export function modelField(model: string, field: string): ModelField {
  const f = MODELS[model]?.fields.find((x) => x.name === field);
  if (!f) throw new Unsupported(`${model}.${field} is not a column`);
  return f;
}

export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** `alias."column"` as it should reach JSON: exact decimals and big integers as text. */
export function columnValue(alias: string, model: string, field: string): string {
  const f = modelField(model, field);
  if (f.kind !== 'scalar' && f.kind !== 'enum') throw new Unsupported(`${model}.${field} is a relation`);
  if (f.type === 'Bytes') throw new Unsupported(`${model}.${field} is binary`);
  const col = `${alias}.${ident(field)}`;
  if (f.type === 'Decimal' || f.type === 'BigInt') return `${col}::text${f.isList ? '[]' : ''}`;
  return col;
}

/**
 * How a relation joins: the pairs (column on `from`, column on `to`) besides the company id,
 * which both sides carry and every table reference binds to $1. References to tenant rows are
 * composite `(companyId, x) → (companyId, y)`: `xId → id`, or a value such as a status code
 * (`statusCode → code`) that the referenced table holds unique per company
 * (tests/architecture.test.ts and tests/unit/sql-reads.test.ts hold the schema to it and check the
 * referenced column read here against prisma/schema.prisma); other references are not compiled.
 */
export interface Join {
  model: string;
  list: boolean;
  on: (fromAlias: string, toAlias: string) => string;
}

interface ModelMeta {
  fields: ModelField[];
  uniqueIndexes?: { fields: string[] }[];
}

/** The column of `target` that `(companyId, fromColumn)` references. */
export function referencedColumn(owner: string, fromColumn: string, target: string): string {
  const from = modelField(owner, fromColumn);
  const candidates = ((MODELS[target] as ModelMeta | undefined)?.uniqueIndexes ?? [])
    .filter((u) => u.fields.length === 2 && u.fields[0] === 'companyId')
    .map((u) => u.fields[1]!);
  if (/Id$/.test(fromColumn) && candidates.includes('id')) return 'id';
  const byValue = candidates.filter((c) => c !== 'id' && modelField(target, c).type === from.type);
  if (byValue.length !== 1) throw new Unsupported(`${owner}.${fromColumn}: the referenced column of ${target} is not known`);
  return byValue[0]!;
}

export function relationJoin(model: string, relation: string): Join {
  const f = modelField(model, relation);
  if (f.kind !== 'object') throw new Unsupported(`${model}.${relation} is not a relation`);
  const pair = (owner: string, from: string[] | undefined, target: string): [string, string] | null => {
    if (from?.length !== 2 || from[0] !== 'companyId') return null;
    return [from[1]!, referencedColumn(owner, from[1]!, target)];
  };
  if (f.relationFromFields && f.relationFromFields.length > 0) {
    const p = pair(model, f.relationFromFields, f.type);
    if (!p) throw new Unsupported(`${model}.${relation} references something other than (companyId, x)`);
    const [fk, pk] = p;
    return { model: f.type, list: false, on: (a, b) => `${b}.${ident(pk)} = ${a}.${ident(fk)}` };
  }
  // The other side holds the reference.
  const back = MODELS[f.type]?.fields.find(
    (x) => x.kind === 'object' && x.relationName === f.relationName && x.type === model && (x.relationFromFields?.length ?? 0) > 0,
  );
  const p = back ? pair(f.type, back.relationFromFields, model) : null;
  if (!back || !p) throw new Unsupported(`${model}.${relation}: no (companyId, x) reference back`);
  const [fk, pk] = p;
  return { model: f.type, list: f.isList, on: (a, b) => `${b}.${ident(fk)} = ${a}.${ident(pk)}` };
}

/**
 * A lookup by value that is not a foreign key (e.g. a voucher row's account number in the chart
 * of accounts, which may have no such account): `target.column = owner.fromColumn`, the target's
 * column unique per company.
 */
export function lookupJoin(owner: string, target: string, on: Record<string, string>): Join {
  const entries = Object.entries(on);
  if (entries.length !== 1) throw new Unsupported('a lookup on more than one column');
  const [[targetColumn, ownerColumn]] = entries as [[string, string]];
  modelField(owner, ownerColumn);
  const unique = ((MODELS[target] as ModelMeta | undefined)?.uniqueIndexes ?? []).some(
    (u) => u.fields.length === 2 && u.fields[0] === 'companyId' && u.fields[1] === targetColumn,
  );
  if (!unique) throw new Unsupported(`${target}.${targetColumn} is not unique per company`);
  return { model: target, list: false, on: (a, b) => `${b}.${ident(targetColumn)} = ${a}.${ident(ownerColumn)}` };
}

/** Parameters of one statement. $1 is always the acting company's id. */
export class Params {
  readonly values: unknown[] = [];
  private aliases = 0;
  alias(): string {
    return `t${this.aliases++}`;
  }
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length + 1}`;
  }
}

/**
 * A page size as a literal: PostgreSQL plans a prepared statement once (a generic plan) only when
 * that plan is not much costlier than planning for the values, and with the LIMIT a parameter it
 * cannot tell, so it planned every execution (about as much CPU again as running it). Page sizes
 * are few (first/defaults up to the maximum), each its own prepared statement.
 */
export function limitSql(take: number): string {
  if (!Number.isSafeInteger(take) || take < 0) throw new Unsupported(`page size ${take}`);
  return `LIMIT ${take}`;
}

/**
 * The rows of `select` (a statement whose single column "j" is one row's JSON, in its own ORDER
 * BY) as one JSON array in that order: the aggregate reads the ordered rows as they come, so the
 * page is sorted once (by the index where there is one), only the page's rows are built, and no
 * whole-row copy of the table is made (PostgreSQL feeds an aggregate over a subquery in the
 * subquery's order; tests/graphql/sql-reads.test.ts and compiled-lists.test.ts compare every
 * order with the resolver path).
 */
export const jsonRows = (select: string): string => `(SELECT coalesce(json_agg(r.j), '[]'::json) FROM (${select}) r)`;

/**
 * One page of a connection (root list or related connection) as a JSON array of rows, each
 * `json_build_array(rowItems)`, in the page's order: rows of `model` aliased `alias` matching
 * `filter`, at most `take`.
 */
export function pageRows(model: string, alias: string, filter: string, terms: OrderTerm[], take: number, rowItems: string[]): string {
  return jsonRows(
    `SELECT json_build_array(${rowItems.join(', ')}) AS j FROM ${tenantFrom(model, alias).from} WHERE ${filter} ORDER BY ${orderSql(terms, alias)} ${limitSql(take)}`,
  );
}

/** Rows strictly after the company's row `id` (an id cursor) in the given order; none when it is gone. */
export function afterIdSql(p: Params, model: string, terms: OrderTerm[], alias: string, id: string): string {
  const idParam = p.add(id);
  return afterCursorSql(terms, alias, (c) => `${tenantFrom(model, c).from} WHERE ${c}."companyId" = $1 AND ${c}."id" = ${idParam}`);
}

/** A tenant table reference: every table a compiled statement reads goes through here. */
export function tenantFrom(model: string, alias: string): { from: string; scope: string } {
  if (!MODELS[model]?.fields.some((f) => f.name === 'companyId')) throw new Unsupported(`${model} is not tenant-owned`);
  return { from: `${ident(model)} ${alias}`, scope: `${alias}."companyId" = $1` };
}

// ---------------------------------------------------------------------------------------------
// where

function paramValue(f: ModelField, v: unknown): unknown {
  if (v instanceof Date) return f.type === 'DateTime' ? v.toISOString() : v;
  if (v !== null && typeof v === 'object' && 'toFixed' in v) return String(v); // Decimal
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  throw new Unsupported(`value of ${f.name}`);
}

function scalarFilter(p: Params, col: string, f: ModelField, filter: unknown): string {
  if (filter === null) return `${col} IS NULL`;
  if (typeof filter !== 'object' || filter instanceof Date || 'toFixed' in (filter as object)) {
    return `${col} = ${p.add(paramValue(f, filter))}`;
  }
  const o = filter as Record<string, unknown>;
  const insensitive = o.mode === 'insensitive';
  const parts: string[] = [];
  for (const [op, v] of Object.entries(o)) {
    if (v === undefined || op === 'mode') continue;
    switch (op) {
      case 'equals':
        parts.push(v === null ? `${col} IS NULL` : `${col} = ${p.add(paramValue(f, v))}`);
        break;
      case 'not':
        if (v === null) parts.push(`${col} IS NOT NULL`);
        else throw new Unsupported('not: value');
        break;
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        parts.push(`${col} ${{ lt: '<', lte: '<=', gt: '>', gte: '>=' }[op]} ${p.add(paramValue(f, v))}`);
        break;
      case 'in':
        if (!Array.isArray(v)) throw new Unsupported('in');
        parts.push(`${col} = ANY(${p.add(v.map((x) => paramValue(f, x)))})`);
        break;
      case 'contains':
      case 'startsWith':
      case 'endsWith': {
        if (typeof v !== 'string' || f.type !== 'String') throw new Unsupported(op);
        // As Prisma does on PostgreSQL: % and _ in the value keep their LIKE meaning.
        const pattern = `${op === 'startsWith' ? '' : '%'}${v}${op === 'endsWith' ? '' : '%'}`;
        parts.push(`${col} ${insensitive ? 'ILIKE' : 'LIKE'} ${p.add(pattern)}`);
        break;
      }
      case 'isEmpty':
        if (!f.isList || typeof v !== 'boolean') throw new Unsupported('isEmpty');
        parts.push(v ? `cardinality(${col}) = 0` : `cardinality(${col}) > 0`);
        break;
      default:
        throw new Unsupported(`filter operator ${op}`);
    }
  }
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

/** A Prisma `where` of `model` (rows aliased `alias`) as SQL; throws Unsupported outside the subset. */
export function whereSql(p: Params, model: string, alias: string, where: unknown): string {
  if (where === undefined || where === null) return 'TRUE';
  if (typeof where !== 'object') throw new Unsupported('where');
  const parts: string[] = [];
  const list = (v: unknown) => (Array.isArray(v) ? v : [v]);
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (key === 'AND') {
      parts.push(
        `(${
          list(value)
            .map((w) => whereSql(p, model, alias, w))
            .join(' AND ') || 'TRUE'
        })`,
      );
    } else if (key === 'OR') {
      parts.push(
        `(${
          list(value)
            .map((w) => whereSql(p, model, alias, w))
            .join(' OR ') || 'FALSE'
        })`,
      );
    } else if (key === 'NOT') {
      parts.push(
        `NOT (${
          list(value)
            .map((w) => whereSql(p, model, alias, w))
            .join(' AND ') || 'TRUE'
        })`,
      );
    } else {
      const f = modelField(model, key);
      if (f.kind === 'object') {
        const join = relationJoin(model, key);
        if (value === null || typeof value !== 'object') throw new Unsupported(`relation filter ${key}`);
        const sub = p.alias();
        const t = tenantFrom(join.model, sub);
        const exists = (w: unknown, negate = false) =>
          `EXISTS (SELECT 1 FROM ${t.from} WHERE ${t.scope} AND ${join.on(alias, sub)} AND ${negate ? `NOT (${whereSql(p, join.model, sub, w)})` : whereSql(p, join.model, sub, w)})`;
        if (!join.list) {
          parts.push(exists(value));
          continue;
        }
        // A list relation: { some }, { none } or { every } of its rows (as Prisma reads them).
        const ops = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
        if (ops.length !== 1) throw new Unsupported(`relation filter ${key}`);
        const [[op, w]] = ops as [[string, unknown]];
        if (op === 'some') parts.push(exists(w));
        else if (op === 'none') parts.push(`NOT ${exists(w)}`);
        else if (op === 'every') parts.push(`NOT ${exists(w, true)}`);
        else throw new Unsupported(`relation filter ${key}.${op}`);
      } else {
        parts.push(scalarFilter(p, `${alias}.${ident(key)}`, f, value));
      }
    }
  }
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

// ---------------------------------------------------------------------------------------------
// orderBy

export interface OrderTerm {
  /** The ordered value for rows aliased `alias`. */
  expr: (alias: string) => string;
  desc: boolean;
  /** PostgreSQL's default when not given: NULLS LAST ascending, NULLS FIRST descending. */
  nullsFirst: boolean;
}

export function orderTerms(model: string, orderBy: unknown): OrderTerm[] {
  const terms: OrderTerm[] = [];
  for (const entry of Array.isArray(orderBy) ? orderBy : orderBy ? [orderBy] : []) {
    for (const [key, value] of Object.entries(entry as Record<string, unknown>)) {
      if (value === undefined) continue;
      const f = modelField(model, key);
      if (f.kind === 'object') {
        const join = relationJoin(model, key);
        if (join.list) throw new Unsupported(`order by ${key}`);
        for (const inner of orderTerms(join.model, value)) {
          terms.push({
            ...inner,
            expr: (a) => {
              const sub = `${a}_${key}`;
              const t = tenantFrom(join.model, sub);
              return `(SELECT ${inner.expr(sub)} FROM ${t.from} WHERE ${t.scope} AND ${join.on(a, sub)})`;
            },
          });
        }
        continue;
      }
      let dir: unknown = value;
      let nulls: unknown;
      if (value && typeof value === 'object') ({ sort: dir, nulls } = value as { sort: unknown; nulls?: unknown });
      if (dir !== 'asc' && dir !== 'desc') throw new Unsupported(`order of ${key}`);
      const desc = dir === 'desc';
      terms.push({ expr: (a) => `${a}.${ident(key)}`, desc, nullsFirst: nulls === undefined ? desc : nulls === 'first' });
    }
  }
  return terms;
}

export const orderSql = (terms: OrderTerm[], alias: string): string =>
  terms.map((t) => `${t.expr(alias)} ${t.desc ? 'DESC' : 'ASC'} NULLS ${t.nullsFirst ? 'FIRST' : 'LAST'}`).join(', ');

/**
 * Rows strictly after the cursor row in the given order (Prisma's `cursor` + `skip: 1`). Null
 * values sort where the order puts them; no rows when the cursor row does not exist.
 */
export function afterCursorSql(terms: OrderTerm[], alias: string, cursor: (alias: string) => string): string {
  const c = 'cur';
  const after = (t: OrderTerm): string => {
    const x = t.expr(alias);
    const v = t.expr(c);
    const beyond = `${x} ${t.desc ? '<' : '>'} ${v}`;
    return t.nullsFirst ? `(${beyond} OR (${v} IS NULL AND ${x} IS NOT NULL))` : `(${beyond} OR (${v} IS NOT NULL AND ${x} IS NULL))`;
  };
  const alternatives = terms.map((t, i) => [...terms.slice(0, i).map((e) => `${e.expr(alias)} IS NOT DISTINCT FROM ${e.expr(c)}`), after(t)].join(' AND '));
  return `EXISTS (SELECT 1 FROM ${cursor(c)} AND (${alternatives.join(' OR ')}))`;
}
