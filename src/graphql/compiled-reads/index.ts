// Compiled reads: the lists a frontend lives in (and `node`/`nodes` lookups of their types)
// answered by one SQL statement that builds the whole result as JSON in PostgreSQL, instead of
// field-by-field execution. The resolver path stays the reference: a query the compiler cannot
// answer exactly executes normally, and tests compare both paths on the same data
// (tests/graphql/sql-reads.test.ts, tests/graphql/compiled-lists.test.ts).
//
// What a list must declare (`registerCompiledList`): its Prisma model, page sizes, whether it has
// totalCount, and its filter and order as a pure function of its (mapped) arguments — the same
// function its resolver uses, so both paths read the same rows — plus, when what the user may see
// narrows the rows (e.g. customers "view only assigned"), a `viewer(ctx)` value that the narrowing
// depends on (plans are cached per query text, variables and viewer).
//
// What a type's fields must be to be compiled (anything else makes the query execute normally):
// - `t.expose…` columns; the prismaNode `id` over the `id` column; `__typename`;
// - `t.relation` to a row referenced by `(companyId, xId)` or by a value unique per company
//   (`(companyId, statusCode) → (companyId, code)`), lists ordered by a fixed `query: { orderBy }`;
// - `t.relatedConnection` (forward pages), its `query` a pure function of its arguments;
// - fields computed from their row: a resolver of (parent, args, ctx) without arguments, with a
//   `select` of the columns and to-one relations' columns it reads (without one it receives every
//   column of the row, as Prisma would load it); it may return a leaf or a plain object whose
//   fields are exposed or resolved from that object;
// - a lookup by value that is not a foreign key, declared on the field:
//   `extensions: { compiledRead: { lookup: { model: 'Account', on: { number: 'accountNumber' } } } }`
//   (the target's column unique per company; the field's own resolver must give the same row);
// - type and field `authScopes` as scope maps (not functions): all must pass for the user, or the
//   query executes normally and reports what fails.
// A node type is compiled for `node`/`nodes` once registered (`registerCompiledNode`); it must be
// a nullable prismaNode (ids of other companies and rows the user may not see answer null).
//
// How the compiler reads the schema Pothos built is confined to ./internals.ts, checked on start
// (`selfCheck`) and by tests/unit/compiled-reads-internals.test.ts, so a library upgrade that
// changes it turns compiled reads off with a logged reason instead of answering differently.
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { registerList, useCompiledReadsPlugin } from './execute.js';
import { registerNodeType } from './node.js';

export interface CompiledList {
  /** The Prisma model listed; the connection's cursor is its `id`. */
  model: string;
  defaultSize: number;
  maxSize: number;
  /** The connection has `totalCount`: the number of rows matching `where`. */
  totalCount: boolean;
  /**
   * The resolver's own Prisma arguments for these (mapped) field arguments and viewer: a pure
   * function of them (compiled statements are cached per query, variables and viewer).
   */
  query(args: Record<string, unknown>, viewer: unknown): { where: unknown; orderBy: unknown };
  /**
   * The list is always read in (updatedAt, id) order with value cursors, as with `modifiedSince`
   * (a list meant for keeping a copy in sync; `modifiedSince` omitted reads from the start).
   */
  changedOrder?: boolean;
  /** What of the user the list's rows depend on (JSON-serialisable), when they do. */
  viewer?(ctx: Context): unknown;
}

export interface CompiledReadsOptions {
  /** Off: every query executes field by field (tests compare both paths). */
  enabled?: boolean;
  /** Called with the root fields each time a query was answered by a compiled statement. */
  onCompiled?: (fields: string[]) => void;
  /** Called with the reason each time a query with a registered root field executed normally. */
  onFallback?: (reason: string) => void;
  /** Called once when the self-check finds the libraries changed (compiled reads then stay off); default: logged. */
  onInternalsChanged?: (problems: string[]) => void;
}

/** Lets the compiled path answer root field `field` (a prismaConnection with `cursor: 'id'`). */
export function registerCompiledList(field: string, spec: CompiledList): void {
  registerList(field, spec);
}

/** Lets `node`/`nodes` of this (nullable prismaNode) type be compiled. */
export function registerCompiledNode(typename: string): void {
  registerNodeType(typename);
}

export function useCompiledReads(options: CompiledReadsOptions = {}): Plugin<Context> {
  return useCompiledReadsPlugin(options);
}
