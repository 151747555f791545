// Differential testing of the compiled reads: the same request through an app that answers with
// compiled SQL where it can and through one that always executes field by field (the reference).
// The two answers must be the same JSON text (values, key order, cursors, page info, errors).
import { expect } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { PrismaClient } from '../../src/db/client.js';

export interface GqlResponse {
  data?: unknown;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

export interface BothResult {
  /** The (identical) response. */
  r: GqlResponse;
  /** Whether the compiled path answered it. */
  wasCompiled: boolean;
  /** Why it was not compiled, when the compiled path said so (null: compiled, or no reason given). */
  fallback: string | null;
}

export interface CompiledDiff {
  /** Answers with compiled SQL where it can. */
  compiled: App;
  /** Always field by field. */
  plain: App;
  /** Root fields of each compiled answer, in order. */
  compiledFields: string[][];
  /** Every fallback reason given, in order. */
  fallbacks: string[];
  post(app: App, query: string, variables: Record<string, unknown>, token: string): Promise<GqlResponse>;
  /**
   * Runs the request through both apps and expects the same JSON text; `label` names the case in
   * a failure (the query is always included).
   */
  both(query: string, variables: Record<string, unknown>, token: string, label?: string): Promise<BothResult>;
}

export function createCompiledDiff(prisma: PrismaClient): CompiledDiff {
  const compiledFields: string[][] = [];
  const fallbacks: string[] = [];
  // TEST_LOG_ERRORS=1 logs the errors behind masked ones (a failing compiled statement's among them).
  const logErrors = process.env.TEST_LOG_ERRORS === '1';
  const compiled = createApp({
    prisma,
    logErrors,
    sqlReads: { onCompiled: (f) => compiledFields.push(f), onFallback: (r) => fallbacks.push(r) },
  });
  const plain = createApp({ prisma, logErrors, sqlReads: { enabled: false } });

  async function post(app: App, query: string, variables: Record<string, unknown>, token: string): Promise<GqlResponse> {
    const res = await app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResponse;
  }

  async function both(query: string, variables: Record<string, unknown>, token: string, label = ''): Promise<BothResult> {
    const compiledBefore = compiledFields.length;
    const fallbacksBefore = fallbacks.length;
    const viaSql = await post(compiled, query, variables, token);
    const wasCompiled = compiledFields.length > compiledBefore;
    const fallback = !wasCompiled && fallbacks.length > fallbacksBefore ? fallbacks.at(-1)! : null;
    const viaResolvers = await post(plain, query, variables, token);
    // Same JSON text: same values and the same key order.
    expect(comparable(viaSql), `${label} ${JSON.stringify(variables)}\n${query}`).toBe(comparable(viaResolvers));
    return { r: viaSql, wasCompiled, fallback };
  }

  return { compiled, plain, compiledFields, fallbacks, post, both };
}

/**
 * The response as JSON text. When an error nulls the whole answer (`data: null`), graphql-js
 * reports the first list item whose field failed, and which item fails first depends on how the
 * items' resolvers' promises settle (e.g. a row-dependent lookup in one item): the item's index
 * in the error's path is not compared then, everything else is.
 */
function comparable(r: GqlResponse): string {
  if (r.data !== null || !r.errors?.length) return JSON.stringify(r);
  return JSON.stringify({ ...r, errors: r.errors.map((e) => ({ ...e, path: e.path?.map((p) => (typeof p === 'number' ? '#' : p)) })) });
}
