// A small fetch-based GraphQL client: typed by the document it sends, the token from a function
// (a frontend plugs its session refresh in), errors as typed exceptions, cancellable by an
// AbortSignal. It uses only what a browser has (fetch, AbortSignal, JSON).
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** `extensions.code` values the API answers with (others may be added; unknown ones arrive as strings). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'QUERY_TOO_COMPLEX'
  | 'REQUEST_TIMEOUT'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'TRUSTED_DOCUMENT_REQUIRED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

/** One entry of a response's `errors`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions?: { code?: ApiErrorCode; field?: string; [key: string]: unknown };
}

/** The API answered with GraphQL errors (`data` holds whatever part of the result it could give). */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    readonly errors: readonly GraphQLErrorEntry[],
    /** The HTTP status of the response. */
    readonly status: number,
    readonly data: unknown,
  ) {
    super(errors.map((e) => e.message).join('\n') || `GraphQL request failed with HTTP ${status}`);
  }
  /** The first error's code (`extensions.code`). */
  get code(): ApiErrorCode | undefined {
    return this.errors[0]?.extensions?.code;
  }
  /** Whether any error has this code. */
  has(code: ApiErrorCode): boolean {
    return this.errors.some((e) => e.extensions?.code === code);
  }
}

/** The request did not produce a GraphQL response: the network failed or the answer was not one. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    message: string,
    /** The HTTP status, when a response arrived. */
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A mutation's typed error result (ValidationError, NotFoundError, ConflictError, ForbiddenError …). */
export interface TypedErrorResult {
  __typename: string;
  code: string;
  message: string;
  path?: string | null;
}

/** A mutation answered with one of its typed errors (`result` holds it: code, message, path, issues …). */
export class ResultError<E extends TypedErrorResult = TypedErrorResult> extends Error {
  override readonly name = 'ResultError';
  constructor(readonly result: E) {
    super(result.message);
  }
  get code(): string {
    return this.result.code;
  }
}

/** Whether a mutation's result is one of its typed errors (those carry a `code`). */
export function isTypedError<T extends { __typename?: string }>(result: T): result is Extract<T, { code: unknown }> {
  return typeof (result as { code?: unknown }).code === 'string';
}

/** A mutation's success member, or a ResultError with its typed error. */
export function unwrap<T extends { __typename?: string }>(result: T): Exclude<T, { code: unknown }> {
  if (isTypedError(result)) throw new ResultError(result as unknown as TypedErrorResult);
  return result as Exclude<T, { code: unknown }>;
}

type TokenSupply = string | null | undefined;

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. https://api.example.com/graphql. */
  url: string | URL;
  /** A fixed token (an API token), sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** The token for each request (e.g. a session's access token, refreshed when it is about to expire); null: none. */
  getToken?: () => TokenSupply | Promise<TokenSupply>;
  /**
   * Called once when a request is refused as UNAUTHENTICATED; answer true (after refreshing the
   * session) and the request is sent once more with the token getToken then gives.
   */
  onUnauthenticated?: () => boolean | Promise<boolean>;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * How a document that carries its registered hash is sent: `hash` (default) sends only the hash,
   * as servers that accept registered documents only require; `text` sends the document itself.
   * Documents without a hash are always sent as text.
   */
  send?: 'hash' | 'text';
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Headers for this request only. */
  headers?: Record<string, string>;
}

/** A typed document: the generated documents (or any string-like document with result and variable types). */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  __meta__?: Record<string, unknown>;
};

/** Variables are optional when the operation has none that are required; their type comes from the document alone. */
type VariablesArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: NoInfer<TVariables>, options?: RequestOptions]
    : [variables: NoInfer<TVariables>, options?: RequestOptions];

export interface Client {
  /** Sends one operation; its data, or a GraphQLRequestError / NetworkError. Aborted by `options.signal`. */
  request<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...args: VariablesArgs<TVariables>): Promise<TResult>;
}

/** The registered hash of a generated document (`sha256:<hex>` → hex), or null. */
export function documentHash(document: { __meta__?: Record<string, unknown> }): string | null {
  const hash = document.__meta__?.hash;
  if (typeof hash !== 'string') return null;
  const m = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(hash);
  return m ? m[1]!.toLowerCase() : null;
}

/** The name of the document's operation (its first query, mutation or subscription). */
export function operationName(text: string): string | undefined {
  return /(?:^|[\s}])(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(text)?.[1];
}

async function tokenOf(options: ClientOptions): Promise<TokenSupply> {
  return options.getToken ? await options.getToken() : options.token;
}

interface ResponseBody {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

export function createClient(options: ClientOptions): Client {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = String(options.url);

  async function send(body: string, requestOptions: RequestOptions | undefined): Promise<{ status: number; json: ResponseBody }> {
    const token = await tokenOf(options);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...options.headers,
      ...requestOptions?.headers,
    };
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await doFetch(url, { method: 'POST', headers, body, signal: requestOptions?.signal });
    } catch (e) {
      // An abort stays an AbortError, so callers can tell it from a failure.
      if ((e as { name?: unknown }).name === 'AbortError' || requestOptions?.signal?.aborted) throw e;
      throw new NetworkError(`The API could not be reached: ${(e as Error).message}`, null, { cause: e });
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/json/i.test(type)) {
      throw new NetworkError(`The API answered HTTP ${response.status} with ${type || 'no content type'}, not a GraphQL response`, response.status);
    }
    let json: ResponseBody;
    try {
      json = (await response.json()) as ResponseBody;
    } catch (e) {
      if (requestOptions?.signal?.aborted) throw e;
      throw new NetworkError(`The API answered HTTP ${response.status} with malformed JSON`, response.status, { cause: e });
    }
    if (!json || typeof json !== 'object') throw new NetworkError(`The API answered HTTP ${response.status} with no GraphQL response`, response.status);
    return { status: response.status, json };
  }

  const unauthenticated = (status: number, json: ResponseBody) => status === 401 || (json.errors ?? []).some((e) => e.extensions?.code === 'UNAUTHENTICATED');

  return {
    async request<TResult, TVariables>(
      document: TypedDocument<TResult, TVariables>,
      ...[variables, requestOptions]: VariablesArgs<TVariables>
    ): Promise<TResult> {
      const text = document.toString();
      const hash = options.send === 'text' ? null : documentHash(document);
      const name = operationName(text);
      const body = JSON.stringify({
        ...(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query: text }),
        ...(name ? { operationName: name } : {}),
        variables: variables ?? {},
      });
      let { status, json } = await send(body, requestOptions);
      if (unauthenticated(status, json) && options.onUnauthenticated && (await options.onUnauthenticated())) {
        ({ status, json } = await send(body, requestOptions));
      }
      if (json.errors?.length) throw new GraphQLRequestError(json.errors, status, json.data ?? null);
      if (json.data === undefined || json.data === null) throw new NetworkError(`The API answered HTTP ${status} without data`, status);
      return json.data as TResult;
    },
  };
}
