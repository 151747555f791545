// What one GraphQL request may cost, decided before any resolver runs, and how long it may run.
//
// - The document: at most QUERY_MAX_TOKENS tokens and MAX_NESTING levels of brackets, checked by
//   one pass of graphql-js' own lexer before the (recursive) parser sees it, so a 5,000-level
//   nesting or a multi-megabyte query is refused instead of exhausting the parser's stack; then
//   depth, aliases and directives (GraphQL Armor's validation rules).
// - The cost (Pothos' complexity plugin computes it from the schema and the variables): every
//   field costs 1; a connection's selection counts once per row of its page (`first`/`last`,
//   else the page size the list uses by default, at most the largest page a list serves); a plain
//   list's selection counts 10 times; `nodes(ids:)` counts once per id and takes at most
//   QUERY_MAX_NODE_IDS ids.
// - Every refusal is a GraphQL error with `extensions.code = QUERY_TOO_COMPLEX`, which limit
//   (`limit`), its maximum (`max`) and what the request asked for (`found`).
// - The deadline: execution stops when the client disconnects or after REQUEST_TIMEOUT_MS
//   (REQUEST_TIMEOUT); the SQL statements themselves are bounded by the connection's
//   statement_timeout (src/db/client.ts).
import {
  GraphQLError,
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  validate,
  type DocumentNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { PothosValidationError } from '@pothos/core';
import { createComplexityRule, type FieldComplexityValue } from '@pothos/plugin-complexity';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { Plugin } from 'graphql-yoga';
import { DocumentCache, plainVariablesKey } from './document-cache.js';

export interface QueryLimits {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxNodeIds: number;
  /** Milliseconds a request may execute. */
  timeoutMs: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxCost: 50_000,
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxNodeIds: 100,
  timeoutMs: 30_000,
};

/** The largest page any list serves (the connections' maxSize); a larger `first` is cut to it. */
export const MAX_PAGE_SIZE = 200;
/** A list's default page when the request names none: the largest default any list uses. */
export const DEFAULT_PAGE_SIZE = 100;
/** How many times a plain list's selection counts (its length is bounded by the data, not the request). */
export const LIST_MULTIPLIER = 10;

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** Cost verdicts kept (one per document and distinct set of variables). */
const COST_VERDICTS = 5000;
export function queryTooComplex(limit: string, max: number, found: number, message: string, httpStatus?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, limit, max, found, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
}

/** Raised while computing the cost; carries the error the client gets. */
class LimitExceeded extends PothosValidationError {
  constructor(readonly error: GraphQLError) {
    super(error.message);
  }
}

/** What the cost function needs to know besides the field and its arguments. */
export interface CostContext {
  maxNodeIds: number;
}

function isConnectionType(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  return isObjectType(named) && !isListType(isNonNullType(type) ? type.ofType : type) && 'edges' in named.getFields() && 'pageInfo' in named.getFields();
}

/**
 * The cost of one field and the factor its selection is multiplied by (Pothos' complexity plugin
 * calls it for every selected field). Pure; exported for its table test.
 */
export function fieldCost(args: Record<string, unknown>, ctx: CostContext, field: Pick<GraphQLField<unknown, unknown>, 'name' | 'type'>): FieldComplexityValue {
  if (isConnectionType(field.type)) {
    const requested = [args.first, args.last].find((v): v is number => typeof v === 'number');
    const page = Math.min(Math.max(requested ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
    return { field: 1, multiplier: page };
  }
  const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (!isListType(unwrapped)) return { field: 1, multiplier: 1 };
  // A connection's edges: the connection already counted its page.
  if (getNamedType(field.type).name.endsWith('Edge') && field.name === 'edges') return { field: 1, multiplier: 1 };
  if (field.name === 'nodes' && Array.isArray(args.ids)) {
    const n = args.ids.length;
    if (n > ctx.maxNodeIds) {
      throw new LimitExceeded(queryTooComplex('nodeIds', ctx.maxNodeIds, n, `nodes(ids:) takes at most ${ctx.maxNodeIds} ids; ${n} were given.`));
    }
    return { field: 1, multiplier: n };
  }
  return { field: 1, multiplier: LIST_MULTIPLIER };
}

/**
 * Nesting of {, ( and [ a document may have. graphql-js parses recursively and exhausts Node's
 * stack at about 2,000 levels, well below any useful token limit, so the nesting is checked
 * before parsing. 64 leaves room for QUERY_MAX_DEPTH selections plus nested input objects.
 */
export const MAX_NESTING = 64;

/**
 * Refuses a document with more than `maxTokens` tokens or MAX_NESTING levels of brackets, using
 * graphql-js' lexer (strings, block strings and comments handled as the parser handles them),
 * iteratively. GraphQL Armor's token limit counts inside the recursive parser, so it cannot stop a
 * deep nesting in time; this check is written here for that reason.
 */
export function checkDocumentShape(source: string, maxTokens: number): void {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let nesting = 0;
  for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) {
    if (++tokens > maxTokens) throw queryTooComplex('tokens', maxTokens, tokens, `The document has more than ${maxTokens} tokens.`, 400);
    if (t.kind === TokenKind.BRACE_L || t.kind === TokenKind.PAREN_L || t.kind === TokenKind.BRACKET_L) {
      if (++nesting > MAX_NESTING) throw queryTooComplex('nesting', MAX_NESTING, nesting, `The document nests more than ${MAX_NESTING} levels.`, 400);
    } else if (t.kind === TokenKind.BRACE_R || t.kind === TokenKind.PAREN_R || t.kind === TokenKind.BRACKET_R) {
      nesting--;
    }
  }
}

/** How many accepted document texts are remembered (oldest forgotten first). */
const ACCEPTED_DOCUMENTS = 1000;

/** Turns a GraphQL Armor rejection into the typed error. */
function armorReject(limit: string, max: number) {
  return (context: { reportError(e: GraphQLError): void } | null, err: Error) => {
    const found = Number(/found (\d+)/.exec(err.message)?.[1] ?? NaN);
    const typed = queryTooComplex(
      limit,
      max,
      Number.isNaN(found) ? max + 1 : found,
      `The operation exceeds the ${limit} limit of ${max}${Number.isNaN(found) ? '' : ` (it has ${found})`}.`,
    );
    if (context) context.reportError(typed);
    else throw typed;
  };
}

export function useQueryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS): Plugin {
  const rules = [
    maxDepthRule({ n: limits.maxDepth, propagateOnRejection: false, onReject: [armorReject('depth', limits.maxDepth)] }),
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [armorReject('aliases', limits.maxAliases)] }),
    maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: [armorReject('directives', limits.maxDirectives)] }),
  ];
  // Named so yoga's validation cache keys its results by these rules.
  for (const [i, name] of ['maxDepthRule', 'maxAliasesRule', 'maxDirectivesRule'].entries()) Object.defineProperty(rules[i]!, 'name', { value: name });
  const costContext: CostContext = { maxNodeIds: limits.maxNodeIds };
  // Documents already found within the limits (a client sends the same few again and again; this
  // plugin runs before graphql-yoga's parse cache, so without it each would be lexed each time).
  /** The limit errors of the operation's cost (empty when within the limit). */
  const costRefusals = (args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: unknown; operationName?: string | null }): GraphQLError[] => {
    const errors = validate(args.schema, args.document, [
      createComplexityRule({
        context: costContext,
        variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
        operationName: args.operationName ?? undefined,
        validate: (state, report) => {
          if (state.complexity > limits.maxCost) {
            report(
              queryTooComplex(
                'cost',
                limits.maxCost,
                state.complexity,
                `The operation costs ${state.complexity}, more than the limit of ${limits.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
              ),
            );
          }
        },
      }),
    ]);
    // Only the limits stop the request here; anything else the cost calculation met (a variable
    // that does not coerce, an id that does not decode) is left to execution, which reports it
    // as the bad input it is.
    return errors
      .map((e) => (e instanceof LimitExceeded ? e.error : e.originalError instanceof LimitExceeded ? e.originalError.error : e))
      .filter((e) => e.extensions?.code === QUERY_TOO_COMPLEX);
  };
  const costVerdicts = new DocumentCache<GraphQLError[]>(COST_VERDICTS);
  const accepted = new Set<string>();
  return {
    onParse({ params }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      if (accepted.has(source)) return;
      try {
        checkDocumentShape(source, limits.maxTokens);
      } catch (e) {
        if (e instanceof GraphQLError && e.extensions.code === QUERY_TOO_COMPLEX) throw e;
        // A lexing error is left to the parser, which reports it as usual.
        return;
      }
      if (accepted.size >= ACCEPTED_DOCUMENTS) accepted.delete(accepted.values().next().value!);
      accepted.add(source);
    },
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      // The cost depends on the document and the variables only: a list screen sent again with the
      // same variables is not walked again (documents are the parse cache's, so the same object).
      // Variables holding an upload (or anything but plain JSON) are not keyed: computed each time.
      const variablesKey = plainVariablesKey(args.variableValues);
      const costKey = variablesKey === null ? null : `${args.operationName ?? ''}\u0000${variablesKey}`;
      let refusals = costKey === null ? undefined : costVerdicts.get(args.document, costKey);
      if (!refusals) {
        refusals = costRefusals(args);
        if (costKey !== null) costVerdicts.set(args.document, costKey, refusals);
      }
      if (refusals.length) {
        setResultAndStopExecution({ errors: refusals });
        return;
      }
      // The deadline: the client going away or the time limit, whichever comes first.
      const controller = new AbortController();
      const request = (args.contextValue as { request?: Request }).request;
      const timer = setTimeout(
        () =>
          controller.abort(
            new GraphQLError(`The request took longer than ${limits.timeoutMs} ms and was stopped.`, { extensions: { code: 'REQUEST_TIMEOUT' } }),
          ),
        limits.timeoutMs,
      );
      timer.unref();
      // The request's signal is not always a native AbortSignal (on node:http, @whatwg-node/server
      // hands out its own lazy EventTarget), so AbortSignal.any() refuses it: follow its event.
      const clientGone = request?.signal;
      if (clientGone?.aborted) controller.abort(clientGone.reason);
      else clientGone?.addEventListener('abort', () => controller.abort(clientGone.reason), { once: true });
      (args as { signal?: AbortSignal }).signal = controller.signal;
      return {
        onExecuteDone() {
          clearTimeout(timer);
        },
      };
    },
  };
}
